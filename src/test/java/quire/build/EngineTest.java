package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * quire's identity in a cache on disk is what its jar holds: the same code packed again (as CI
 * packs it on every run, at another time) is the same quire; other code is another.
 */
class EngineTest {
  @TempDir Path dir;

  private Path jar(String name, long packedAt, Map<String, String> entries) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        JarEntry entry = new JarEntry(e.getKey());
        entry.setTime(packedAt);
        out.putNextEntry(entry);
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
    }
    return jar;
  }

  @Test
  void theSameEntriesPackedAtAnotherTimeAreTheSameQuireAndAnotherEntryIsAnother() throws IOException {
    Path one = jar("one.jar", 1_000_000_000_000L, Map.of("quire/A.class", "code of A"));
    Path again = jar("again.jar", 1_700_000_000_000L, Map.of("quire/A.class", "code of A"));
    Path other = jar("other.jar", 1_000_000_000_000L, Map.of("quire/A.class", "code of B"));
    Path renamed = jar("renamed.jar", 1_000_000_000_000L, Map.of("quire/B.class", "code of A"));
    assertEquals(Engine.contents(one), Engine.contents(again));
    assertNotEquals(Engine.contents(one), Engine.contents(other));
    assertNotEquals(Engine.contents(one), Engine.contents(renamed));
  }

  @Test
  void theCacheFolderRemembersTheIdentityByTheJarsStampAndWorksItOutAgainForAnotherJar() throws IOException {
    Path cache = dir.resolve("target/quire-cache");
    Path first = jar("quire.jar", 1_000_000_000_000L, Map.of("quire/A.class", "code of A"));
    String id = Engine.remembered(cache, first, "stamp 1");
    assertEquals(id, Engine.remembered(cache, first, "stamp 1"));
    // What the folder remembers for a stamp is used without reading the jar again...
    Files.writeString(cache.resolve(Engine.FILE), "stamp 1\nremembered\n");
    assertEquals("remembered", Engine.remembered(cache, first, "stamp 1"));
    // ...and another stamp (the jar built again) reads the jar: the same code, the same quire.
    Path rebuilt = jar("quire.jar", 1_700_000_000_000L, Map.of("quire/A.class", "code of A"));
    assertEquals(id, Engine.remembered(cache, rebuilt, "stamp 2"));
    assertEquals("stamp 2\n" + id + "\n", Files.readString(cache.resolve(Engine.FILE)));
    Path changed = jar("quire.jar", 1_700_000_000_000L, Map.of("quire/A.class", "code of C"));
    assertNotEquals(id, Engine.remembered(cache, changed, "stamp 3"));
  }
}
