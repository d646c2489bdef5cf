package quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import quire.cli.CliRun;
import quire.diag.Problem;

/**
 * {@code sites/invalid-check}: one planted defect per check rule, each reported at the line a
 * writer fixes. {@code expected/problems.txt} is the text report; regenerate it with
 * {@code -Dquire.regenerate=true} and read the diff before committing.
 */
class InvalidCheckSiteTest {
  static final Path SITE = Path.of("src/test/resources/sites/invalid-check");

  @Test
  void reportsEveryPlantedDefectAtItsLineAsTheExpectedTextReport() throws IOException {
    CliRun run = CliRun.of("check", "--source", SITE.toString(), "--format", "text");
    Path expected = SITE.resolve("expected/problems.txt");
    if (Boolean.getBoolean("quire.regenerate")) Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
    assertTrue(Files.exists(expected), "golden file missing: " + expected);
    assertEquals(Files.readString(expected), run.out());
  }

  @Test
  void exitsWithOneBecauseTheSiteHasErrors() {
    assertEquals(1, CliRun.of("check", "--source", SITE.toString()).exit());
  }

  @Test
  void plantsOneDefectForEveryCheckRuleOfTheDesign() {
    Set<String> found = new TreeSet<>();
    for (Problem p : problems()) found.add(p.rule().id());
    // link-external-broken has its own test against a local server.
    Set<String> expected = new TreeSet<>(List.of("partial-missing", "partial-param-count", "partial-params-required",
        "partial-params-undeclared", "partial-placeholder-undefined", "partial-param-unused", "partial-unused",
        "partial-cycle", "partial-path-escape", "shortcode-unknown", "shortcode-syntax", "frontmatter-invalid",
        "link-broken", "anchor-missing", "image-missing", "image-alt-missing", "mermaid-syntax"));
    assertEquals(expected, found);
  }

  @Test
  void reportsABrokenLinkInsideAPartialAtThePartialLineViaTheRenderCall() {
    List<String> where = problems().stream().filter(p -> p.rule().id().equals("link-broken"))
        .map(Problem::where).toList();
    assertTrue(where.contains("partials/guide/_links.md:6:34 via content/guide/partials.md:24:1"), where.toString());
  }

  @Test
  void reportsRawHtmlAtTheLineWhereItIsWritten() {
    List<String> where = problems().stream().filter(p -> p.message().contains("/guide/raw-missing/"))
        .map(Problem::where).toList();
    assertEquals(List.of("content/guide/defects.md:12:23"), where);
  }

  @Test
  void reportsRawHtmlInAPartialAtThePartialLineViaTheRenderCall() {
    List<String> where = problems().stream().filter(p -> p.message().contains("raw-gone.png"))
        .map(Problem::where).toList();
    assertEquals(List.of("partials/guide/_links.md:8:34 via content/guide/partials.md:24:1"), where);
  }

  @Test
  void writesTheReportToTheOutputFile(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path report = dir.resolve("reports/check.json");
    CliRun run = CliRun.of("check", "--source", SITE.toString(), "--format", "json", "--output", report.toString());
    assertEquals(1, run.exit());
    assertTrue(Files.readString(report).startsWith("{\"errors\":17,\"warnings\":3,\"problems\":["), Files.readString(report));
    assertTrue(run.out().contains("17 errors, 3 warnings"), run.out());
  }

  @Test
  void theCleanPagesAndPartialsRaiseNothing() {
    Set<String> clean = Set.of("content/_index.md", "content/guide/_index.md", "content/guide/clean.md",
        "partials/guide/_fine.md");
    for (Problem p : problems()) {
      assertTrue(!clean.contains(p.at().file()), "clean file has a problem: " + p.where() + " " + p.message());
    }
  }

  private static List<Problem> problems() {
    return SiteCheck.run(new SiteCheck.Options(SITE, false, Optional.empty(),
        ExternalLinkCheck.Settings.DEFAULTS)).problems();
  }
}
