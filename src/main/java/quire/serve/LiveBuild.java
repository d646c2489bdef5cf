package quire.serve;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import quire.build.BuildCache;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteUpdate;
import quire.build.SiteUpdater;
import quire.check.LinkCheck;
import quire.check.LinkIndex;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.output.FileStamp;
import quire.output.SitePatch;
import quire.site.Site;

/**
 * The preview's builds of one site into {@code target/serve}: the first build and any edit it
 * cannot follow page by page build the whole site ({@link Preview.Builder#build}, with the link
 * check); after that, an edit brings the last build up to date ({@link SiteUpdater}, the link
 * check's {@link LinkIndex}) and writes only the files whose bytes changed, in place. A build
 * with errors writes nothing; the files it would have written are written by the next build
 * without errors. Not thread-safe: the preview builds on one thread at a time.
 */
final class LiveBuild {
  /**
   * What one build did.
   *
   * @param site the site built (its config as published)
   * @param problems every problem of the site, sorted, as a full build reports them
   * @param written whether the output now holds the site built
   * @param rendered how many pages were expanded and rendered afresh
   * @param laidOut how many pages were laid out afresh (-1: not counted, a whole build)
   * @param filesWritten how many files were written
   * @param searchBehind whether the search index lags behind the pages
   * @param whole whether the whole site was built
   */
  record Outcome(Site site, List<Problem> problems, boolean written, int rendered, int laidOut, long filesWritten,
      boolean searchBehind, boolean whole) {
    Outcome {
      problems = List.copyOf(problems);
    }

    long errors() {
      return problems.stream().filter(Problem::isError).count();
    }
  }

  private final Path source;
  private final Path output;
  private final BuildCache cache;
  private final Preview.Builder builder;
  /** The last build, page by page; null: build the whole site next. */
  private SiteUpdater updater;
  /** The link check's findings of the last build, page by page; null when the builder ran no check. */
  private LinkIndex links;
  private final Map<String, byte[]> pendingFiles = new TreeMap<>();
  private final Set<String> pendingDeletes = new TreeSet<>();
  /** Files written (and deleted) by updates since the last whole build. */
  private final Map<String, FileStamp> patchedStamps = new HashMap<>();
  private final Set<String> patchedDeletes = new HashSet<>();

  LiveBuild(Path source, Path output, BuildCache cache, Preview.Builder builder) {
    this.source = source;
    this.output = output;
    this.cache = cache;
    this.builder = builder;
  }

  /**
   * Builds {@code site} (loaded with {@code loadProblems}) after {@code changed} files changed
   * (paths from the site folder; empty: anything may have), page by page when the last build
   * can be brought up to date and {@code mayUpdate}, else whole.
   */
  Outcome build(BuildOptions options, Site site, List<Problem> loadProblems, Set<String> changed, boolean mayUpdate)
      throws IOException {
    if (mayUpdate && updater != null) {
      Optional<SiteUpdate> update;
      try {
        update = builder.update(updater, site, loadProblems, changed);
      } catch (RuntimeException | Error e) {
        forget();
        throw e;
      }
      if (update.isPresent()) return apply(update.get());
    }
    forget();
    if (!patchedStamps.isEmpty() || !patchedDeletes.isEmpty()) {
      Map<String, FileStamp> known = new HashMap<>(cache.stamps(output));
      known.keySet().removeAll(patchedDeletes);
      known.putAll(patchedStamps);
      cache.saveStamps(output, known);
      patchedStamps.clear();
      patchedDeletes.clear();
    }
    LinkCheck check = new LinkCheck();
    BuildResult result = builder.build(options, check, site, loadProblems);
    // Taken afresh after every whole build, the one that makes the search index again too: it
    // also reads the pages' dates from git again, which a commit may have changed.
    if (result.written()) {
      links = check.index().orElse(null);
      if (links != null) links.prepareForUpdates();
      updater = SiteUpdater.after(result, options, cache).orElse(null);
    }
    return new Outcome(result.site(), result.problems(), result.written(), result.stats().rendered(), -1,
        result.stats().filesWritten(), result.stats().searchBehind(), true);
  }

  /** Forgets the last build: the next builds the whole site. */
  void forget() {
    updater = null;
    links = null;
    pendingFiles.clear();
    pendingDeletes.clear();
  }

  /**
   * Adds the link check's findings for what the update changed, and writes the changed files
   * in place when the site has no error (else keeps them for the next good build).
   */
  private Outcome apply(SiteUpdate update) throws IOException {
    Problems problems = new Problems();
    update.problems().forEach(problems::add);
    if (links != null) {
      links.update(update.site(), update.partialUsage(), update.outputs(), update.pages(), update.removedPages())
          .problems().forEach(problems::add);
    }
    List<Problem> all = problems.sorted();
    for (String path : update.deleted()) pendingFiles.remove(path);
    pendingFiles.putAll(update.files());
    pendingDeletes.removeAll(update.files().keySet());
    pendingDeletes.addAll(update.deleted());
    if (all.stream().anyMatch(Problem::isError)) {
      return new Outcome(update.site(), all, false, update.rendered(), update.laidOut(), 0, update.searchBehind(), false);
    }
    int written = pendingFiles.size();
    Map<String, FileStamp> stamps = SitePatch.apply(source, output, pendingFiles, pendingDeletes);
    // What target/serve now holds, told to the cache before the next whole build (so it leaves
    // these files alone), not after every save: the cache's stamps are the whole site's.
    patchedStamps.keySet().removeAll(pendingDeletes);
    patchedDeletes.addAll(pendingDeletes);
    patchedDeletes.removeAll(stamps.keySet());
    patchedStamps.putAll(stamps);
    pendingFiles.clear();
    pendingDeletes.clear();
    return new Outcome(update.site(), all, true, update.rendered(), update.laidOut(), written, update.searchBehind(), false);
  }
}
