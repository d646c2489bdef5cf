package quire.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import quire.testing.ReportSchemas;

class JsonReportTest {
  @SuppressWarnings("unchecked")
  @Test
  void parsesBackToTheDesignSchemaWithEveryCharacterIntact() {
    StringWriter text = new StringWriter();
    JsonReport.write(SampleProblems.three(), new PrintWriter(text));
    Map<String, Object> json = (Map<String, Object>) ReportSchemas.parseJson(text.toString());
    assertEquals(List.of("errors", "warnings", "problems"), List.copyOf(json.keySet()));
    assertEquals(2L, json.get("errors"));
    assertEquals(1L, json.get("warnings"));
    List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("problems");
    assertEquals(3, problems.size());
    Map<String, Object> first = problems.get(0);
    assertEquals(List.of("severity", "rule", "file", "line", "column", "message", "via"), List.copyOf(first.keySet()));
    assertEquals("error", first.get("severity"));
    assertEquals("link-broken", first.get("rule"));
    assertEquals("content/a b/ünï.md", first.get("file"));
    assertEquals(3L, first.get("line"));
    assertEquals(7L, first.get("column"));
    assertEquals(SampleProblems.three().get(0).message(), first.get("message"));
    assertEquals(List.of(Map.of("file", "content/a.md", "line", 12L), Map.of("file", "partials/p/_y.md", "line", 2L)),
        problems.get(1).get("via"));
    assertEquals("warning", problems.get(2).get("severity"));
  }

  @Test
  void anEmptyReportIsStillTheSchema() {
    StringWriter text = new StringWriter();
    JsonReport.write(List.of(), new PrintWriter(text));
    assertEquals(Map.of("errors", 0L, "warnings", 0L, "problems", List.of()), ReportSchemas.parseJson(text.toString()));
  }
}
