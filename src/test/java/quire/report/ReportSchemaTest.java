package quire.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quire.cli.CliRun;
import quire.testing.ReportSchemas;

/** Every machine-readable report is valid against its published schema, as its consumer reads it. */
class ReportSchemaTest {
  private static final String INVALID_SITE = "src/test/resources/sites/invalid-check";

  @Test
  void sarifOfTheSampleProblemsIsValidSarif210() {
    StringWriter text = new StringWriter();
    SarifReport.write(SampleProblems.three(), "0.1.0", new PrintWriter(text));
    assertEquals(List.of(), ReportSchemas.sarifErrors(text.toString()));
  }

  @Test
  void sarifWithNoProblemsIsValidSarif210() {
    StringWriter text = new StringWriter();
    SarifReport.write(List.of(), "0.1.0", new PrintWriter(text));
    assertEquals(List.of(), ReportSchemas.sarifErrors(text.toString()));
  }

  @Test
  void sarifOfAWholeBrokenSiteIsValidSarif210() {
    CliRun run = CliRun.of("check", "--source", INVALID_SITE, "--format", "sarif");
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("\"relatedLocations\""), "the fixture has problems inside partials");
    assertEquals(List.of(), ReportSchemas.sarifErrors(run.out()));
  }

  @Test
  void theSarifSchemaRejectsWhatItShould() {
    StringWriter text = new StringWriter();
    SarifReport.write(SampleProblems.three(), "0.1.0", new PrintWriter(text));
    String wrong = text.toString().replaceFirst("\"level\":\"error\"", "\"level\":\"fatal\"");
    assertFalse(ReportSchemas.sarifErrors(wrong).isEmpty(), "a level SARIF does not know");
  }

  @Test
  void junitOfTheSampleProblemsIsValidJunitXml() {
    StringWriter text = new StringWriter();
    JunitReport.write(SampleProblems.three(), List.of("content/a.md", "content/clean.md"), new PrintWriter(text));
    assertEquals(List.of(), ReportSchemas.junitErrors(text.toString()));
  }

  @Test
  void junitOfAWholeBrokenSiteIsValidJunitXml() {
    CliRun run = CliRun.of("check", "--source", INVALID_SITE, "--format", "junit");
    assertEquals(1, run.exit(), run.err());
    assertEquals(List.of(), ReportSchemas.junitErrors(run.out()));
  }

  @Test
  void theJunitSchemaRejectsWhatItShould() {
    assertFalse(ReportSchemas.junitErrors("<testsuites><testsuite name=\"x\"/></testsuites>").isEmpty(),
        "a testsuite without tests=");
  }

  @SuppressWarnings("unchecked")
  @Test
  void jsonOfAWholeBrokenSiteParsesStrictly() {
    CliRun run = CliRun.of("check", "--source", INVALID_SITE, "--format", "json");
    Map<String, Object> json = (Map<String, Object>) ReportSchemas.parseJson(run.out());
    List<Object> problems = (List<Object>) json.get("problems");
    assertEquals((long) problems.size(), (Long) json.get("errors") + (Long) json.get("warnings"));
  }

  @SuppressWarnings("unchecked")
  @Test
  void thePartialsListingAsJsonNamesEachPartialWithItsCalls() {
    CliRun run = CliRun.of("partials", "--source", INVALID_SITE, "--format", "json");
    assertEquals(0, run.exit(), run.err());
    List<Map<String, Object>> partials = (List<Map<String, Object>>) ((Map<String, Object>) ReportSchemas.parseJson(run.out())).get("partials");
    Map<String, Object> steps = partials.stream().filter(p -> p.get("file").equals("partials/guide/_steps.md")).findFirst().orElseThrow();
    assertEquals(List.of("first", "second"), steps.get("parameters"));
    Map<String, Object> call = ((List<Map<String, Object>>) steps.get("calls")).get(0);
    assertEquals(List.of("file", "line", "column"), List.copyOf(call.keySet()));
    assertEquals("content/guide/partials.md", call.get("file"));
  }
}
