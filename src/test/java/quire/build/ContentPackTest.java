package quire.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache's content records in one file: stored, read back, forgotten and copied. */
class ContentPackTest {
  @TempDir Path dir;

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private List<Path> packs() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".pack")).sorted().toList();
    }
  }

  @Test
  void aRecordStoredIsReadBackByTheNextBuildAndNotStoredTwice() throws IOException {
    ContentPack pack = new ContentPack(dir, "engine");
    pack.put("a.html", bytes("<p>alpha</p>"));
    pack.put("b.search", bytes("beta"));
    pack.put("a.html", bytes("something else"));
    assertArrayEquals(bytes("<p>alpha</p>"), pack.get("a.html").orElseThrow());
    pack.save(Set.of("a.html", "b.search"));

    ContentPack next = new ContentPack(dir, "engine");
    assertArrayEquals(bytes("<p>alpha</p>"), next.get("a.html").orElseThrow());
    assertArrayEquals(bytes("beta"), next.get("b.search").orElseThrow());
    assertTrue(next.has("b.search"));
    assertEquals(Optional.empty(), next.get("c.html"));
    assertEquals(1, packs().size());
  }

  @Test
  void recordsStoredWithoutASaveAreNotFoundByTheNextBuild() throws IOException {
    ContentPack pack = new ContentPack(dir, "engine");
    pack.put("a.html", bytes("kept"));
    pack.save(Set.of("a.html"));
    ContentPack killed = new ContentPack(dir, "engine");
    killed.put("b.html", bytes("never indexed"));
    killed.close();

    ContentPack next = new ContentPack(dir, "engine");
    assertFalse(next.has("b.html"));
    assertArrayEquals(bytes("kept"), next.get("a.html").orElseThrow());
    // Stored where the unindexed record was: it reads back whole.
    next.put("c.html", bytes("over the tail"));
    assertArrayEquals(bytes("over the tail"), next.get("c.html").orElseThrow());
  }

  @Test
  void aDamagedRecordIsMissingNotWrong() throws IOException {
    ContentPack pack = new ContentPack(dir, "engine");
    pack.put("a.html", bytes("first page"));
    pack.put("b.html", bytes("second page"));
    pack.save(Set.of("a.html", "b.html"));
    Path file = packs().get(0);
    byte[] all = Files.readAllBytes(file);
    int at = new String(all, StandardCharsets.ISO_8859_1).indexOf("second");
    all[at] = 'S';
    Files.write(file, all);

    ContentPack next = new ContentPack(dir, "engine");
    assertEquals(Optional.empty(), next.get("b.html"));
    assertArrayEquals(bytes("first page"), next.get("a.html").orElseThrow());
  }

  @Test
  void aForeignOrDamagedIndexLeavesThePackEmpty() throws IOException {
    ContentPack pack = new ContentPack(dir, "engine");
    pack.put("a.html", bytes("text"));
    pack.save(Set.of("a.html"));
    assertFalse(new ContentPack(dir, "another engine").has("a.html"));

    Path index = dir.resolve("content.idx");
    byte[] all = Files.readAllBytes(index);
    all[all.length / 2] ^= 1;
    Files.write(index, all);
    ContentPack damaged = new ContentPack(dir, "engine");
    assertFalse(damaged.has("a.html"));
    damaged.put("b.html", bytes("new"));
    damaged.save(Set.of("b.html"));
    assertEquals(1, packs().size(), "the unreadable index's pack is deleted");
    assertArrayEquals(bytes("new"), new ContentPack(dir, "engine").get("b.html").orElseThrow());
  }

  @Test
  void deadRecordsAreDroppedWhenTheyOutweighTheLiveOnes() throws IOException {
    ContentPack pack = new ContentPack(dir, "engine", 100);
    for (int i = 0; i < 10; i++) pack.put("page" + i + ".html", bytes("content of page " + i + " ".repeat(50)));
    pack.save(IntStream.range(0, 10).mapToObj(i -> "page" + i + ".html").collect(java.util.stream.Collectors.toSet()));
    Path first = packs().get(0);
    long full = Files.size(first);

    // Four dead of ten: kept as they are.
    pack = new ContentPack(dir, "engine", 100);
    pack.save(IntStream.range(0, 6).mapToObj(i -> "page" + i + ".html").collect(java.util.stream.Collectors.toSet()));
    assertEquals(List.of(first), packs());
    assertEquals(full, Files.size(first));

    // Eight dead of ten: the two live ones copied into a new pack, the old one deleted.
    pack = new ContentPack(dir, "engine", 100);
    pack.save(Set.of("page0.html", "page5.html"));
    Path second = packs().get(0);
    assertEquals(1, packs().size());
    assertFalse(second.equals(first));
    assertTrue(Files.size(second) < full / 4);
    ContentPack next = new ContentPack(dir, "engine", 100);
    assertArrayEquals(bytes("content of page 5" + " ".repeat(50)), next.get("page5.html").orElseThrow());
    assertArrayEquals(bytes("content of page 0" + " ".repeat(50)), next.get("page0.html").orElseThrow());
    assertFalse(next.has("page1.html"));
  }
}
