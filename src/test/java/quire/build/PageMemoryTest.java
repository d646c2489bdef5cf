package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.cli.CliRun;
import quire.output.OutputFolder;
import quire.testing.InlineSite;

/**
 * A page whose shortcode makes memory run out (a string doubled forty times) is a
 * {@code limit-exceeded} error at that page: the other pages still build and report their own
 * problems, the build exits 1, and the previous output stays. Never a stack trace, never exit 3.
 */
class PageMemoryTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/_index.md --
      Home.
      -- content/a.md --
      ---
      title: A
      ---
      Page A {{< huge >}}.
      -- content/b.md --
      ---
      title: B
      ---
      Page B {{< nosuch >}}.
      -- site/shortcodes/huge.ftlh --
      <#assign s = "x"><#list 1..40 as i><#assign s = s + s></#list>${s?length}
      """;

  @Test
  void buildReportsThePageAndKeepsThePreviousOutput() throws IOException {
    InlineSite.write(dir, SITE);
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "the previous site");
    Files.writeString(out.resolve(OutputFolder.MARKER), "");
    CliRun run = CliRun.of("build", "--no-cache", "--source", dir.toString(), "--out", out.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("content/a.md: error [limit-exceeded] memory ran out while building this page"),
        run.err());
    assertTrue(run.err().contains("content/b.md:4:12: error [shortcode-unknown]"), "the other pages build: " + run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    assertEquals("the previous site", Files.readString(out.resolve("index.html")));
  }

  @Test
  void checkReportsThePageAndTheOthers() {
    InlineSite.write(dir, SITE);
    CliRun run = CliRun.of("check", "--source", dir.toString());
    assertEquals(1, run.exit(), run.err() + run.out());
    String report = run.out() + run.err();
    assertTrue(report.contains("content/a.md: error [limit-exceeded] memory ran out while building this page"), report);
    assertTrue(report.contains("content/b.md:4:12: error [shortcode-unknown]"), report);
  }
}
