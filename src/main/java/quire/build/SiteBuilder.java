package quire.build;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.layout.Navigation;
import quire.layout.PageLayout;
import quire.markdown.MarkdownRenderer;
import quire.markdown.RenderedPage;
import quire.output.OutputRefused;
import quire.output.SiteWriter;
import quire.partial.Partial;
import quire.partial.PartialLibrary;
import quire.partial.RenderShortcode;
import quire.shortcode.DirectoryListing;
import quire.shortcode.ExpandedPage;
import quire.shortcode.Expander;
import quire.shortcode.ShortcodeTemplates;
import quire.site.Asset;
import quire.site.Site;
import quire.site.SiteConfig;
import quire.site.SiteLoader;
import quire.site.SourcePage;

/**
 * Builds a site: load → expand shortcodes → Markdown → layout → write. Pages are built in
 * parallel and each is written as soon as it is done, so no stage holds every page's HTML.
 * A build with errors leaves the previous output folder untouched.
 */
public final class SiteBuilder {
  /** Where the bundled mermaid.js is inside the jar, and where the site serves it. */
  static final String MERMAID_JS = MermaidScript.resource();
  public static final String MERMAID_JS_OUTPUT = "js/mermaid.min.js";
  public static final String MERMAID_FONT_OUTPUT = "fonts/" + quire.mermaid.MermaidFont.fileName();

  private static final String DIRECTORY_LISTING = "directory-listing";

  private SiteBuilder() {}

  public static BuildResult build(BuildOptions options) {
    return build(options, (page, html) -> {});
  }

  /**
   * Builds the site and hands each page's finished HTML to {@code observer} as soon as it is
   * laid out (from several threads at once), whether or not the site is written.
   */
  public static BuildResult build(BuildOptions options, PageObserver observer) {
    long started = System.nanoTime();
    Problems problems = new Problems();
    Site site = SiteLoader.load(options.source(), options.drafts(), problems);
    SiteConfig config = options.baseUrl().map(site.config()::withBaseUrl).orElse(site.config());
    // What the build made it of: the config with --base-url applied, for the checks and callers.
    Site effective = new Site(site.root(), config, site.pages(), site.partials(), site.assets(), site.theme());

    Navigation nav = new Navigation(site.pages(), config.basePath());
    Map<String, Path> files = new HashMap<>();
    for (Asset asset : site.assets()) asset.source().ifPresent(file -> files.put(config.basePath() + asset.output(), file));
    MarkdownRenderer markdown = new MarkdownRenderer(config.typographer(), config.basePath(), url -> Optional.ofNullable(files.get(url)));
    ShortcodeTemplates templates = new ShortcodeTemplates(site.theme().shortcodes(), config, markdown);
    PartialLibrary partials = PartialLibrary.of(site.partials(),
        Expander.pairing(Set.of(RenderShortcode.NAME, DIRECTORY_LISTING), templates), problems);
    RenderShortcode render = new RenderShortcode(partials);
    Expander expander = new Expander(Map.of(
        RenderShortcode.NAME, render,
        DIRECTORY_LISTING, new DirectoryListing(nav::childrenOf, config.basePath())), templates);
    PageLayout layout = new PageLayout(site.theme().templates(), config, nav);

    Optional<SiteWriter> writer = options.out().flatMap(out -> open(options.source(), out, problems));
    ConcurrentLinkedQueue<PageFacts> facts = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> mermaidJs = new ConcurrentLinkedQueue<>();
    AtomicBoolean svgDiagrams = new AtomicBoolean();
    boolean written = false;
    try {
      site.pages().parallelStream().forEach(page -> {
        // What the page is going through, for a fault that escapes a stage.
        String[] stage = {"expanding its shortcodes"};
        String output = page.url().substring(1) + "index.html";
        try {
          ExpandedPage expanded = expander.expand(page, problems);
          stage[0] = "rendering its Markdown";
          RenderedPage rendered = markdown.render(expanded, problems);
          if (rendered.usesMermaidJs()) mermaidJs.add(page.path());
          if (rendered.usesSvgDiagrams()) svgDiagrams.set(true);
          PageFacts fact = new PageFacts(nav.href(page.url()), page.path(), output, rendered.links());
          facts.add(fact);
          stage[0] = "laying it out";
          Optional<String> html = layout.layout(rendered, problems);
          stage[0] = "";
          // A page whose template failed (a problem already) still exists: links to it are not broken.
          observer.built(fact, html.orElse(""));
          if (html.isPresent() && writer.isPresent()) write(writer.get(), output, html.get(), page, problems);
        } catch (StackOverflowError e) {
          // Content nested deeper than a library can follow (the limits catch what they know of).
          problems.report(Rule.LIMIT_EXCEEDED, new Position(page.path(), 0, 0), "the page is nested too deeply to "
              + "build: quire ran out of stack while " + stage[0] + "; nest lists, quotes, emphasis and links less deeply");
        } catch (RuntimeException e) {
          problems.report(Rule.INTERNAL_ERROR, new Position(page.path(), 0, 0), "quire failed while " + stage[0]
              + " this page (" + e + "); this is a bug in quire, please report it with the page");
        }
        if (!stage[0].isEmpty()) {
          // The page exists, though it failed: links to it are not broken.
          PageFacts failed = new PageFacts(nav.href(page.url()), page.path(), output, List.of());
          if (stage[0].startsWith("expanding") || stage[0].startsWith("rendering")) facts.add(failed);
          observer.built(failed, "");
        }
      });
      reportUnusedPartials(partials, render, problems);
      List<PageFacts> built = new ArrayList<>(facts);
      built.sort(Comparator.comparing(PageFacts::url));
      // The checks (links, anchors, images) run before the site is committed, so a broken link
      // fails the build as it fails quire check.
      BuildResult sofar = new BuildResult(effective, problems.sorted(), false, built,
          new ArrayList<>(new TreeSet<>(mermaidJs)), render.usage(), Duration.ofNanos(System.nanoTime() - started));
      observer.finished(sofar).forEach(problems::add);
      if (writer.isPresent()) {
        SiteWriter w = writer.get();
        for (Asset asset : site.assets()) copy(w, asset, problems);
        if (!mermaidJs.isEmpty()) w.copyResource(MERMAID_JS, MERMAID_JS_OUTPUT);
        // Diagrams drawn at build time measured their labels with this font; serving it makes
        // the browser draw the labels at the same widths.
        if (svgDiagrams.get()) w.write(MERMAID_FONT_OUTPUT, quire.mermaid.MermaidFont.bytes());
        layout.notFound(problems).ifPresent(html -> write(w, "404.html", html, null, problems));
        write(w, "sitemap.xml", Sitemap.of(site.pages(), config), null, problems);
        if (!problems.hasErrors()) {
          w.commit();
          written = true;
        }
      }
    } catch (IOException | OutputRefused e) {
      problems.report(Rule.OUTPUT_FAILED, new Position(options.out().map(Path::toString).orElse(""), 0, 0),
          "cannot write the site: " + e.getMessage());
    } finally {
      writer.ifPresent(SiteWriter::abort);
    }
    List<PageFacts> pages = new ArrayList<>(facts);
    pages.sort(Comparator.comparing(PageFacts::url));
    List<String> jsPages = new ArrayList<>(new TreeSet<>(mermaidJs));
    return new BuildResult(effective, problems.sorted(), written, pages, jsPages, render.usage(),
        Duration.ofNanos(System.nanoTime() - started));
  }

  private static void reportUnusedPartials(PartialLibrary partials, RenderShortcode render, Problems problems) {
    Set<String> used = render.usage().keySet();
    for (Partial partial : partials.all()) {
      if (!used.contains(partial.path())) {
        problems.report(Rule.PARTIAL_UNUSED, Position.of(partial.path()), "no page renders this partial");
      }
    }
  }

  /** The writer for a new site at {@code out}; empty, with a problem, when it cannot be made. */
  private static Optional<SiteWriter> open(Path source, Path out, Problems problems) {
    try {
      return Optional.of(SiteWriter.open(source, out));
    } catch (OutputRefused e) {
      problems.report(Rule.OUTPUT_FAILED, new Position(out.toString(), 0, 0), e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.report(Rule.OUTPUT_FAILED, new Position(out.toString(), 0, 0),
          "cannot create a folder beside the output to write the site into: " + e);
      return Optional.empty();
    }
  }


  private static void write(SiteWriter writer, String path, String content, SourcePage page, Problems problems) {
    try {
      writer.write(path, content);
    } catch (IOException e) {
      problems.report(Rule.OUTPUT_FAILED, Position.of(page == null ? path : page.path()),
          "cannot write " + path + ": " + e.getMessage());
    }
  }

  private static void copy(SiteWriter writer, Asset asset, Problems problems) {
    try {
      writer.copy(asset);
    } catch (IOException e) {
      problems.report(Rule.OUTPUT_FAILED, Position.of(asset.output()), "cannot copy " + asset.output() + ": " + e.getMessage());
    }
  }

}
