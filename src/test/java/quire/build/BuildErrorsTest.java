package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.cli.Main;
import quire.output.OutputFolder;
import quire.report.SourceLines;
import quire.report.TextReport;

/**
 * A site with one defect of each kind the build finds (sites/invalid-input): every problem is
 * reported in one run at the file:line:col to fix, the build exits 1, and the previous output
 * stays. {@code expected/problems.txt} is the text report; regenerate it with
 * {@code -Dquire.regenerate=true} and read the diff before committing.
 */
class BuildErrorsTest {
  private static final Path SITE = Path.of("src/test/resources/sites/invalid-input");
  @TempDir Path out;

  @Test
  void everyProblemOfTheSiteIsReportedInOneRunAtItsPlace() throws IOException {
    BuildResult result = SiteBuilder.build(BuildOptions.of(SITE, out.resolve("site")));
    StringWriter text = new StringWriter();
    new TextReport(new SourceLines(SITE), false).write(result.problems(), new PrintWriter(text, true));
    Path expected = SITE.resolve("expected/problems.txt");
    if (Boolean.getBoolean("quire.regenerate")) Files.writeString(expected, text.toString());
    assertEquals(Files.readString(expected), text.toString());
  }

  @Test
  void aFailedBuildExitsOneAndLeavesThePreviousOutputInPlace() throws IOException {
    Path target = out.resolve("site");
    Files.createDirectories(target);
    Files.writeString(target.resolve("index.html"), "the previous site");
    Files.writeString(target.resolve(OutputFolder.MARKER), "");
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"build", "--source", SITE.toString(), "--out", target.toString()},
        new PrintWriter(stdout), new PrintWriter(stderr));
    assertEquals(1, code);
    assertEquals("the previous site", Files.readString(target.resolve("index.html")));
    try (var files = Files.list(out)) {
      assertEquals(1, files.count(), "no staging folder is left beside the output");
    }
    assertTrue(stderr.toString().contains("content/es/partials.md:4:17: error [partial-missing]"), stderr.toString());
    assertTrue(stderr.toString().contains("Build failed: "), stderr.toString());
  }

  @Test
  void aCleanBuildReplacesThePreviousOutput() throws IOException {
    Path target = out.resolve("site");
    Files.createDirectories(target.resolve("old"));
    Files.writeString(target.resolve("old/stale.html"), "stale");
    Files.writeString(target.resolve(OutputFolder.MARKER), "");
    int code = Main.run(new String[] {"build", "--source", "src/test/resources/sites/docs", "--out", target.toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    assertTrue(Files.isRegularFile(target.resolve("guide/first/index.html")));
    assertTrue(Files.notExists(target.resolve("old/stale.html")));
  }

  @Test
  void badUsageExitsTwo() {
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"build", "--no-such-flag"}, new PrintWriter(new StringWriter()), new PrintWriter(stderr));
    assertEquals(2, code);
    assertTrue(stderr.toString().contains("--no-such-flag"), stderr.toString());
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsAProblemNotACrash() throws IOException {
    Path blocker = out.resolve("a-file");
    Files.writeString(blocker, "not a folder");
    StringWriter stderr = new StringWriter();
    int code = Main.run(new String[] {"build", "--source", "src/test/resources/sites/docs", "--out", blocker.resolve("site").toString()},
        new PrintWriter(new StringWriter()), new PrintWriter(stderr));
    assertEquals(1, code);
    assertTrue(stderr.toString().contains("error [output-failed] cannot create a folder beside the output"), stderr.toString());
  }
}
