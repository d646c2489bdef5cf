package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.cli.CliRun;
import quire.output.OutputFolder;
import quire.testing.InlineSite;

/**
 * A page that makes memory run out is a {@code limit-exceeded} error: at the shortcode's template
 * when a template built the huge text (a padding two billion wide, which the JVM refuses at once), else at the page. The other
 * pages still build and report their own problems, the build exits 1, and the previous output
 * stays. Never a stack trace, never exit 3.
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
      ${""?left_pad(2147483647)}
      """;

  private static final String AT_THE_TEMPLATE = "site/shortcodes/huge.ftlh: error [limit-exceeded] shortcode \"huge\" "
      + "failed: memory ran out while running the template (OutOfMemoryError: ";

  @Test
  void buildReportsTheTemplateAndKeepsThePreviousOutput() throws IOException {
    InlineSite.write(dir, SITE);
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("index.html"), "the previous site");
    Files.writeString(out.resolve(OutputFolder.MARKER), "");
    CliRun run = CliRun.of("build", "--no-cache", "--source", dir.toString(), "--out", out.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains(AT_THE_TEMPLATE), run.err());
    assertTrue(run.err().contains("  via content/a.md:4:8"), run.err());
    assertTrue(run.err().contains("content/b.md:4:12: error [shortcode-unknown]"), "the other pages build: " + run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(run.err().contains("internal error"), run.err());
    assertEquals("the previous site", Files.readString(out.resolve("index.html")));
  }

  @Test
  void checkReportsTheTemplateAndTheOtherPages() {
    InlineSite.write(dir, SITE);
    CliRun run = CliRun.of("check", "--source", dir.toString());
    assertEquals(1, run.exit(), run.err() + run.out());
    String report = run.out() + run.err();
    assertTrue(report.contains(AT_THE_TEMPLATE), report);
    assertTrue(report.contains("content/b.md:4:12: error [shortcode-unknown]"), report);
  }

  @Test
  void memoryRunningOutElsewhereInAPageIsAProblemAtThePage() {
    InlineSite.write(dir, SITE.replace("{{< huge >}}", ""));
    // Memory runs out once, after page A is laid out: no template to name, so the page is named.
    AtomicBoolean ranOut = new AtomicBoolean();
    PageObserver observer = (page, html) -> {
      if (page.path().equals("content/a.md") && ranOut.compareAndSet(false, true)) {
        throw new OutOfMemoryError("Java heap space");
      }
    };
    BuildResult result = SiteBuilder.build(new BuildOptions(dir, Optional.of(dir.resolve("out")), Optional.empty(), false),
        observer);
    List<String> problems = InlineSite.problems(result);
    assertEquals(2, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("limit-exceeded content/a.md: memory ran out while building this page "
        + "(OutOfMemoryError: Java heap space)"), problems.toString());
    assertTrue(problems.get(1).startsWith("shortcode-unknown content/b.md:4:12"), problems.toString());
    assertFalse(result.written());
  }
}
