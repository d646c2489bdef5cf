package quire.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.layout.Navigation;
import quire.layout.PageLayout;
import quire.markdown.MarkdownRenderer;
import quire.output.OutputRefused;
import quire.output.SiteWriter;
import quire.partial.Partial;
import quire.partial.PartialLibrary;
import quire.partial.RenderShortcode;
import quire.search.SearchIndex;
import quire.shortcode.DirectoryListing;
import quire.shortcode.PartialCall;
import quire.shortcode.Expander;
import quire.shortcode.ShortcodeTemplates;
import quire.site.Asset;
import quire.site.GitDates;
import quire.site.KnownPages;
import quire.site.Site;
import quire.site.SiteConfig;
import quire.site.SiteLoader;
import quire.site.SourcePage;
import quire.url.SiteUrls;

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

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private SiteBuilder() {}

  /** Receives nothing: a build whose pages nobody reads but the writer. */
  static final PageObserver NOBODY = (page, html) -> {};

  public static BuildResult build(BuildOptions options) {
    return build(options, NOBODY);
  }

  /**
   * Builds the site and hands each page's finished HTML to {@code observer} as soon as it is
   * laid out (from several threads at once), whether or not the site is written.
   */
  public static BuildResult build(BuildOptions options, PageObserver observer) {
    long started = System.nanoTime();
    Problems problems = new Problems();
    // The cache knows the page files earlier builds read: an unchanged one is read only if needed.
    Site site = SiteLoader.load(options.source(), options.drafts(), problems,
        options.cache().map(cache -> (KnownPages) cache).orElse(KnownPages.NONE));
    return build(options, observer, site, problems, started);
  }

  /**
   * Builds a site loaded already (by {@code quire serve}, which reloads only the files that
   * changed); {@code loadProblems} are the problems its loading found.
   */
  public static BuildResult build(BuildOptions options, Site site, List<Problem> loadProblems) {
    return build(options, NOBODY, site, loadProblems);
  }

  /** As {@link #build(BuildOptions, Site, List)}, handing each page's HTML to {@code observer}. */
  public static BuildResult build(BuildOptions options, PageObserver observer, Site site, List<Problem> loadProblems) {
    long started = System.nanoTime();
    Problems problems = new Problems();
    loadProblems.forEach(problems::add);
    return build(options, observer, site, problems, started);
  }

  private static BuildResult build(BuildOptions options, PageObserver observer, Site loaded, Problems problems,
      long started) {
    // A cache opened in the background while the sources were read is ready from here on.
    options.cache().ifPresent(BuildCache::awaitIndex);
    // The config as published: what the build, its result and the checks all use.
    Site site = options.baseUrl().map(url -> loaded.withConfig(loaded.config().withBaseUrl(url))).orElse(loaded);
    SiteConfig config = site.config();

    Navigation nav = new Navigation(site.pages(), config.basePath());
    Map<String, Path> files = new HashMap<>();
    for (Asset asset : site.assets()) asset.source().ifPresent(file -> files.put(config.basePath() + asset.output(), file));
    // Set up on first use: a build whose pages all come from the cache needs none of them.
    Memo<MarkdownRenderer> markdown = new Memo<>(() ->
        new MarkdownRenderer(config.typographer(), config.basePath(), url -> Optional.ofNullable(files.get(url))));
    Memo<ShortcodeTemplates> templates = new Memo<>(() ->
        new ShortcodeTemplates(site.theme().shortcodes(), config, markdown.get()));
    Set<String> javaShortcodes = Set.of(RenderShortcode.NAME, DIRECTORY_LISTING);
    PartialLibrary partials = PartialLibrary.of(site.partials(),
        name -> !javaShortcodes.contains(name) && templates.get().takesInner(name), problems);
    RenderShortcode render = new RenderShortcode(partials, text -> markdown.get().markdownify(text));
    Memo<Expander> expander = new Memo<>(() -> new Expander(Map.of(
        RenderShortcode.NAME, render,
        DIRECTORY_LISTING, new DirectoryListing(nav::childrenOf, config.basePath())), templates.get()));
    // The one walk of the git log runs beside the pages; the first page that needs a date waits for it.
    CompletableFuture<GitDates> dates = CompletableFuture.supplyAsync(
        () -> GitDates.read(site.root(), site.pages().stream().map(SourcePage::path).toList()),
        task -> daemon("quire-git-dates", task));
    Memo<PageLayout> layout = new Memo<>(() ->
        new PageLayout(site.theme().templates(), config, nav, page -> dates.join().updated(page)));
    Set<String> outputs = new ConcurrentSkipListSet<>();
    AtomicLong searchCpu = new AtomicLong();
    Optional<BuildCache> cache = options.cache();
    Optional<CacheKeys> keys = cache.map(c -> new CacheKeys(c, site, options, partials, nav));
    Optional<SearchStage> search = config.search() ? Optional.of(new SearchStage(nav, cache)) : Optional.empty();

    Optional<SiteWriter> writer = options.out().flatMap(out -> open(options.source(), out, cache, problems));
    ConcurrentLinkedQueue<PageFacts> facts = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> mermaidJs = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<PartialCall> calls = new ConcurrentLinkedQueue<>();
    AtomicBoolean svgDiagrams = new AtomicBoolean();
    AtomicInteger rendered = new AtomicInteger();
    AtomicInteger laidOut = new AtomicInteger();
    boolean written = false;
    Map<String, Set<Position>> usage = null;
    PageStage stage = new PageStage(expander, markdown, layout, nav, config.basePath(), cache, keys, writer, observer,
        page -> dates.join().updated(page), search.isPresent());
    try {
      Parallel.forEach(site.pages(), page -> {
        String output = SiteUrls.outputFile(page.url());
        try {
          PageOutcome outcome = stage.build(page, problems);
          if (outcome.usesMermaidJs()) mermaidJs.add(page.path());
          if (outcome.usesSvgDiagrams()) svgDiagrams.set(true);
          facts.add(outcome.facts());
          calls.addAll(outcome.partialCalls());
          if (outcome.rendered()) rendered.incrementAndGet();
          if (outcome.laidOut()) laidOut.incrementAndGet();
          if (search.isPresent()) {
            long cpu = THREADS.getCurrentThreadCpuTime();
            search.get().add(page, outcome);
            searchCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
          }
        } catch (StackOverflowError e) {
          problems.add(PageFault.tooDeep(page));
          failed(page, output, nav, facts, observer);
        } catch (OutOfMemoryError e) {
          problems.add(PageFault.outOfMemory(page, e));
          failed(page, output, nav, facts, observer);
        } catch (SourceFile.Unreadable e) {
          problems.report(Rule.SOURCE_INVALID, Position.of(e.path()), e.why());
          failed(page, output, nav, facts, observer);
        } catch (IOException | UncheckedIOException e) {
          problems.report(Rule.OUTPUT_FAILED, new Position(page.path(), 0, 0), "cannot write this page or its"
              + " entry in the build cache: " + e.getMessage());
          failed(page, output, nav, facts, observer);
        } catch (RuntimeException e) {
          problems.add(PageFault.internal(page, e));
          failed(page, output, nav, facts, observer);
        }
      });
      usage = usage(calls);
      unusedPartials(partials, usage.keySet()).forEach(problems::add);
      if (writer.isPresent()) stage.notFound(problems);
      // Every page's cache entry is in: the cache's index is written out while the site is checked.
      if (!problems.hasErrors()) cache.ifPresent(BuildCache::pagesDone);
      // Every page counts as built, a failed one too (its links are not broken; it is an error).
      for (PageFacts fact : facts) outputs.add(fact.output());
      for (Asset asset : site.assets()) outputs.add(asset.output());
      // Files besides the pages, by output path: what a published site carries. The 404 page
      // comes from the page stage, which can take it from the cache.
      outputs.add(PageStage.NOT_FOUND);
      Map<String, String> extra = PublishedFiles.sitemapAndRobots(site, dates.join());
      extra.putAll(PublishedFiles.redirects(site, Set.copyOf(outputs), problems));
      // The search index is made and written (into the staging folder, and the cache) while the
      // links are checked: at 10,000 pages each takes most of a second, and the check runs on one
      // core. The checks see the index's meta file, whose name is fixed; the rest are named by
      // this build's hash, which no page can know to link to (BuildResult.linkTargets).
      CompletableFuture<List<String>> searchFiles = search.isPresent()
          ? CompletableFuture.supplyAsync(() -> {
            long cpu = THREADS.getCurrentThreadCpuTime();
            List<String> index = search.get().files(writer, options.searchMayLag(), problems);
            writer.ifPresent(w -> search.get().write(w, problems));
            searchCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu);
            return index;
          }, task -> daemon("quire-search", task))
          : CompletableFuture.completedFuture(List.of());
      if (search.isPresent()) outputs.add(SearchIndex.META);
      outputs.addAll(extra.keySet());
      if (!mermaidJs.isEmpty()) outputs.add(MERMAID_JS_OUTPUT);
      if (svgDiagrams.get()) outputs.add(MERMAID_FONT_OUTPUT);
      List<PageFacts> built = new ArrayList<>(facts);
      built.sort(Comparator.comparing(PageFacts::url));
      // The checks (links, anchors, images) run before the site is committed, so a broken link
      // fails the build as it fails quire check. (What they read of the result so far: the pages,
      // outputs and call sites, not the partials listing or the counts, which come at the end.)
      BuildResult sofar = new BuildResult(site, problems.sorted(), false, built,
          new ArrayList<>(new TreeSet<>(mermaidJs)), usage, List.of(), Duration.ofNanos(System.nanoTime() - started),
          List.copyOf(outputs), Duration.ofNanos(searchCpu.get()), BuildStats.NONE);
      try {
        observer.finished(sofar).forEach(problems::add);
      } finally {
        outputs.addAll(joined(searchFiles));
      }
      if (writer.isPresent()) {
        SiteWriter w = writer.get();
        for (Asset asset : site.assets()) copy(w, asset, problems);
        if (!mermaidJs.isEmpty()) w.copyResource(MERMAID_JS, MERMAID_JS_OUTPUT);
        // Diagrams drawn at build time measured their labels with this font; serving it makes
        // the browser draw the labels at the same widths.
        if (svgDiagrams.get()) w.write(MERMAID_FONT_OUTPUT, quire.mermaid.MermaidFont.bytes());
        long writeCpu = THREADS.getCurrentThreadCpuTime();
        extra.forEach((path, text) -> write(w, path, text, null, problems));
        searchCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - writeCpu);
        if (!problems.hasErrors()) {
          w.commit();
          written = true;
          if (cache.isPresent()) cache.get().saveStamps(w.target(), w.stamps());
        }
      }
      if (cache.isPresent() && !problems.hasErrors()) cache.get().save();
    } catch (IOException | UncheckedIOException | OutputRefused e) {
      problems.report(Rule.OUTPUT_FAILED, new Position(options.out().map(Path::toString).orElse(""), 0, 0),
          "cannot write the site: " + e.getMessage());
    } catch (SourceFile.Unreadable e) {
      // A page's text read after the pages (the link check placing a finding in an unchanged page).
      problems.report(Rule.SOURCE_INVALID, Position.of(e.path()), e.why());
    } finally {
      writer.ifPresent(SiteWriter::abort);
    }
    List<PageFacts> pages = new ArrayList<>(facts);
    pages.sort(Comparator.comparing(PageFacts::url));
    List<String> jsPages = new ArrayList<>(new TreeSet<>(mermaidJs));
    BuildStats stats = new BuildStats(site.pages().size(), rendered.get(), laidOut.get(),
        writer.map(SiteWriter::filesWritten).orElse(0L), search.map(SearchStage::behind).orElse(false),
        search.map(SearchStage::pagesMade).orElse(0));
    // Made once after the pages (sorting every call's position is not free); again only when
    // the build stopped before that.
    if (usage == null) usage = usage(calls);
    return new BuildResult(site, problems.sorted(), written, pages, jsPages, usage, partials.uses(usage),
        Duration.ofNanos(System.nanoTime() - started), List.copyOf(outputs), Duration.ofNanos(searchCpu.get()), stats);
  }

  /** What a task returned, or what it threw, as it threw it. */
  private static <T> T joined(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) throw cause;
      if (e.getCause() instanceof Error cause) throw cause;
      throw e;
    }
  }

  private static void daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** A page that failed still exists: links to it are not broken. */
  private static void failed(SourcePage page, String output, Navigation nav, Collection<PageFacts> facts,
      PageObserver observer) {
    PageFacts failed = new PageFacts(nav.href(page.url()), page.path(), output, List.of());
    facts.add(failed);
    observer.failed(failed);
  }

  private static Map<String, Set<Position>> usage(Collection<PartialCall> calls) {
    Map<String, Set<Position>> usage = new TreeMap<>();
    for (PartialCall call : calls) usage.computeIfAbsent(call.partial(), k -> new TreeSet<>()).add(call.at());
    return usage;
  }

  /** A problem at each partial that no page rendered: the whole build's and the preview's. */
  static List<Problem> unusedPartials(PartialLibrary partials, Set<String> used) {
    List<Problem> unused = new ArrayList<>();
    for (Partial partial : partials.all()) {
      if (!used.contains(partial.path())) {
        unused.add(Problem.of(Rule.PARTIAL_UNUSED, Position.of(partial.path()), "no page renders this partial"));
      }
    }
    return unused;
  }

  /** The writer for a new site at {@code out}; empty, with a problem, when it cannot be made. */
  private static Optional<SiteWriter> open(Path source, Path out, Optional<BuildCache> cache, Problems problems) {
    try {
      return Optional.of(cache.isPresent()
          ? SiteWriter.update(source, out, cache.get().stamps(out), cache.get().engine())
          : SiteWriter.open(source, out));
    } catch (OutputRefused e) {
      problems.report(Rule.OUTPUT_FAILED, new Position(out.toString(), 0, 0), e.getMessage());
      return Optional.empty();
    } catch (IOException e) {
      problems.report(Rule.OUTPUT_FAILED, new Position(out.toString(), 0, 0),
          "cannot create a folder beside the output to write the site into: " + e);
      return Optional.empty();
    }
  }


  static void write(SiteWriter writer, String path, String content, SourcePage page, Problems problems) {
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
