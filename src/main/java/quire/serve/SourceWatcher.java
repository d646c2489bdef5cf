package quire.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches a site's source folders ({@code content/}, {@code partials/}, {@code site/}) and every
 * folder under them, including folders made later, and calls {@code onChange} once per burst of
 * changes (a burst ends after {@link #QUIET_MS} without an event) with the paths that changed
 * (empty when events were lost, so anything may have changed). {@code onChange} runs on the
 * watcher's own daemon thread, one call at a time.
 *
 * <p>The source trees are watched with directory-watcher, which uses the JDK's
 * {@code WatchService} on Linux and Windows and FSEvents on macOS, where the JDK's service polls
 * every few seconds. The site folder itself is watched only to notice a source folder being made;
 * that is rare, so the JDK's service does it everywhere.
 */
final class SourceWatcher implements AutoCloseable {
  /** The folders of a site whose files make the pages. */
  static final List<String> FOLDERS = List.of("content", "partials", "site");

  /**
   * How long the files must stay quiet before a rebuild, in ms: an editor's save is several
   * events within a few milliseconds, and every millisecond here is one the writer waits.
   */
  static final long QUIET_MS = 50;

  /** A change in the queue: a path, or empty when events were lost. */
  private final BlockingQueue<Optional<Path>> changes = new LinkedBlockingQueue<>();
  private final Path root;
  private final Consumer<Set<Path>> onChange;
  private final WatchService rootService;
  private final Thread thread;
  private final Thread rootThread;
  private volatile boolean closed;
  /** The watcher of the source folders that exist; replaced when one is made. Guarded by this. */
  private DirectoryWatcher trees;

  /** Registers every folder now, so a change made after this returns is seen. */
  SourceWatcher(Path root, Consumer<Set<Path>> onChange) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.onChange = onChange;
    this.rootService = this.root.getFileSystem().newWatchService();
    this.root.register(rootService, ENTRY_CREATE);
    watchTrees();
    this.thread = daemon(this::run, "quire-serve-watch");
    this.rootThread = daemon(this::watchRoot, "quire-serve-watch-root");
  }

  void start() {
    thread.start();
    rootThread.start();
  }

  @Override
  public void close() {
    closed = true;
    thread.interrupt();
    try {
      rootService.close();
      synchronized (this) {
        if (trees != null) trees.close();
      }
      thread.join(5_000);
    } catch (IOException e) {
      // Nothing left to release.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Thread daemon(Runnable body, String name) {
    Thread t = new Thread(body, name);
    t.setDaemon(true);
    return t;
  }

  /** (Re)starts watching the source folders that exist now. */
  private synchronized void watchTrees() throws IOException {
    if (closed) return;
    if (trees != null) trees.close();
    List<Path> existing = new ArrayList<>();
    for (String name : FOLDERS) {
      Path folder = root.resolve(name);
      if (Files.isDirectory(folder)) existing.add(folder);
    }
    if (existing.isEmpty()) {
      trees = null;
      return;
    }
    // No file hashing: it would read every file at start, and a save that writes the same bytes
    // should rebuild all the same (the build cache makes that cheap).
    CountDownLatch registered = new CountDownLatch(1);
    DirectoryWatcher watcher = DirectoryWatcher.builder()
        .paths(existing)
        .fileHashing(false)
        .logger(NOPLogger.NOP_LOGGER)
        .listener(new DirectoryChangeListener() {
          @Override
          public void onEvent(DirectoryChangeEvent event) {
            if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) changes.add(Optional.empty());
            else if (event.path() != null) changes.add(Optional.of(event.path()));
          }

          // The watcher registers its folders when it starts watching, and asks this first
          // after that: the sign that a change made from now on is seen.
          @Override
          public boolean isWatching() {
            registered.countDown();
            return !closed;
          }

          @Override
          public void onException(Exception e) {
            // An event about a path that is gone already; the next one tells what is there.
          }
        })
        .build();
    trees = watcher;
    AtomicReference<RuntimeException> failed = new AtomicReference<>();
    daemon(() -> {
      try {
        watcher.watch();
      } catch (RuntimeException e) {
        failed.set(e);
        registered.countDown();
      }
    }, "quire-serve-watch-trees").start();
    try {
      registered.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (failed.get() != null) {
      throw new IOException("cannot watch " + existing + ": " + failed.get().getMessage(), failed.get());
    }
  }

  /** Notices content/, partials/ or site/ being made, and starts watching it. */
  private void watchRoot() {
    try {
      while (true) {
        WatchKey key = rootService.take();
        boolean made = false;
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.kind() == OVERFLOW) {
            made = true;
            changes.add(Optional.empty());
            continue;
          }
          Path path = root.resolve((Path) event.context());
          if (!FOLDERS.contains(path.getFileName().toString())) continue;
          made = true;
          changes.add(Optional.of(path));
        }
        // The new folder may already hold files; the change to it makes the build read them.
        if (made) watchTrees();
        key.reset();
      }
    } catch (InterruptedException | ClosedWatchServiceException | IOException e) {
      // Closed (or the folder can no longer be watched): stop watching the root.
    }
  }

  private void run() {
    try {
      while (true) {
        Set<Path> changed = new LinkedHashSet<>();
        boolean lost = add(changes.take(), changed);
        // Debounce: keep taking events until the folders are quiet.
        for (Optional<Path> next; (next = changes.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) {
          lost |= add(next, changed);
        }
        if (lost) runGuarded(Set.of());
        else if (!changed.isEmpty()) runGuarded(changed);
      }
    } catch (InterruptedException e) {
      // Closed: stop watching.
    }
  }

  /** Adds a change to {@code changed}; true when it says events were lost. */
  private static boolean add(Optional<Path> change, Set<Path> changed) {
    change.ifPresent(changed::add);
    return change.isEmpty();
  }

  /** Runs {@code onChange}; whatever it throws, the thread keeps watching for the next change. */
  private void runGuarded(Set<Path> changed) {
    try {
      onChange.accept(changed);
    } catch (RuntimeException | Error e) {
      // onChange reports its own failures (Preview shows them on the pages); a throw that gets
      // here must not end the watching, or no later save would ever rebuild (issue 9).
      Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
      if (handler != null) handler.uncaughtException(Thread.currentThread(), e);
    }
  }
}
