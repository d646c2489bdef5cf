package quire.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import quire.build.BuildResult;
import quire.build.LaidOutPage;
import quire.diag.Located;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.site.Site;
import quire.site.SourcePage;
import quire.site.SplitPage;
import quire.url.SiteUrls;

/**
 * What the link check found on each page, with what it found it from (each page's ids and
 * references, the set of built files) and which pages link to an anchor of which file, kept so
 * that after an edit only the references the edit can have changed are checked again:
 * {@link #update} checks the rebuilt pages, and the references elsewhere with an anchor into a
 * rebuilt page whose ids changed; when the set of built files changed (a page added or removed)
 * it checks every page again, from the kept scans (no HTML is read). The problems it reports are
 * those a full check of the same site reports. Not thread-safe: one build at a time.
 */
public final class LinkIndex {
  private final boolean external;
  private final Map<String, PageScan> scans = new TreeMap<>();
  /** The findings of each page that has any, by Markdown file, in path order. */
  private final Map<String, List<LinkCheck.Finding>> findings = new TreeMap<>();
  private final Map<String, Set<String>> anchorsInto = new HashMap<>();
  private final Map<String, Set<String>> anchorsFrom = new HashMap<>();
  /**
   * Whether {@link #anchorsInto} and {@link #anchorsFrom} are kept: from {@link #prepareForUpdates}
   * or the first {@link #update} on, so a build that is checked once ({@code quire build},
   * {@code quire check}) does not resolve every anchor reference of the site a second time for
   * an update that never comes.
   */
  private boolean anchorsIndexed;
  private String basePath;
  private Set<String> outputs = Set.of();
  /** Each built page's ids, by output file: shared with {@link #built}, updated in place. */
  private final Map<String, Set<String>> ids = new HashMap<>();
  private LinkCheck.Site built;
  private int references;

  private LinkIndex(boolean external) {
    this.external = external;
  }

  /** Checks every page of a build (in parallel) and keeps what it found. */
  static LinkIndex of(List<PageScan> pages, BuildResult result, boolean external) {
    LinkIndex index = new LinkIndex(external);
    for (PageScan scan : pages) index.scans.put(scan.page().path(), scan);
    index.basePath = result.site().config().basePath();
    index.outputs = Set.copyOf(result.outputs());
    for (PageScan scan : index.scans.values()) {
      if (scan.idsKnown()) index.ids.put(scan.page().output(), scan.ids());
    }
    index.files();
    Supplier<SourceSearch> search = search(result.site(), result.partialUsage());
    index.check(index.scans.keySet(), search);
    for (PageScan scan : index.scans.values()) index.references += scan.references().size();
    return index;
  }

  /**
   * After an edit: takes the rebuilt pages' scans from their HTML, forgets the removed pages,
   * checks again what the edit can have changed, and returns the check's result for the whole
   * site as it now is.
   *
   * @param site the site as now loaded (its sources place references written as raw HTML)
   * @param partialUsage each partial's render calls, as a build's result says
   * @param outputs every file of the site as now built
   * @param rebuilt the pages laid out again (a page whose layout failed has no HTML)
   * @param removed the Markdown files of pages that are no longer built
   */
  public LinkCheck.Result update(Site site, Map<String, ? extends Collection<Position>> partialUsage,
      Collection<String> outputs, List<LaidOutPage> rebuilt, Collection<String> removed) {
    prepareForUpdates();
    Set<String> recheck = new HashSet<>();
    // The same set as last time is the same object (an update that adds or removes no file
    // hands on its set), which equals answers at once.
    Set<String> now = Set.copyOf(outputs);
    boolean filesChanged = !this.outputs.equals(now) || !basePath.equals(site.config().basePath());
    for (String path : removed) {
      PageScan gone = scans.get(path);
      if (gone != null) references -= gone.references().size();
      forget(path);
      findings.remove(path);
      if (gone != null) ids.remove(gone.page().output());
    }
    for (LaidOutPage page : rebuilt) {
      PageScan before = scans.get(page.facts().path());
      PageScan scan = page.html().map(html -> HtmlScanner.scan(page.facts(), html)).orElseGet(() -> PageScan.failed(page.facts()));
      references += scan.references().size();
      if (before != null) {
        references -= before.references().size();
        forget(before.page().path());
        ids.remove(before.page().output());
      }
      scans.put(scan.page().path(), scan);
      if (scan.idsKnown()) ids.put(scan.page().output(), scan.ids());
      recheck.add(scan.page().path());
      // References elsewhere to an anchor of this page: an id it lost breaks them, one it gained fixes them.
      if (before == null || !before.ids().equals(scan.ids()) || before.idsKnown() != scan.idsKnown()
          || !before.page().output().equals(scan.page().output())) {
        recheck.addAll(anchorsInto.getOrDefault(scan.page().output(), Set.of()));
        if (before != null) recheck.addAll(anchorsInto.getOrDefault(before.page().output(), Set.of()));
      }
    }
    this.outputs = now;
    if (filesChanged) {
      basePath = site.config().basePath();
      files();
      recheck.addAll(scans.keySet());
    }
    recheck.retainAll(scans.keySet());
    check(recheck, search(site, partialUsage));
    return result(site);
  }

  /** Drops what is known of a page's references (its scan stays until replaced). */
  private void forget(String path) {
    scans.remove(path);
    forgetAnchors(path);
  }

  /** The set of built files and the files of each folder, from the outputs and the pages. */
  private void files() {
    Set<String> files = new HashSet<>(outputs);
    for (PageScan scan : scans.values()) files.add(scan.page().output());
    Map<String, List<String>> byFolder = new HashMap<>();
    for (String f : files) {
      String shown = f.endsWith("/index.html") ? f.substring(0, f.length() - "index.html".length()) : f;
      byFolder.computeIfAbsent(SiteUrls.parent(shown), k -> new ArrayList<>()).add(shown);
    }
    built = new LinkCheck.Site(basePath, files, ids, byFolder);
  }

  /** Checks these pages (in parallel) and indexes their anchor references. */
  private void check(Collection<String> paths, Supplier<SourceSearch> search) {
    List<PageScan> pages = paths.stream().map(scans::get).toList();
    Set<Reference> fine = ConcurrentHashMap.newKeySet();
    List<List<LinkCheck.Finding>> found = (pages.size() > 8 ? pages.parallelStream() : pages.stream())
        .map(scan -> LinkCheck.checkPage(scan, built, search, fine, external)).toList();
    for (int i = 0; i < pages.size(); i++) {
      PageScan scan = pages.get(i);
      String path = scan.page().path();
      if (found.get(i).isEmpty()) findings.remove(path);
      else findings.put(path, found.get(i));
      if (anchorsIndexed) {
        forgetAnchors(path);
        indexAnchors(scan);
      }
    }
  }

  /**
   * Records which pages link into which files with an anchor, which the first {@link #update}
   * needs: a preview calls this after a whole build, so that its first edit does not wait for
   * every reference of the site (1.3 million at 10,000 pages of the bench corpus).
   */
  public void prepareForUpdates() {
    if (anchorsIndexed) return;
    for (PageScan scan : scans.values()) indexAnchors(scan);
    anchorsIndexed = true;
  }

  /** Records which files a page's references point into with an anchor. */
  private void indexAnchors(PageScan scan) {
    String path = scan.page().path();
    for (Reference ref : scan.references()) {
      if (ref.value().indexOf('#') < 0) continue;
      Target target = Target.resolve(ref.value(), scan.page().url(), basePath);
      if (target.kind() != Target.Kind.INTERNAL || target.fragment().isEmpty()) continue;
      for (String file : LinkCheck.candidates(target.path())) {
        anchorsInto.computeIfAbsent(file, k -> new HashSet<>()).add(path);
        anchorsFrom.computeIfAbsent(path, k -> new HashSet<>()).add(file);
      }
    }
  }

  private void forgetAnchors(String path) {
    for (String into : anchorsFrom.getOrDefault(path, Set.of())) {
      Set<String> from = anchorsInto.get(into);
      if (from != null) from.remove(path);
    }
    anchorsFrom.remove(path);
  }

  /** The check's result over every page, from the findings kept. */
  LinkCheck.Result result(BuildResult result) {
    return result(result.site());
  }

  private LinkCheck.Result result(Site site) {
    Map<String, List<Located>> external = new HashMap<>();
    List<LinkCheck.Finding> all = new ArrayList<>();
    for (List<LinkCheck.Finding> page : findings.values()) {
      for (LinkCheck.Finding f : page) {
        if (f.rule() == Rule.LINK_EXTERNAL_BROKEN) {
          external.computeIfAbsent(f.message(), k -> new ArrayList<>())
              .add(f.at().orElse(Located.at(new Position(f.page(), 1, 1))));
        } else {
          all.add(f);
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    LinkCheck.placeUnplaced(all, site, problems);
    return new LinkCheck.Result(LinkCheck.mergeRenderCalls(problems), external, scans.size(), references);
  }

  /** Where raw-HTML references are written, made only when a finding needs placing. */
  private static Supplier<SourceSearch> search(Site site, Map<String, ? extends Collection<Position>> usage) {
    return new Supplier<>() {
      private SourceSearch made;

      @Override
      public synchronized SourceSearch get() {
        if (made == null) {
          Map<String, SourceFile> sources = new HashMap<>();
          for (SourcePage p : site.pages()) sources.put(p.path(), p.source());
          for (Map.Entry<String, SplitPage> e : site.partials().entrySet()) sources.put(e.getKey(), e.getValue().source());
          made = new SourceSearch(sources, usage);
        }
        return made;
      }
    };
  }
}
