package quire.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import quire.testing.ReportSchemas;

class SarifReportTest {
  @SuppressWarnings("unchecked")
  @Test
  void hasTheRequiredFieldsAndOneResultPerProblem() {
    StringWriter text = new StringWriter();
    SarifReport.write(SampleProblems.three(), "0.1.0", new PrintWriter(text));
    Map<String, Object> sarif = (Map<String, Object>) ReportSchemas.parseJson(text.toString());
    assertEquals("2.1.0", sarif.get("version"));
    assertEquals("https://json.schemastore.org/sarif-2.1.0.json", sarif.get("$schema"));
    Map<String, Object> run = ((List<Map<String, Object>>) sarif.get("runs")).get(0);
    Map<String, Object> driver = (Map<String, Object>) ((Map<String, Object>) run.get("tool")).get("driver");
    assertEquals("quire", driver.get("name"));
    Set<String> ruleIds = new HashSet<>();
    for (Map<String, Object> rule : (List<Map<String, Object>>) driver.get("rules")) {
      ruleIds.add((String) rule.get("id"));
      assertTrue(!((String) ((Map<String, Object>) rule.get("shortDescription")).get("text")).isBlank());
    }
    List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
    assertEquals(3, results.size());
    for (Map<String, Object> r : results) {
      assertTrue(ruleIds.contains(r.get("ruleId")));
      assertTrue(List.of("error", "warning").contains(r.get("level")));
      assertTrue(((Map<String, Object>) r.get("message")).containsKey("text"));
    }
    Map<String, Object> second = results.get(1);
    Map<String, Object> location = (Map<String, Object>) ((List<Map<String, Object>>) second.get("locations")).get(0)
        .get("physicalLocation");
    assertEquals("partials/p/_x.md", ((Map<String, Object>) location.get("artifactLocation")).get("uri"));
    assertEquals(Map.of("startLine", 4L, "startColumn", 9L), location.get("region"));
    List<Map<String, Object>> related = (List<Map<String, Object>>) second.get("relatedLocations");
    assertEquals(2, related.size());
    Map<String, Object> via = (Map<String, Object>) related.get(0).get("physicalLocation");
    assertEquals("content/a.md", ((Map<String, Object>) via.get("artifactLocation")).get("uri"));
    Map<String, Object> first = (Map<String, Object>) ((List<Map<String, Object>>) results.get(0).get("locations")).get(0)
        .get("physicalLocation");
    assertEquals("content/a%20b/%C3%BCn%C3%AF.md", ((Map<String, Object>) first.get("artifactLocation")).get("uri"));
  }
  @SuppressWarnings("unchecked")
  @Test
  void aPlaceInTheBuiltInThemeIsRelativeToTheThemeBaseNotTheSite() {
    List<quire.diag.Problem> problems = List.of(
        quire.diag.Problem.of(quire.diag.Rule.TEMPLATE_ERROR, quire.diag.Position.inTheme("templates/page.ftlh", 3, 4), "broken"),
        quire.diag.Problem.of(quire.diag.Rule.LINK_BROKEN, quire.diag.Position.UNKNOWN, "nowhere"));
    StringWriter text = new StringWriter();
    SarifReport.write(problems, "0.1.0", new PrintWriter(text));
    assertEquals(List.of(), ReportSchemas.sarifErrors(text.toString()));
    Map<String, Object> run = ((List<Map<String, Object>>) ((Map<String, Object>) ReportSchemas.parseJson(text.toString()))
        .get("runs")).get(0);
    Map<String, Object> bases = (Map<String, Object>) run.get("originalUriBaseIds");
    assertTrue(bases.containsKey("QUIRE_THEME"), "the run says what the theme base is");
    assertFalse(((Map<String, Object>) bases.get("QUIRE_THEME")).containsKey("uri"), "and gives it no file URI");
    List<Map<String, Object>> results = (List<Map<String, Object>>) run.get("results");
    Map<String, Object> artifact = (Map<String, Object>) ((Map<String, Object>) ((List<Map<String, Object>>) results.get(0)
        .get("locations")).get(0).get("physicalLocation")).get("artifactLocation");
    assertEquals(Map.of("uri", "templates/page.ftlh", "uriBaseId", "QUIRE_THEME"), artifact);
    assertFalse(results.get(1).containsKey("locations"), "a problem with no place has no location");
  }
}
