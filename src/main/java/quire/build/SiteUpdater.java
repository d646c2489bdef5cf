package quire.build;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.SourceMap;
import quire.layout.Navigation;
import quire.layout.PageLayout;
import quire.markdown.MarkdownRenderer;
import quire.markdown.RenderedPage;
import quire.output.SiteWriter;
import quire.partial.Partial;
import quire.partial.PartialLibrary;
import quire.partial.RenderShortcode;
import quire.publish.Robots;
import quire.publish.Sitemap;
import quire.shortcode.Dependency;
import quire.shortcode.DirectoryListing;
import quire.shortcode.ExpandedPage;
import quire.shortcode.Expander;
import quire.shortcode.PartialCall;
import quire.shortcode.ShortcodeTemplates;
import quire.site.Asset;
import quire.site.FrontMatter;
import quire.site.GitDates;
import quire.site.Site;
import quire.site.SiteConfig;
import quire.site.SourcePage;
import quire.url.SiteUrls;

/**
 * The last build of {@code quire serve}, kept in memory page by page, and brought up to date
 * after an edit with work in proportion to what the edit reaches rather than to the site:
 *
 * <ul>
 *   <li>a page whose text changed is rendered and laid out again, alone;
 *   <li>a change to what the section tree shows of a page (its title, description, weight, a
 *       page added, removed or made a draft) lays out again the pages whose navigation shows it
 *       ({@link Navigation#shownOn}: the sidebar, breadcrumbs, previous/next and cards of each
 *       page, compared before and after), and renders again the pages whose
 *       {@code directory-listing} lists it;
 *   <li>a partial changed, added or removed renders again the pages whose expansion looked it up.
 * </ul>
 *
 * Anything else (templates, shortcodes, config, static files, a change the built-in templates'
 * narrowing cannot vouch for) is not updated here: {@link #update} returns empty and the caller
 * builds the whole site. Made from a full build's result and its build cache (which holds every
 * page's rendered content, dependencies and problems); pages the cache does not hold valid
 * (those with errors) are built again here. Not thread-safe: one update at a time; each update
 * builds its pages in parallel.
 */
public final class SiteUpdater {
  private static final Set<String> JAVA_SHORTCODES = Set.of(RenderShortcode.NAME, "directory-listing");

  private final BuildCache cache;
  private final BuildOptions options;
  private final Optional<String> baseUrl;
  private final GitDates dates;
  private final MarkdownRenderer markdown;
  private final ShortcodeTemplates templates;
  private final PageLayout layouts;
  /** The seed's keys: its diagram keys depend on quire alone, so the cache's drawn diagrams serve every update. */
  private CacheKeys keys;
  private Site site;
  private Navigation nav;
  private PartialLibrary partials;
  private List<Problem> libraryProblems;
  private final Map<String, PageRecord> records = new HashMap<>();
  private Map<String, String> extra;
  private List<Problem> redirectProblems;
  private NotFound notFound;
  /** The files a link may lead to ({@link BuildResult#linkTargets}), as this update leaves them. */
  private Set<String> outputs;
  /** {@link #outputs} as last handed out: made again only when the outputs change. */
  private Set<String> outputsShown;
  /** The problems of each page that has any, by Markdown file. */
  private final Map<String, List<Problem>> pageProblems = new HashMap<>();
  /** How many pages need mermaid.js, and how many have diagrams drawn at build time. */
  private int mermaidJsPages;
  private int svgPages;
  /** The pages whose expansion read each dependency, by Markdown file. */
  private final Map<Dependency, Set<String>> readers = new HashMap<>();
  /** Each partial's call sites over every page, made again when an update changes a page's calls. */
  private Map<String, Set<Position>> usage;

  /** The 404 page as last laid out: the hash of its bytes and what laying it out found. */
  private record NotFound(String hash, List<Problem> problems) {}

  private SiteUpdater(BuildResult result, BuildOptions options, BuildCache cache) {
    this.cache = cache;
    this.options = options;
    this.baseUrl = options.baseUrl();
    this.site = result.site();
    SiteConfig config = site.config();
    this.dates = GitDates.read(site.root(), site.pages().stream().map(SourcePage::path).toList());
    Map<String, Path> files = new HashMap<>();
    for (Asset asset : site.assets()) asset.source().ifPresent(file -> files.put(config.basePath() + asset.output(), file));
    this.markdown = new MarkdownRenderer(config.typographer(), config.basePath(), url -> Optional.ofNullable(files.get(url)));
    this.templates = new ShortcodeTemplates(site.theme().shortcodes(), config, markdown);
    this.nav = new Navigation(site.pages(), config.basePath());
    this.layouts = new PageLayout(site.theme().templates(), config, nav, dates::updated);
    // What the build's link check saw, which the preview's check goes on from.
    this.outputs = new TreeSet<>(result.linkTargets());
    this.outputsShown = Set.copyOf(outputs);
  }

  /**
   * The updater for the site a full build just built (with {@code cache}, which must be the
   * build's), or empty when the build wrote no site to update.
   */
  public static Optional<SiteUpdater> after(BuildResult result, BuildOptions options, BuildCache cache) {
    if (!result.written() || options.cache().isEmpty() || options.cache().get() != cache) return Optional.empty();
    SiteUpdater updater = new SiteUpdater(result, options, cache);
    updater.seed();
    return Optional.of(updater);
  }

  /** Takes every page from the cache where it holds the page as this build made it, else builds it. */
  private void seed() {
    Problems found = new Problems();
    partials = library(site, found);
    libraryProblems = found.sorted();
    keys = new CacheKeys(cache, site, options, partials, nav);
    List<SourcePage> missing = new ArrayList<>();
    for (SourcePage page : site.pages()) {
      Optional<CachedPage> cached = cache.find(page.path());
      if (cached.isPresent() && !cached.get().pageHash().isEmpty()
          && cached.get().contentKey().equals(keys.content(page, cached.get().dependencies()))
          && cached.get().pageKey().equals(keys.page(cached.get().contentKey(), dates.updated(page)))) {
        CachedPage c = cached.get();
        // The cache keeps content for any base path (PageStage): its links go under this site's.
        records.put(page.path(), new PageRecord(page, c.contentKey(), Optional.empty(), c.headings(),
            RenderedPage.rebased(c.links(), site.config().basePath()),
            c.usesMermaidJs(), c.usesSvgDiagrams(), c.summary(), c.dependencies(), c.partialCalls(), c.problems(),
            c.pageHash()));
      } else {
        missing.add(page);
      }
    }
    Expander expander = expander(nav, partials);
    PageLayout layout = layouts.withNavigation(nav);
    missing.parallelStream().map(page -> build(page, expander, layout).record()).toList()
        .forEach(r -> records.put(r.page().path(), r));
    Problems notFoundProblems = new Problems();
    Optional<String> html = layout.notFound(notFoundProblems);
    notFound = new NotFound(html.map(SiteUpdater::hash).orElse(""), notFoundProblems.sorted());
    Problems redirects = new Problems();
    extra = extraFiles(site, redirects);
    redirectProblems = redirects.sorted();
    usage = usage();
    for (PageRecord r : records.values()) {
      read(r, true);
      if (!r.problems().isEmpty()) pageProblems.put(r.page().path(), r.problems());
      if (r.usesMermaidJs()) mermaidJsPages++;
      if (r.usesSvgDiagrams()) svgPages++;
    }
  }

  /** Adds (or removes) a page's dependencies to the index of readers. */
  private void read(PageRecord r, boolean add) {
    for (Dependency d : r.dependencies()) {
      if (add) {
        readers.computeIfAbsent(d, k -> new HashSet<>()).add(r.page().path());
      } else {
        Set<String> pages = readers.get(d);
        if (pages != null && pages.remove(r.page().path()) && pages.isEmpty()) readers.remove(d);
      }
    }
  }

  /** Whether two lists hold the pages of the same files in the same order. */
  private static boolean samePaths(List<SourcePage> a, List<SourcePage> b) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) if (!a.get(i).path().equals(b.get(i).path())) return false;
    return true;
  }

  /** What a page's build gave: its record and, when its layout succeeded, its HTML. */
  private record Built(PageRecord record, Optional<String> html, boolean rendered) {}

  /**
   * Brings the site up to date with {@code next}, the site as loaded after {@code changed}
   * files (paths from the site root) changed. Empty when the edit is one this class does not
   * follow (then nothing here changed, and the caller builds the whole site).
   *
   * @param next the site as now loaded (its config as written: the published base URL is applied here)
   * @param loadProblems what loading it found
   */
  public Optional<SiteUpdate> update(Site next, List<Problem> loadProblems, Set<String> changed) {
    if (changed.isEmpty()) return Optional.empty();
    for (String path : changed) {
      // An editor's temporary file (hidden) is never part of the site.
      if (path.substring(path.lastIndexOf('/') + 1).startsWith(".")) continue;
      if (path.endsWith(".md") && (path.startsWith("content/") || path.startsWith("partials/"))) continue;
      // A file that is gone again (an editor's test file, as vim's 4913) changed nothing, unless
      // it was a file of the site, which the comparison of the assets below sees. Anything else
      // (a template, a shortcode, the config, an image, a folder) builds the whole site.
      boolean gone = !java.nio.file.Files.exists(site.root().resolve(path), java.nio.file.LinkOption.NOFOLLOW_LINKS);
      if (!gone || path.startsWith("site/") || path.equals("site")) return Optional.empty();
    }
    Site published = baseUrl.map(url -> next.withConfig(next.config().withBaseUrl(url))).orElse(next);
    if (!published.config().equals(site.config()) || !published.assets().equals(site.assets())
        || !published.theme().equals(site.theme()) || !published.root().equals(site.root())) {
      return Optional.empty();
    }
    Map<String, SourcePage> after = new LinkedHashMap<>();
    for (SourcePage p : published.pages()) after.put(p.path(), p);

    List<String> removed = new ArrayList<>();
    for (String path : records.keySet()) if (!after.containsKey(path)) removed.add(path);
    removed.sort(null);
    Set<String> render = new TreeSet<>();
    boolean navChanged = !removed.isEmpty();
    // The sitemap lists every page in order with its date; redirects come from aliases (and name
    // their positions in the front matter).
    boolean sitemapStale = !removed.isEmpty();
    boolean redirectsStale = !removed.isEmpty();
    Set<String> touched = new TreeSet<>(removed);
    for (SourcePage page : after.values()) {
      SourcePage old = built(page.path());
      if (old == null) {
        render.add(page.path());
        navChanged = sitemapStale = redirectsStale = true;
        touched.add(page.path());
      } else if (old != page && !(old.source().text().equals(page.source().text()) && old.url().equals(page.url()))) {
        render.add(page.path());
        if (!shownInNavigation(old).equals(shownInNavigation(page))) {
          navChanged = true;
          touched.add(page.path());
        }
        if (!dates.updated(old).equals(dates.updated(page))) sitemapStale = true;
        if (!old.front().aliases().isEmpty() || !page.front().aliases().isEmpty()) redirectsStale = true;
      }
    }
    // What the navigation shows is narrowed for the built-in templates only: a site's own may show anything.
    if (navChanged && published.theme().templates().isPresent()) return Optional.empty();

    Navigation nextNav = navChanged ? nav.next(published.pages()) : nav;
    if (navChanged && !sitemapStale) sitemapStale = !samePaths(site.pages(), published.pages());
    Set<String> changedPartials = new HashSet<>();
    Set<String> partialPaths = new HashSet<>(site.partials().keySet());
    partialPaths.addAll(published.partials().keySet());
    for (String path : partialPaths) {
      var old = site.partials().get(path);
      var now = published.partials().get(path);
      if (old == null || now == null || (old != now && !old.source().text().equals(now.source().text()))) {
        changedPartials.add(path);
      }
    }
    PartialLibrary nextPartials = partials;
    List<Problem> nextLibraryProblems = libraryProblems;
    if (!changedPartials.isEmpty()) {
      Problems found = new Problems();
      nextPartials = library(published, found);
      nextLibraryProblems = found.sorted();
    }

    // Pages whose expansion read what changed: a partial lookup that now finds another file or
    // a changed one, or a listing of a section whose children changed.
    for (Map.Entry<Dependency, Set<String>> e : (!changedPartials.isEmpty() || navChanged) ? readers.entrySet()
        : Set.<Map.Entry<Dependency, Set<String>>>of()) {
      Dependency d = e.getKey();
      boolean stale = switch (d.kind()) {
        case PARTIAL -> {
          if (changedPartials.isEmpty()) yield false;
          Optional<String> was = partials.find(d.folder(), d.name()).map(Partial::path);
          Optional<String> is = nextPartials.find(d.folder(), d.name()).map(Partial::path);
          yield !was.equals(is) || is.map(changedPartials::contains).orElse(false);
        }
        case CHILD_PAGES -> navChanged && !listed(nav, d.folder()).equals(listed(nextNav, d.folder()));
        // The site's URL is the config's: a config that changed builds the whole site (above).
        case SITE_URL -> false;
      };
      if (stale) for (String path : e.getValue()) if (after.containsKey(path)) render.add(path);
    }

    // Pages whose navigation shows a page whose place in it changed: they are all under the
    // nearest listed section above that page (the sidebar lists it there), or the home page.
    Set<String> layout = new TreeSet<>();
    boolean notFoundAgain = false;
    if (navChanged) {
      Set<String> sections = new HashSet<>();
      for (PageRecord r : records.values()) if (r.page().isSection()) sections.add(r.page().url());
      for (SourcePage p : after.values()) if (p.isSection()) sections.add(p.url());
      Set<String> under = new TreeSet<>();
      for (String path : touched) {
        SourcePage p = after.containsKey(path) ? after.get(path) : built(path);
        String listing = listedSection(p.kind() == SourcePage.Kind.HOME ? "/" : p.section(), sections);
        under.add(listing);
        // A page added or removed may be its section's first or last: the sidebar then draws
        // the section differently (with or without its pages) where the level above lists it.
        boolean addedOrRemoved = !records.containsKey(path) || !after.containsKey(path);
        if (addedOrRemoved && !listing.equals("/")) under.add(listedSection(SiteUrls.parent(listing), sections));
      }
      for (SourcePage page : published.pages()) {
        if (render.contains(page.path())) continue;
        boolean candidate = page.kind() == SourcePage.Kind.HOME;
        for (String url : under) candidate |= page.url().startsWith(url);
        SourcePage old = built(page.path());
        if (candidate && old != null && !nav.shownOn(old).equals(nextNav.shownOn(page))) layout.add(page.path());
      }
      notFoundAgain = true;
    }

    Expander expander = expander(nextNav, nextPartials);
    PageLayout pageLayout = layouts.withNavigation(nextNav);
    List<SourcePage> work = new ArrayList<>();
    for (String path : render) work.add(after.get(path));
    for (String path : layout) work.add(after.get(path));
    List<Built> built = work.parallelStream()
        .map(page -> render.contains(page.path()) ? build(page, expander, pageLayout)
            : layOut(page, records.get(page.path()), expander, pageLayout))
        .toList();

    Map<String, PageRecord> nextRecords = new HashMap<>();
    for (Built b : built) nextRecords.put(b.record().page().path(), b.record());
    int mermaidJs = mermaidJsPages;
    int svg = svgPages;
    for (String path : removed) {
      PageRecord r = records.get(path);
      if (r.usesMermaidJs()) mermaidJs--;
      if (r.usesSvgDiagrams()) svg--;
    }
    for (PageRecord r : nextRecords.values()) {
      PageRecord old = records.get(r.page().path());
      if (old != null && old.usesMermaidJs()) mermaidJs--;
      if (old != null && old.usesSvgDiagrams()) svg--;
      if (r.usesMermaidJs()) mermaidJs++;
      if (r.usesSvgDiagrams()) svg++;
    }
    boolean anyMermaidJsBefore = mermaidJsPages > 0;
    boolean anySvgBefore = svgPages > 0;
    // mermaid.js and the diagram font are copied when some page needs them: the whole build says which.
    if ((mermaidJs > 0) != anyMermaidJsBefore || (svg > 0) != anySvgBefore) return Optional.empty();

    // From here on the update is committed to memory.
    mermaidJsPages = mermaidJs;
    svgPages = svg;
    Map<String, byte[]> files = new TreeMap<>();
    List<String> deleted = new ArrayList<>();
    List<LaidOutPage> pages = new ArrayList<>();
    boolean callsChanged = !removed.isEmpty();
    for (Built b : built) {
      PageRecord old = records.get(b.record().page().path());
      callsChanged |= old == null || !old.partialCalls().equals(b.record().partialCalls());
      String output = SiteUrls.outputFile(b.record().page().url());
      pages.add(new LaidOutPage(new PageFacts(nextNav.href(b.record().page().url()), b.record().page().path(), output,
          b.record().links()), b.html()));
      if (b.html().isPresent() && (old == null || !old.outputHash().equals(b.record().outputHash()))) {
        files.put(output, b.html().get().getBytes(StandardCharsets.UTF_8));
      }
    }
    for (String path : removed) {
      String output = SiteUrls.outputFile(built(path).url());
      PageRecord gone = records.remove(path);
      if (gone != null) read(gone, false);
      pageProblems.remove(path);
      outputs.remove(output);
      deleted.add(output);
    }
    for (PageRecord r : nextRecords.values()) {
      PageRecord old = records.put(r.page().path(), r);
      if (old != null) read(old, false);
      read(r, true);
      if (r.problems().isEmpty()) pageProblems.remove(r.page().path());
      else pageProblems.put(r.page().path(), r.problems());
    }
    for (Built b : built) outputs.add(SiteUrls.outputFile(b.record().page().url()));
    if (notFoundAgain) {
      Problems found = new Problems();
      Optional<String> html = pageLayout.notFound(found);
      String hash = html.map(SiteUpdater::hash).orElse("");
      if (html.isPresent() && !hash.equals(notFound.hash())) files.put(PageStage.NOT_FOUND, html.get().getBytes(StandardCharsets.UTF_8));
      notFound = new NotFound(hash, found.sorted());
    }
    site = published;
    nav = nextNav;
    partials = nextPartials;
    libraryProblems = nextLibraryProblems;
    if (sitemapStale || redirectsStale) {
      Map<String, String> nextExtra = new TreeMap<>();
      if (sitemapStale) {
        nextExtra.putAll(published(published));
      } else {
        for (String file : List.of(Sitemap.FILE, Robots.FILE)) if (extra.containsKey(file)) nextExtra.put(file, extra.get(file));
      }
      if (redirectsStale) {
        Problems redirects = new Problems();
        nextExtra.putAll(redirects(published, redirects));
        redirectProblems = redirects.sorted();
      } else {
        extra.forEach((path, text) -> {
          if (!path.equals(Sitemap.FILE) && !path.equals(Robots.FILE)) nextExtra.put(path, text);
        });
      }
      for (String path : extra.keySet()) {
        if (!nextExtra.containsKey(path)) {
          deleted.add(path);
          outputs.remove(path);
        }
      }
      nextExtra.forEach((path, text) -> {
        if (!text.equals(extra.get(path))) files.put(path, text.getBytes(StandardCharsets.UTF_8));
        outputs.add(path);
      });
      extra = nextExtra;
    }
    deleted.removeAll(outputs);
    if (outputsShown.size() != outputs.size() || !outputsShown.containsAll(outputs)) outputsShown = Set.copyOf(outputs);

    if (callsChanged) usage = usage();
    List<Problem> problems = new ArrayList<>(loadProblems);
    problems.addAll(libraryProblems);
    for (List<Problem> found : pageProblems.values()) problems.addAll(found);
    problems.addAll(SiteBuilder.unusedPartials(partials, usage.keySet()));
    problems.addAll(redirectProblems);
    problems.addAll(notFound.problems());
    int rendered = render.size();
    boolean searchBehind = site.config().search() && (!built.isEmpty() || !removed.isEmpty());
    return Optional.of(new SiteUpdate(published, pages, removed, outputsShown, files, deleted, problems, usage,
        rendered, built.size(), searchBehind));
  }

  /** The page with this Markdown file as last built (its record holds the source), or null. */
  private SourcePage built(String path) {
    PageRecord r = records.get(path);
    return r == null ? null : r.page();
  }

  /** What the section tree shows of a page, wherever it shows it. */
  private static List<Object> shownInNavigation(SourcePage page) {
    FrontMatter f = page.front();
    return List.of(page.url(), page.kind(), page.title(), f.weight(), f.description(), f.draft());
  }

  /** The titles, URLs and descriptions of a section's children, in order: what a listing shows. */
  private static List<String> listed(Navigation nav, String section) {
    List<String> out = new ArrayList<>();
    for (SourcePage child : nav.childrenOf(section)) {
      out.add(child.url() + "\0" + child.title() + "\0" + child.front().description());
    }
    return out;
  }

  /** The nearest section at or above {@code url} that has a page of its own (the home page at last). */
  private static String listedSection(String url, Set<String> sections) {
    while (!url.equals("/") && !sections.contains(url)) url = SiteUrls.parent(url);
    return url;
  }

  private Map<String, Set<Position>> usage() {
    Map<String, Set<Position>> usage = new TreeMap<>();
    for (PageRecord r : records.values()) {
      for (PartialCall call : r.partialCalls()) usage.computeIfAbsent(call.partial(), k -> new TreeSet<>()).add(call.at());
    }
    return usage;
  }

  private PartialLibrary library(Site of, Problems problems) {
    return PartialLibrary.of(of.partials(), name -> !JAVA_SHORTCODES.contains(name) && templates.takesInner(name), problems);
  }

  private Expander expander(Navigation with, PartialLibrary library) {
    return new Expander(Map.of(
        RenderShortcode.NAME, new RenderShortcode(library, markdown),
        "directory-listing", new DirectoryListing(with::childrenOf, site.config().basePath())), templates);
  }

  /** The sitemap, robots.txt and redirects, as the full build makes them. */
  private Map<String, String> extraFiles(Site of, Problems problems) {
    Map<String, String> files = new TreeMap<>(published(of));
    files.putAll(redirects(of, problems));
    return files;
  }

  /** The sitemap and robots.txt. */
  private Map<String, String> published(Site of) {
    return PublishedFiles.sitemapAndRobots(of, dates);
  }

  /** The redirect pages and {@code _redirects} of the pages' aliases, around what the build writes. */
  private static Map<String, String> redirects(Site of, Problems problems) {
    Set<String> taken = new HashSet<>();
    for (SourcePage page : of.pages()) taken.add(SiteUrls.outputFile(page.url()));
    for (Asset asset : of.assets()) taken.add(asset.output());
    taken.add(PageStage.NOT_FOUND);
    return PublishedFiles.redirects(of, taken, problems);
  }

  /** Expands, renders and lays out a page, as the full build does when nothing of it is cached. */
  private Built build(SourcePage page, Expander expander, PageLayout layout) {
    Problems found = new Problems();
    try {
      ExpandedPage expanded = expander.expand(page, found);
      RenderedPage rendered = markdown.render(expanded, found, new PageDiagrams(cache, keys));
      Optional<String> html = layout.layout(rendered, found);
      PageRecord record = new PageRecord(page, "", Optional.of(Deflated.of(rendered.html().getBytes(StandardCharsets.UTF_8))), rendered.headings(),
          rendered.links(), rendered.usesMermaidJs(), rendered.usesSvgDiagrams(), rendered.summary(),
          expanded.dependencies(), expanded.partialCalls(), found.sorted(), html.map(SiteUpdater::hash).orElse(""));
      return new Built(record, html, true);
    } catch (StackOverflowError e) {
      return failed(page, PageFault.tooDeep(page));
    } catch (OutOfMemoryError e) {
      return failed(page, PageFault.outOfMemory(page, e));
    } catch (RuntimeException e) {
      return failed(page, PageFault.internal(page, e));
    }
  }

  private static Built failed(SourcePage page, Problem problem) {
    return new Built(new PageRecord(page, "", Optional.of(Deflated.of(new byte[0])), List.of(), List.of(), false, false, "", List.of(),
        List.of(), List.of(problem), ""), Optional.empty(), true);
  }

  /** Lays a page out again from its rendered content, as the full build does when only its page key changed. */
  private Built layOut(SourcePage page, PageRecord record, Expander expander, PageLayout layout) {
    Optional<String> content = record.content().isPresent()
        ? Optional.of(new String(Deflated.inflate(record.content().get()), StandardCharsets.UTF_8))
        : cache.content(record.contentKey()).map(anyBase -> SiteUrls.rebase(anyBase, site.config().basePath()));
    if (content.isEmpty()) return build(page, expander, layout);
    Problems found = new Problems();
    record.problems().forEach(found::add);
    ExpandedPage expanded = new ExpandedPage(page, "", new SourceMap.Builder().build(), List.of());
    RenderedPage rendered = new RenderedPage(expanded, content.get(), record.headings(), record.links(),
        record.usesMermaidJs(), record.usesSvgDiagrams(), record.summary());
    Optional<String> html;
    try {
      html = layout.layout(rendered, found);
    } catch (StackOverflowError e) {
      return failed(page, PageFault.tooDeep(page));
    } catch (OutOfMemoryError e) {
      return failed(page, PageFault.outOfMemory(page, e));
    } catch (RuntimeException e) {
      return failed(page, PageFault.internal(page, e));
    }
    return new Built(new PageRecord(page, record.contentKey(), record.content(), record.headings(), record.links(),
        record.usesMermaidJs(), record.usesSvgDiagrams(), record.summary(), record.dependencies(), record.partialCalls(),
        found.sorted(), html.map(SiteUpdater::hash).orElse("")), html, false);
  }

  private static String hash(String html) {
    return SiteWriter.fingerprint(html.getBytes(StandardCharsets.UTF_8));
  }


}
