package quire.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing a site beside the target, then swapping it in or throwing it away. */
class SiteWriterTest {
  @TempDir Path dir;
  Path source;
  Path target;

  @BeforeEach
  void folders() throws IOException {
    source = Files.createDirectories(dir.resolve("project/content"));
    source = source.getParent();
    target = dir.resolve("project/target/site");
  }

  private static void oldSite(Path target) throws IOException {
    Files.createDirectories(target);
    Files.writeString(target.resolve(OutputFolder.MARKER), "");
    Files.writeString(target.resolve("index.html"), "the old site");
  }

  private List<String> beside() throws IOException {
    try (Stream<Path> files = Files.list(target.getParent())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void commitPutsTheNewSiteInPlaceAndLeavesNothingBeside() throws IOException {
    oldSite(target);
    SiteWriter writer = SiteWriter.open(source, target);
    writer.write("index.html", "the new site");
    writer.write("a/b/index.html", "deeper");
    writer.commit();
    writer.abort();
    assertEquals("the new site", Files.readString(target.resolve("index.html")));
    assertEquals("deeper", Files.readString(target.resolve("a/b/index.html")));
    assertTrue(Files.isRegularFile(target.resolve(OutputFolder.MARKER)));
    assertEquals(List.of("site"), beside());
  }

  @Test
  void aLinkedFileIsStampedAsTheFileItLinksToAndAWrittenOneAsItIsOnDisk() throws IOException {
    Path kept = Files.writeString(dir.resolve("kept.html"), "a page the cache keeps");
    FileStamp keptStamp = stampOnDisk(kept, "kept-hash");
    SiteWriter writer = SiteWriter.update(source, target, Map.of(), "test");
    writer.link("a/index.html", kept, keptStamp);
    writer.write("b/index.html", "written".getBytes(StandardCharsets.UTF_8), "written-hash");
    // The stamp is the caller's, not looked up after the commit: one the file does not have
    // comes back as given (the next build would find the file unlike it and write it again).
    FileStamp stale = new FileStamp("kept-hash", keptStamp.size(), keptStamp.modified() - 1);
    writer.link("d/index.html", kept, stale);
    writer.commit();
    Map<String, FileStamp> stamps = writer.stamps();
    assertEquals(keptStamp, stamps.get("a/index.html"));
    assertEquals(stampOnDisk(target.resolve("a/index.html"), "kept-hash"), stamps.get("a/index.html"));
    assertEquals(stale, stamps.get("d/index.html"));
    assertEquals(stampOnDisk(target.resolve("b/index.html"), "written-hash"), stamps.get("b/index.html"));
    // A stamp the caller did not know (size -1) is taken from the file after the commit.
    SiteWriter again = SiteWriter.update(source, target, stamps, "test");
    again.link("c/index.html", kept, new FileStamp("kept-hash", -1, -1));
    again.commit();
    assertEquals(stampOnDisk(target.resolve("c/index.html"), "kept-hash"), again.stamps().get("c/index.html"));
  }

  private static FileStamp stampOnDisk(Path file, String content) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
    return new FileStamp(content, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  @Test
  void abortLeavesTheOldSiteAndRemovesTheNewFiles() throws IOException {
    oldSite(target);
    SiteWriter writer = SiteWriter.open(source, target);
    writer.write("index.html", "the new site");
    writer.abort();
    assertEquals("the old site", Files.readString(target.resolve("index.html")));
    assertEquals(List.of("site"), beside());
    assertThrows(IOException.class, () -> writer.write("late.html", "after the end"));
    assertEquals(List.of("site"), beside(), "a late write must not bring the folder back");
  }

  @Test
  void aFailedSecondRenameRestoresTheOldSite() throws IOException {
    oldSite(target);
    AtomicInteger moves = new AtomicInteger();
    SiteWriter writer = SiteWriter.open(source, target, (from, to) -> {
      if (moves.incrementAndGet() == 2) throw new IOException("disk gone");
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    });
    writer.write("index.html", "the new site");
    IOException e = assertThrows(IOException.class, writer::commit);
    assertEquals("disk gone", e.getMessage());
    writer.abort();
    assertEquals("the old site", Files.readString(target.resolve("index.html")));
    assertEquals(List.of("site"), beside());
  }

  @Test
  void aFirstBuildWhoseRenameFailsLeavesNoTarget() throws IOException {
    SiteWriter writer = SiteWriter.open(source, target, (from, to) -> {
      throw new IOException("read-only");
    });
    writer.write("index.html", "the new site");
    assertThrows(IOException.class, writer::commit);
    writer.abort();
    assertEquals(List.of(), beside());
  }

  @Test
  void abortWaitsForAWriteInProgressAndRefusesLaterOnes() throws Exception {
    SiteWriter writer = SiteWriter.open(source, target);
    // The page's file is a named pipe: the write blocks while the pipe is full, as a slow page
    // writer is still writing when another thread's fault starts the clean-up.
    Path staging;
    try (Stream<Path> files = Files.list(target.getParent())) {
      staging = files.filter(p -> p.getFileName().toString().startsWith(".site.new-")).findFirst().orElseThrow();
    }
    Path pipe = staging.resolve("slow.html");
    assertEquals(0, new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor());
    byte[] page = new byte[1 << 20];
    AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    Thread writing = new Thread(() -> {
      try {
        writer.write("slow.html", page);
      } catch (Throwable t) {
        writeFailure.set(t);
      }
    });
    writing.start();
    try (InputStream reader = Files.newInputStream(pipe)) {
      // Opening the reading end returns once the writer has opened the pipe: it is mid-write.
      Thread aborting = new Thread(writer::abort);
      aborting.start();
      aborting.join(300);
      assertTrue(aborting.isAlive(), "the abort waits while the page is still being written");
      assertEquals(page.length, reader.readAllBytes().length);
      writing.join(10_000);
      aborting.join(10_000);
      assertFalse(aborting.isAlive());
    }
    assertEquals(null, writeFailure.get());
    assertThrows(IOException.class, () -> writer.write("late.html", "after the end"));
    assertFalse(Files.exists(target));
    assertEquals(List.of(), beside(), "nothing is left, and nothing came back after the abort");
  }

  @Test
  void theNewFolderIsRefusedWhenTheTargetBecameForeignWhileBuilding() throws IOException {
    SiteWriter writer = SiteWriter.open(source, target);
    writer.write("index.html", "the new site");
    Files.createDirectories(target);
    Files.writeString(target.resolve("mine.txt"), "the writer's file");
    assertThrows(OutputRefused.class, writer::commit);
    writer.abort();
    assertEquals("the writer's file", Files.readString(target.resolve("mine.txt")));
    assertEquals(List.of("site"), beside());
  }

  @Test
  void openRefusesTheSources() {
    assertThrows(OutputRefused.class, () -> SiteWriter.open(source, source.resolve("content")));
    assertThrows(OutputRefused.class, () -> SiteWriter.open(source, source));
  }
}
