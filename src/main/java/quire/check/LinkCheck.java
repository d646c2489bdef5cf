package quire.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import quire.build.BuildResult;
import quire.build.PageFacts;
import quire.build.PageObserver;
import quire.diag.Located;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.diag.Suggestions;
import quire.markdown.LinkRef;
import quire.site.SiteBoundary;
import quire.url.SiteUrls;

/**
 * The internal link, anchor and image check. Registered as the build's {@link PageObserver}, it
 * scans each page's HTML as the page is laid out (ids indexed once per page, the HTML dropped),
 * or takes the scan from the build cache's memo of a page that is unchanged;
 * {@link #check} then resolves every reference against the set of built files, in parallel.
 * A problem is placed at the Markdown link record with the same target (in order), else where
 * the raw HTML is written in the page or its partials; references written by the templates are
 * reported once for the whole site. Thread-safe while observing; {@link #check} is called once.
 */
public final class LinkCheck implements PageObserver {
  /** Where a reference written by the built-in theme's templates is reported: its templates as a whole. */
  static final Position THEME = Position.inTheme("templates", 0, 0);

  private final ConcurrentLinkedQueue<PageScan> scans = new ConcurrentLinkedQueue<>();
  private final AtomicLong scanNanos = new AtomicLong();
  private final boolean external;

  /** The check a build runs: internal links only, external URLs not collected. */
  public LinkCheck() {
    this(false);
  }

  /**
   * @param external collect the external URLs with where each is written ({@link Result#external}),
   *     for {@code quire check --external}; finding where a URL of a template is written means
   *     searching the sources, for every page that shows it, so a build that will not try the
   *     URLs does not
   */
  public LinkCheck(boolean external) {
    this.external = external;
  }

  /** The format of this check's memos (see {@link PageScan#memo}). */
  private static final String MEMO_FORMAT = "link-check-scan 1";

  @Override
  public void built(PageFacts page, String html) {
    scan(page, html);
  }

  @Override
  public void failed(PageFacts page) {
    scans.add(PageScan.failed(page));
  }

  private PageScan scan(PageFacts page, String html) {
    long started = System.nanoTime();
    References references = lastScanned.get();
    PageScan scan = HtmlScanner.scan(page, html, references::of);
    references.scanned(scan.references());
    scans.add(scan);
    scanNanos.addAndGet(System.nanoTime() - started);
    return scan;
  }

  @Override
  public String memoFormat() {
    return MEMO_FORMAT;
  }

  /** Scans the page and keeps its ids and references as the memo. */
  @Override
  public List<String> builtWithMemo(PageFacts page, String html) {
    return scan(page, html).memo();
  }

  /** Takes the page's ids and references from the memo: no HTML is read. */
  @Override
  public boolean builtFromMemo(PageFacts page, List<String> memo) {
    long started = System.nanoTime();
    Optional<PageScan> scan = PageScan.ofMemo(page, memo, this::referenceOf);
    scan.ifPresent(scans::add);
    scanNanos.addAndGet(System.nanoTime() - started);
    return scan.isPresent();
  }

  private final Map<Reference, Reference> seen = new ConcurrentHashMap<>();
  private final Map<String, Optional<Reference>> readFromMemos = new ConcurrentHashMap<>();

  /** The reference of a memo string, read once for the whole site: most strings repeat on every page. */
  private Optional<Reference> referenceOf(String memo) {
    Optional<Reference> known = readFromMemos.get(memo);
    if (known != null) return known;
    Optional<Reference> read = PageScan.referenceOf(memo).map(this::intern);
    readFromMemos.put(memo, read);
    return read;
  }

  /** Per thread, the references of the page it scanned last, where the next page's are looked for first. */
  private final ThreadLocal<References> lastScanned = ThreadLocal.withInitial(References::new);

  /**
   * The one copy of each reference, found first among the references of the page the thread
   * scanned before, in order: the pages of a section, laid out one after the other, repeat the
   * same sidebar, so that page's references are mostly this one's, and they are still in the
   * processor's cache, where a lookup in the site's table of them ({@link #intern}) misses it
   * (the lookups were a twentieth of a 10,000-page build). Not thread-safe: one per thread.
   */
  private final class References {
    /**
     * How far ahead of the last match a reference is looked for among the last page's: nearly
     * every one found is the very next (on the bench corpus, two thirds of all references are;
     * most of the rest, the page's own links, are not there at all).
     */
    private static final int AHEAD = 4;
    private List<Reference> last = List.of();
    private int next;

    Reference of(Reference ref) {
      for (int i = next, end = Math.min(last.size(), next + AHEAD); i < end; i++) {
        Reference candidate = last.get(i);
        if (candidate.equals(ref)) {
          next = i + 1;
          return candidate;
        }
      }
      return intern(ref);
    }

    void scanned(List<Reference> references) {
      last = references;
      next = 0;
    }
  }

  /** One copy of each reference for the whole site: most are the sidebar's, repeated on every page. */
  private Reference intern(Reference ref) {
    // Looked up before it is added: most references are ones seen before, and a lookup takes no lock.
    Reference known = seen.get(ref);
    if (known != null) return known;
    Reference before = seen.putIfAbsent(ref, ref);
    return before != null ? before : ref;
  }

  private volatile Result result;
  private volatile Duration checkTime = Duration.ZERO;

  /** Checks the built pages before the build commits them: its problems join the build's. */
  @Override
  public List<Problem> finished(BuildResult built) {
    long started = System.nanoTime();
    result = check(built);
    checkTime = Duration.ofNanos(System.nanoTime() - started);
    return result.problems();
  }

  /** What {@link #finished} found; empty before the build has finished. */
  public Optional<Result> result() {
    return Optional.ofNullable(result);
  }

  /** How long {@link #finished} took. */
  public Duration checkTime() {
    return checkTime;
  }

  /** Time spent scanning pages during the build, summed over the threads that did it. */
  public Duration scanTime() {
    return Duration.ofNanos(scanNanos.get());
  }

  /**
   * What the check found: its problems and the external URLs it saw, with where each is written
   * (none unless the check was made to collect them).
   */
  public record Result(List<Problem> problems, Map<String, List<Located>> external, int pages, int references) {
    public Result {
      problems = List.copyOf(problems);
      external = Collections.unmodifiableMap(new TreeMap<>(external));
    }
  }

  /**
   * A problem found on a page, with where it was written when that is known. For
   * {@code link-external-broken} it is not yet a problem: {@code message} holds the URL to try.
   */
  record Finding(Rule rule, String message, Optional<Located> at, String page, Reference ref) {}

  /**
   * Checks every scanned page against the built site described by {@code result}, keeping what
   * it found per page in an index ({@link #index}) that {@code quire serve} updates after an edit.
   */
  public Result check(BuildResult result) {
    LinkIndex built = LinkIndex.of(new ArrayList<>(scans), result, external);
    index = built;
    return built.result(result);
  }

  private volatile LinkIndex index;

  /** The index of the last {@link #check}: every page's ids, references and findings. */
  public Optional<LinkIndex> index() {
    return Optional.ofNullable(index);
  }

  /** The built site as the check sees it. */
  record Site(String basePath, Set<String> files, Map<String, Set<String>> ids, Map<String, List<String>> byFolder) {}

  /**
   * The findings of one page. {@code fine} holds the references found fine on any page whose
   * answer does not depend on the page (a path from the site root: the sidebar's links, which
   * repeat on every page), so each is checked once for the whole site.
   */
  static List<Finding> checkPage(PageScan scan, Site site, java.util.function.Supplier<SourceSearch> search, Set<Reference> fine,
      boolean external) {
    PageFacts page = scan.page();
    Map<String, ArrayDeque<LinkRef>> links = new HashMap<>();
    Map<String, ArrayDeque<LinkRef>> images = new HashMap<>();
    for (LinkRef ref : page.links()) {
      (ref.kind() == LinkRef.Kind.IMAGE ? images : links)
          .computeIfAbsent(SiteUrls.decode(ref.target()), k -> new ArrayDeque<>()).add(ref);
    }
    SourceSearch.Cursor cursor = new SourceSearch.Cursor();
    List<Finding> out = new ArrayList<>();
    for (Reference ref : scan.references()) {
      Map<String, ArrayDeque<LinkRef>> records = ref.isImage() ? images : ref.tag().equals("a") ? links : Map.of();
      ArrayDeque<LinkRef> queue = records.get(SiteUrls.decode(ref.value()));
      LinkRef record = queue == null ? null : queue.poll();
      boolean fromRoot = ref.value().startsWith("/") && !ref.value().startsWith("//");
      if (fromRoot && fine.contains(ref)) continue;
      List<Finding> found = problemsOf(ref, Target.resolve(ref.value(), page.url(), site.basePath()), scan, site);
      if (!external) found.removeIf(f -> f.rule() == Rule.LINK_EXTERNAL_BROKEN);
      if (found.isEmpty()) {
        if (fromRoot) fine.add(ref);
        continue;
      }
      Optional<Located> at = record != null ? Optional.of(record.at()) : search.get().find(page.path(), ref, cursor);
      for (Finding f : found) out.add(new Finding(f.rule(), f.message(), at, page.path(), ref));
    }
    return out;
  }

  private static List<Finding> problemsOf(Reference ref, Target target, PageScan scan, Site site) {
    List<Finding> found = new ArrayList<>(1);
    if (ref.isImage() && !ref.decorative() && (ref.alt() == null || ref.alt().isBlank())) {
      found.add(finding(Rule.IMAGE_ALT_MISSING, "image \"" + ref.value() + "\" has no alt text"));
    }
    Rule missing = ref.isImage() ? Rule.IMAGE_MISSING : Rule.LINK_BROKEN;
    String what = ref.isImage() ? "image" : ref.tag().equals("a") ? "link" : ref.tag() + " " + ref.attribute();
    switch (target.kind()) {
      case SKIPPED -> { }
      case EXTERNAL -> found.add(new Finding(Rule.LINK_EXTERNAL_BROKEN, target.path(), Optional.empty(), "", ref));
      case OUTSIDE -> found.add(finding(missing, what + " \"" + ref.value() + "\" points outside the site: "
          + target.path() + " is not under the base path " + site.basePath()));
      case INTERNAL -> {
        Optional<String> file = existing(target.path(), site.files());
        if (file.isEmpty()) {
          String shown = site.basePath() + target.path();
          found.add(finding(missing, what + " \"" + ref.value() + "\" is broken: nothing is built at " + shown
              + suggestFile(target.path(), site).map(s -> " (did you mean \"" + site.basePath() + s + "\"?)").orElse("")));
        } else if (!target.fragment().isEmpty() && !target.fragment().equals("top")) {
          Set<String> ids = site.ids().get(file.get());
          if (ids != null && !ids.contains(target.fragment())) {
            String page = file.get().equals(scan.page().output()) ? "this page" : site.basePath()
                + file.get().substring(0, file.get().length() - "index.html".length());
            found.add(finding(Rule.ANCHOR_MISSING, "anchor \"#" + target.fragment() + "\" of \"" + ref.value()
                + "\" is not an id on " + page
                + Suggestions.closest(target.fragment(), ids).map(s -> " (did you mean \"#" + s + "\"?)").orElse("")));
          }
        }
      }
    }
    return found;
  }

  private static Finding finding(Rule rule, String message) {
    return new Finding(rule, message, Optional.empty(), "", null);
  }

  /** The built file a path names: itself, or the index page of the folder it names. */
  private static Optional<String> existing(String path, Set<String> files) {
    for (String file : candidates(path)) if (files.contains(file)) return Optional.of(file);
    return Optional.empty();
  }

  /**
   * The files a target path may name, in the order they are tried: a folder's index page, or
   * the file itself and then, for a folder named without its slash (servers redirect to the
   * slash form), its index page.
   */
  static List<String> candidates(String path) {
    if (path.isEmpty() || path.endsWith("/")) return List.of(path + "index.html");
    return List.of(path, path + "/index.html");
  }

  /**
   * A file near the one a broken path names: the path as Hugo writes URLs, a page's
   * ({@code WARP/get-started/iOS/} → {@code warp/get-started/ios/}) or a file's, whose folders
   * only are lowered ({@code Guides/Shot.png} → {@code guides/Shot.png}): the forms a link
   * written for the file's own name, or before a migration, misses. Else the closest name in
   * its folder.
   */
  private static Optional<String> suggestFile(String path, Site site) {
    if (path.isEmpty()) return Optional.empty();
    for (String asUrl : List.of(SiteUrls.pathOf(path), SiteUrls.outputOfContentFile(path))) {
      if (!asUrl.equals(path) && existing(asUrl, site.files()).isPresent()) return Optional.of(asUrl);
    }
    List<String> near = site.byFolder().getOrDefault(SiteUrls.parent(path), List.of());
    return Suggestions.closest(path, near);
  }

  /**
   * Places the findings no Markdown or source text was found for. Those written by the theme's
   * templates repeat on many pages: each is reported once, at the template line when a site
   * template holds the text, else at the first page that shows it.
   */
  static void placeUnplaced(List<Finding> findings, quire.site.Site result, List<Problem> out) {
    Map<String, List<Finding>> unplaced = new LinkedHashMap<>();
    for (Finding f : findings) {
      if (f.at().isPresent()) {
        out.add(Problem.of(f.rule(), f.at().get(), f.message()));
      } else {
        unplaced.computeIfAbsent(f.rule().id() + "\u0000" + f.message(), k -> new ArrayList<>()).add(f);
      }
    }
    if (unplaced.isEmpty()) return;
    Map<String, SourceFile> templates = templates(result);
    String basePath = result.config().basePath();
    for (List<Finding> group : unplaced.values()) {
      Finding first = group.get(0);
      Set<String> onPages = new TreeSet<>();
      for (Finding f : group) onPages.add(f.page());
      Optional<Position> inTemplate = findInTemplates(first.ref().value(), basePath, templates);
      String message = first.message();
      if (onPages.size() > 1) message += " (on " + onPages.size() + " pages)";
      // Not in a site template: the built-in theme wrote it. Say so in words rather than blame
      // a line of the first page, which does not hold it (issue 9).
      if (inTemplate.isEmpty()) message += ", written by the theme on " + onPages.iterator().next();
      Position at = inTemplate.orElse(THEME);
      out.add(Problem.of(first.rule(), at, message));
    }
  }

  private static Map<String, SourceFile> templates(quire.site.Site result) {
    Map<String, SourceFile> found = new TreeMap<>();
    Optional<Path> folder = result.theme().templates();
    if (folder.isEmpty()) return found;
    // A template that is a link out of the site was reported by the build and is never read.
    SiteBoundary site = SiteBoundary.of(result.root());
    try (Stream<Path> walk = Files.walk(folder.get())) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).filter(site::contains)::iterator) {
        String rel = "site/templates/" + folder.get().relativize(file).toString().replace('\\', '/');
        try {
          found.put(rel, new SourceFile(rel, Files.readString(file).replace("\r\n", "\n")));
        } catch (IOException | RuntimeException e) {
          // An unreadable template was already reported by the build.
        }
      }
    } catch (IOException e) {
      // Same: the build reports it.
    }
    return found;
  }

  private static Optional<Position> findInTemplates(String value, String basePath, Map<String, SourceFile> templates) {
    List<String> needles = new ArrayList<>();
    needles.add(value);
    if (value.startsWith(basePath) && value.length() > basePath.length()) needles.add(value.substring(basePath.length()));
    for (String needle : needles) {
      // "/" or "" would be found in any template, at a place that has nothing to do with it.
      if (needle.length() < 2) continue;
      for (SourceFile t : templates.values()) {
        int at = t.text().indexOf(needle);
        if (at >= 0) return Optional.of(t.position(at));
      }
    }
    return Optional.empty();
  }

  /**
   * One problem per place to fix: a broken reference inside a partial that several pages render
   * is reported once at the partial's line, through the first render call, naming how many more.
   */
  static List<Problem> mergeRenderCalls(Collection<Problem> problems) {
    Map<String, List<Problem>> byPlace = new LinkedHashMap<>();
    List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(problems));
    sorted.sort(null);
    for (Problem p : sorted) {
      String key = p.via().isEmpty() ? "\u0001" + byPlace.size() : p.rule() + "\u0000" + p.at() + "\u0000" + p.message();
      byPlace.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
    }
    List<Problem> out = new ArrayList<>();
    for (List<Problem> same : byPlace.values()) {
      Problem first = same.get(0);
      if (same.size() == 1) {
        out.add(first);
      } else {
        int more = same.size() - 1;
        out.add(new Problem(first.severity(), first.rule(), first.at(), first.message() + " (and through "
            + more + " more render call" + (more == 1 ? "" : "s") + ")", first.via()));
      }
    }
    return out;
  }
}
