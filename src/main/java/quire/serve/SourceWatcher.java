package quire.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a site's source folders ({@code content/}, {@code partials/}, {@code site/}) and every
 * folder under them, including folders made later, and calls {@code onChange} once per burst of
 * changes (a burst ends after {@link #QUIET_MS} without an event). Runs on its own daemon thread;
 * {@code onChange} runs on that thread, one call at a time.
 */
final class SourceWatcher implements AutoCloseable {
  /** The folders of a site whose files make the pages. */
  static final List<String> FOLDERS = List.of("content", "partials", "site");

  /** How long the files must stay quiet before a rebuild, in ms: an editor's save is several events. */
  static final long QUIET_MS = 150;

  private final Path root;
  private final Runnable onChange;
  private final WatchService service;
  private final Map<WatchKey, Path> folders = new HashMap<>();
  private final Thread thread;

  /** Registers every folder now, so a change made after this returns is seen. */
  SourceWatcher(Path root, Runnable onChange) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.onChange = onChange;
    this.service = this.root.getFileSystem().newWatchService();
    // The root itself, only to notice content/, partials/ or site/ being made.
    folders.put(this.root.register(service, ENTRY_CREATE), this.root);
    for (String name : FOLDERS) registerTree(this.root.resolve(name));
    this.thread = new Thread(this::run, "quire-serve-watch");
    thread.setDaemon(true);
  }

  void start() {
    thread.start();
  }

  @Override
  public void close() {
    thread.interrupt();
    try {
      service.close();
      thread.join(5_000);
    } catch (IOException e) {
      // Nothing left to release.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    try {
      while (true) {
        boolean changed = drain(service.take());
        // Debounce: keep taking events until the folders are quiet.
        for (WatchKey next; (next = service.poll(QUIET_MS, TimeUnit.MILLISECONDS)) != null; ) {
          changed |= drain(next);
        }
        if (changed) runGuarded();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // Closed: stop watching.
    }
  }

  /** Runs {@code onChange}; whatever it throws, the thread keeps watching for the next change. */
  private void runGuarded() {
    try {
      onChange.run();
    } catch (RuntimeException | Error e) {
      // onChange reports its own failures (Preview shows them on the pages); a throw that gets
      // here must not end the watching, or no later save would ever rebuild (issue 9).
      Thread.UncaughtExceptionHandler handler = Thread.getDefaultUncaughtExceptionHandler();
      if (handler != null) handler.uncaughtException(Thread.currentThread(), e);
    }
  }

  /** Reads a key's events, registers new folders; true when a source file may have changed. */
  private boolean drain(WatchKey key) {
    Path folder = folders.get(key);
    boolean changed = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == OVERFLOW) {
        // Events were lost: register anything new and rebuild to be safe.
        for (String name : FOLDERS) registerTree(root.resolve(name));
        changed = true;
        continue;
      }
      if (folder == null) continue;
      Path path = folder.resolve((Path) event.context());
      if (folder.equals(root) && !FOLDERS.contains(path.getFileName().toString())) continue;
      if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) registerTree(path);
      changed = true;
    }
    if (!key.reset()) folders.remove(key);
    return changed;
  }

  private void registerTree(Path top) {
    if (!Files.isDirectory(top)) return;
    try (Stream<Path> tree = Files.walk(top)) {
      for (Path dir : (Iterable<Path>) tree.filter(Files::isDirectory)::iterator) {
        folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
      }
    } catch (IOException | UncheckedIOException e) {
      // A folder deleted while walking: the events for it say so, and the rebuild reads what is left.
    }
  }
}
