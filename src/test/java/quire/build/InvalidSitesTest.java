package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import quire.cli.Main;

/**
 * The adversarial sites (sites/invalid-*): each defect is an error at the place to fix it, in the
 * exact words of {@code expected/problems.txt} (the build's standard error without its last
 * line; regenerate with {@code -Dquire.regenerate=true} and read the diff), the build exits 1
 * without a stack trace, writes no output, and changes nothing outside its output folder.
 */
class InvalidSitesTest {
  private static final Path SITES = Path.of("src/test/resources/sites");
  @TempDir Path work;

  @ParameterizedTest
  @ValueSource(strings = {"invalid-pairing", "invalid-nesting", "invalid-fanout", "invalid-mermaid-limits",
      "invalid-params"})
  void everyDefectIsReportedAtItsPlaceAndNothingElseChanges(String name) throws IOException {
    Path site = copy(SITES.resolve(name), work.resolve(name));
    Map<String, String> before = snapshot(work);
    Path out = work.resolve("out");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"build", "--no-cache", "--source", site.toString(), "--out", out.toString()},
        new PrintWriter(stdout, true), new PrintWriter(stderr, true));
    String report = stderr.toString();
    assertFalse(report.contains("\tat ") || report.contains("Exception"), report);
    assertEquals(1, code, report);
    assertTrue(Files.notExists(out), "a failed build writes no output");
    assertEquals(before, snapshot(work), "nothing outside the output folder changed");
    String problems = report.substring(0, report.lastIndexOf("Build failed: "));
    Path expected = SITES.resolve(name).resolve("expected/problems.txt");
    if (Boolean.getBoolean("quire.regenerate")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, problems);
    }
    assertEquals(Files.readString(expected), problems);
  }

  @Test
  void aFiftyMegabytePageIsRefusedWithoutReadingIt() throws IOException {
    Path site = work.resolve("site");
    Files.createDirectories(site.resolve("content/big"));
    Files.writeString(site.resolve("content/_index.md"), "Home.\n");
    byte[] line = "word word word word word word word word word word word word word word word\n"
        .getBytes(StandardCharsets.UTF_8);
    try (var file = Files.newOutputStream(site.resolve("content/big/huge.md"))) {
      for (long written = 0; written < 50L * 1024 * 1024; written += line.length) file.write(line);
    }
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"build", "--no-cache", "--source", site.toString(), "--out", work.resolve("out").toString()},
        new PrintWriter(new StringWriter(), true), new PrintWriter(stderr, true));
    assertEquals(1, code, stderr.toString());
    assertTrue(stderr.toString().startsWith("content/big/huge.md: error [limit-exceeded] the file is 52,428,"),
        stderr.toString());
  }

  private static Path copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) Files.createDirectories(target);
        else Files.copy(file, target);
      }
    }
    return to;
  }

  /** Every file under {@code root} (but the output folder) with a hash of its bytes. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(p -> !p.startsWith(root.resolve("out"))).forEach(p -> {
        String rel = root.relativize(p).toString();
        files.put(rel, Files.isDirectory(p) ? "folder" : hash(p));
      });
    }
    return files;
  }

  private static String hash(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
