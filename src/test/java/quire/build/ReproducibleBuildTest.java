package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same sources are the same bytes, file for file, whatever the number of
 * threads, the default locale (Turkish, whose lower-case I has no dot) and the time zone.
 * .ci/run also builds a fresh clone in another process, with other LANG, TZ and processor count,
 * and compares it with diff.
 */
class ReproducibleBuildTest {
  @TempDir Path dir;

  @Test
  void twoBuildsAreByteIdenticalWhateverTheThreadsLocaleAndTimeZone() throws Exception {
    Map<String, byte[]> first = build(dir.resolve("one"), 1, Locale.ROOT, "UTC");
    Map<String, byte[]> second = build(dir.resolve("two"), 3, Locale.forLanguageTag("tr-TR"), "Pacific/Kiritimati");
    assertEquals(first.keySet(), second.keySet());
    List<String> differ = new ArrayList<>();
    first.forEach((path, bytes) -> {
      if (!Arrays.equals(bytes, second.get(path))) differ.add(path);
    });
    assertEquals(List.of(), differ);
    assertTrue(first.keySet().stream().anyMatch(p -> p.startsWith("search/")) && first.containsKey("sitemap.xml"),
        "the comparison covers the search index and the sitemap");
  }

  private static Map<String, byte[]> build(Path out, int threads, Locale locale, String zone) throws Exception {
    Locale locale0 = Locale.getDefault();
    TimeZone zone0 = TimeZone.getDefault();
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      // A parallel stream started inside a pool's task runs on that pool's threads.
      BuildResult result = pool.submit(() -> SiteBuilder.build(new BuildOptions(Path.of(""), Optional.of(out),
          Optional.of("https://example.com/docs/"), false))).get();
      assertEquals(List.of(), result.problems());
    } finally {
      Locale.setDefault(locale0);
      TimeZone.setDefault(zone0);
      pool.shutdown();
    }
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(out)) {
      for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        files.put(out.relativize(f).toString(), read(f));
      }
    }
    return files;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
