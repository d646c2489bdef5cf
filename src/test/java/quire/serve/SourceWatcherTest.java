package quire.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watcher behind quire serve sees edits in the source folders, also in folders made later. */
class SourceWatcherTest {
  @TempDir Path dir;
  final BlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();

  @Test
  void reportsAnEditInANestedFolder() throws Exception {
    Files.createDirectories(dir.resolve("content/a/b"));
    Path page = Files.writeString(dir.resolve("content/a/b/page.md"), "one");
    try (SourceWatcher watcher = started()) {
      Files.writeString(page, "two");
      awaitChange(page.toAbsolutePath().normalize());
    }
  }

  @Test
  void watchesASourceFolderMadeAfterItStarted() throws Exception {
    try (SourceWatcher watcher = started()) {
      Files.createDirectories(dir.resolve("partials"));
      awaitChange(dir.resolve("partials").toAbsolutePath().normalize());
      Path partial = Files.writeString(dir.resolve("partials/_x.md"), "x");
      awaitChange(partial.toAbsolutePath().normalize());
    }
  }

  @Test
  void ignoresOtherFoldersOfTheSite() throws Exception {
    Files.createDirectories(dir.resolve("content"));
    try (SourceWatcher watcher = started()) {
      Files.createDirectories(dir.resolve("target/serve"));
      Files.writeString(dir.resolve("target/serve/index.html"), "built");
      Path page = Files.writeString(dir.resolve("content/page.md"), "page");
      Set<Path> burst = awaitChange(page.toAbsolutePath().normalize());
      assertTrue(burst.stream().noneMatch(p -> p.toString().contains("target")), burst.toString());
    }
  }

  private SourceWatcher started() throws Exception {
    SourceWatcher watcher = new SourceWatcher(dir, bursts::add);
    watcher.start();
    return watcher;
  }

  /** Waits for a burst that names {@code path}; returns it. */
  private Set<Path> awaitChange(Path path) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    List<Set<Path>> seen = new ArrayList<>();
    while (System.nanoTime() < end) {
      Set<Path> burst = bursts.poll(200, TimeUnit.MILLISECONDS);
      if (burst != null && burst.contains(path)) return burst;
      if (burst != null) seen.add(burst);
    }
    throw new AssertionError("no change reported for " + path + "; reported: " + seen);
  }
}
