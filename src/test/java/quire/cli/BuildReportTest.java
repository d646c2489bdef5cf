package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * {@code quire build --format}: the problems in the report {@code quire check --format} writes, on
 * the standard output, so CI can build and annotate in one run; what a reader is told goes to the
 * standard error.
 */
class BuildReportTest {
  @TempDir Path root;

  @Test
  void aBuildWritesTheReportACheckWrites() throws IOException {
    Path site = copyOf(Path.of("src/test/resources/sites/invalid-check"));
    for (String format : new String[] {"json", "github", "junit", "sarif"}) {
      CliRun check = CliRun.of("check", "--source", site.toString(), "--format", format, "--no-cache");
      CliRun build = CliRun.of("build", "--source", site.toString(), "--out", root.resolve("out-" + format).toString(),
          "--format", format, "--no-cache");
      assertEquals(1, build.exit(), format + ": " + build.err());
      assertEquals(check.out(), build.out(), format);
      assertTrue(build.err().contains("Build failed:"), build.err());
    }
    assertTrue(CliRun.of("build", "--source", site.toString(), "--out", root.resolve("out").toString(), "--format", "github")
        .out().contains("::error file="));
  }

  @Test
  void aCleanBuildTellsItsSummaryOnTheStandardError() throws IOException {
    Path site = root.resolve("clean");
    InlineSite.write(site, """
        -- content/_index.md --
        ---
        title: Home
        ---
        See [the page](page.md).
        -- content/page.md --
        ---
        title: Page
        ---
        Text.
        """);
    CliRun json = CliRun.of("build", "--source", site.toString(), "--format", "json");
    assertEquals(0, json.exit(), json.err());
    assertTrue(json.out().startsWith("{\"errors\":0,\"warnings\":0"), json.out());
    assertTrue(json.err().contains("Built 2 pages"), json.err());
    CliRun text = CliRun.of("build", "--source", site.toString());
    assertTrue(text.out().contains("Built 2 pages"), text.out());
    assertFalse(text.out().contains("errors"), text.out());
  }

  private Path copyOf(Path from) throws IOException {
    Path to = root.resolve("site");
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
    return to;
  }
}
