package quire.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import quire.build.BuildCache;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.PageObserver;
import quire.build.SiteBuilder;
import quire.build.SiteUpdate;
import quire.build.SiteUpdater;
import quire.output.OutputFolder;
import quire.output.OutputRefused;
import quire.diag.Problem;
import quire.report.SourceLines;
import quire.site.Site;
import quire.report.TextReport;

/**
 * A running {@code quire serve}: builds the site into {@code target/serve} of the site folder,
 * serves it, and after a source file changes brings the site up to date ({@link LiveBuild}: page
 * by page when it can, else the whole site). Prints one line per build
 * (the problems first, in the text report format). A build with errors leaves the previous pages
 * in place and shows the errors on every page until a build succeeds. Thread-safe.
 */
public final class Preview implements AutoCloseable {
  /**
   * What to serve.
   *
   * @param source the site folder
   * @param bind the address to listen on, e.g. {@code 127.0.0.1}
   * @param port the port to listen on; 0 lets the system choose (see {@link #port()})
   * @param drafts build pages marked {@code draft: true}
   * @param verbose print the stack trace of a fault in quire during a build
   */
  public record Options(Path source, String bind, int port, boolean drafts, boolean verbose) {
    public Options {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(bind, "bind");
      if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 to 65535: " + port);
    }
  }

  /**
   * Builds the site: {@link SiteBuilder#build} with the link check as its observer, and
   * {@link SiteUpdater#update} after an edit it can follow; replaced in tests of faults.
   */
  @FunctionalInterface
  interface Builder {
    /**
     * Builds {@code site}, loaded already with {@code loadProblems}, as {@code options} say,
     * showing each page to {@code observer}.
     */
    BuildResult build(BuildOptions options, PageObserver observer, Site site, List<Problem> loadProblems);

    /** Brings the last build up to date after {@code changed} files changed; empty: build the whole site. */
    default Optional<SiteUpdate> update(SiteUpdater updater, Site site, List<Problem> loadProblems, Set<String> changed) {
      return updater.update(site, loadProblems, changed);
    }
  }

  private final Options options;
  private final LiveSite live;
  private final BuildCache cache = BuildCache.inMemory();
  private final Path output;
  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean colour;
  private final PreviewServer server;
  private final String address;
  private final CountDownLatch closed = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();
  private SourceWatcher watcher;
  private long generation;
  /** Makes the search index after a build that left it behind, once edits pause. */
  private final java.util.concurrent.ScheduledExecutorService later =
      java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "quire-serve-search");
        thread.setDaemon(true);
        return thread;
      });
  private java.util.concurrent.ScheduledFuture<?> searchPending;
  /** The builds, whole or page by page. */
  private final LiveBuild builds;

  /**
   * How long edits must pause before the search index a build left behind is made: an edit is
   * shown at once, and the index (which at 10,000 pages takes seconds) follows.
   */
  static final long SEARCH_AFTER_MS = 2_000;

  private Preview(Options options, Builder builder, PrintWriter out, PrintWriter err, boolean colour) throws IOException {
    this.options = options;
    this.builds = new LiveBuild(options.source(), outputOf(options.source()), cache, builder);
    this.output = outputOf(options.source());
    this.live = new LiveSite(options.source().toAbsolutePath().normalize(), options.drafts());
    this.out = out;
    this.err = err;
    this.colour = colour;
    this.server = new PreviewServer(output, new InetSocketAddress(options.bind(), options.port()));
    String host = options.bind().equals("0.0.0.0") || options.bind().equals("::") ? "localhost" : options.bind();
    this.address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + server.port() + "/";
  }

  /**
   * Binds the address, builds the site, starts serving and watching, and prints where.
   *
   * @throws java.net.BindException when the address cannot be listened on (the port is in use)
   * @throws OutputRefused when {@code target/serve} is not a folder quire may replace
   */
  public static Preview start(Options options, PrintWriter out, PrintWriter err, boolean colour) throws IOException {
    // Broken links, anchors and images are build errors in the preview too, shown on the pages.
    return start(options, SiteBuilder::build, out, err, colour);
  }

  static Preview start(Options options, Builder builder, PrintWriter out, PrintWriter err, boolean colour)
      throws IOException {
    OutputFolder.requireDefault(options.source(), outputOf(options.source()));
    Preview preview = new Preview(options, builder, out, err, colour);
    try {
      // Watching starts before the first build, so a file saved during it is rebuilt after it.
      preview.watcher = new SourceWatcher(options.source(), changed -> preview.rebuild("Rebuilt", changed));
      String title = preview.rebuild("Built", Set.of());
      preview.server.start();
      preview.watcher.start();
      out.println("Serving " + title + " at " + preview.address + " (Ctrl+C to stop)");
      out.flush();
      return preview;
    } catch (IOException | RuntimeException e) {
      preview.close();
      throw e;
    }
  }

  /** Where the preview writes the site, in the site folder. */
  private static final String SERVE_FOLDER = "target/serve";

  /** Where the preview writes the site: {@code target/serve} in the site folder. */
  public static Path outputOf(Path source) {
    return source.resolve(SERVE_FOLDER);
  }

  /** The port the server listens on. */
  public int port() {
    return server.port();
  }

  /** The site's address, e.g. {@code http://127.0.0.1:1313/}. */
  public String address() {
    return address;
  }

  /** Waits until {@link #close()} has been called (by the shutdown hook on Ctrl+C). */
  public void awaitClose() throws InterruptedException {
    closed.await();
  }

  @Override
  public void close() {
    if (!closing.compareAndSet(false, true)) return;
    if (watcher != null) watcher.close();
    later.shutdownNow();
    server.close();
    closed.countDown();
  }

  /**
   * Builds the site again after {@code changed} files changed (empty: anything may have), shows
   * the result and tells the open pages to reload. Only the changed pages and partials are read
   * again; only the pages an edit reaches are rendered and laid out, and only the files that
   * changed are written. Returns the site's title.
   */
  private String rebuild(String verb, Set<Path> changed) {
    return rebuild(verb, changed, true);
  }

  /**
   * Builds as {@link #rebuild(String, Set)} does; with {@code searchMayLag}, a build whose pages
   * changed keeps the last search index, and the index is made {@link #SEARCH_AFTER_MS} after
   * the last edit (the open pages are not reloaded for it).
   */
  private synchronized String rebuild(String verb, Set<Path> changed, boolean searchMayLag) {
    long started = System.nanoTime();
    if (searchPending != null) searchPending.cancel(false);
    boolean showing = searchMayLag;
    if (showing) generation++;
    LiveBuild.Outcome result;
    try {
      // Making the index after a build reads nothing again: the files are the ones just built.
      if (showing) live.update(changed);
      // The pages' links point at this server, whatever baseUrl the site is published at.
      BuildOptions build = new BuildOptions(options.source(), Optional.of(output), Optional.of(address),
          options.drafts()).withCache(cache).withSearchMayLag(searchMayLag);
      result = builds.build(build, live.site(), live.problems(), relative(changed), showing);
    } catch (Throwable e) {
      // Whatever a save makes the build throw (a fault in quire, a StackOverflowError or an
      // OutOfMemoryError from one page), the preview keeps serving the last good pages, shows
      // it on them, and the next save builds again (the whole site: what was kept of the last
      // build may be half updated). The failed build's memory is garbage now.
      builds.forget();
      String message = "quire: the build stopped: " + describe(e)
          + "; the previous pages stay served, and the next save builds again";
      err.println(message);
      if (options.verbose()) e.printStackTrace(err);
      err.flush();
      server.show(new Overlay(generation, message + "\n"));
      return options.source().toAbsolutePath().normalize().getFileName().toString();
    }
    new TextReport(new SourceLines(options.source()), colour).write(result.problems(), err);
    long errors = result.errors();
    String summary = TextReport.summary(errors, result.problems().size() - errors);
    if (result.written()) {
      out.printf("%s %d pages in %d ms (%d rendered, %s%d files written%s%s)%n", verb, result.site().pages().size(),
          (System.nanoTime() - started) / 1_000_000, result.rendered(),
          result.whole() ? "" : result.laidOut() + " laid out, ", result.filesWritten(),
          result.searchBehind() ? "; the search index follows" : "",
          result.problems().isEmpty() ? "" : "; " + summary);
      if (result.searchBehind()) {
        searchPending = later.schedule(() -> rebuild("Search index for", Set.of(), false), SEARCH_AFTER_MS,
            java.util.concurrent.TimeUnit.MILLISECONDS);
      }
    } else {
      err.printf("Build failed: %s; serving the previous pages with the errors shown on them%n", summary);
    }
    out.flush();
    err.flush();
    // Making the index changes no page: the open pages need no reload, unless the build failed.
    if (showing || !result.written()) server.show(Overlay.of(generation, result.problems(), new SourceLines(options.source())));
    return result.site().config().title();
  }

  /** The changed files as paths from the site folder, {@code /}-separated. */
  private Set<String> relative(Set<Path> changed) {
    Path root = options.source().toAbsolutePath().normalize();
    Set<String> paths = new TreeSet<>();
    for (Path file : changed) {
      Path absolute = file.toAbsolutePath().normalize();
      // A change outside the site folder: nothing to follow file by file.
      if (!absolute.startsWith(root)) return Set.of();
      paths.add(root.relativize(absolute).toString().replace('\\', '/'));
    }
    return paths;
  }

  private static String describe(Throwable e) {
    String what = e instanceof StackOverflowError ? "the stack overflowed (StackOverflowError)"
        : e instanceof OutOfMemoryError ? "memory ran out (OutOfMemoryError)"
        // Writing the changed pages into target/serve failed: the disk, not quire.
        : e instanceof IOException || e instanceof java.io.UncheckedIOException || e instanceof OutputRefused
            ? "cannot write " + SERVE_FOLDER
        : "internal error " + e.getClass().getSimpleName();
    String message = e.getMessage();
    return message == null || message.isBlank() ? what : what + ": " + message.lines().findFirst().orElse("");
  }
}
