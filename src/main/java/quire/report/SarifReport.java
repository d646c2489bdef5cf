package quire.report;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Rule;

/**
 * SARIF 2.1.0, for GitHub code scanning: one run by the tool {@code quire} with every rule it
 * knows, one result per problem, located at the file (relative to the site root, which is
 * {@code %SRCROOT%}) and line to fix, with the render chain as related locations. Stateless.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private SarifReport() {}

  public static void write(List<Problem> problems, String version, PrintWriter out) {
    StringBuilder json = new StringBuilder();
    json.append("{\n\"$schema\":").append(Json.quote(SCHEMA)).append(",\n\"version\":\"2.1.0\",\n\"runs\":[{\n");
    json.append("\"tool\":{\"driver\":{\"name\":\"quire\",\"version\":").append(Json.quote(version))
        .append(",\"rules\":[");
    Rule[] rules = Rule.values();
    for (int i = 0; i < rules.length; i++) {
      Rule r = rules[i];
      if (i > 0) json.append(',');
      json.append("\n  {\"id\":").append(Json.quote(r.id()))
          .append(",\"shortDescription\":{\"text\":").append(Json.quote(RuleText.of(r))).append('}')
          .append(",\"defaultConfiguration\":{\"level\":").append(Json.quote(level(r.severity()))).append("}}");
    }
    json.append("]}},\n\"columnKind\":\"utf16CodeUnits\",\n\"results\":[");
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (i > 0) json.append(',');
      json.append("\n  {\"ruleId\":").append(Json.quote(p.rule().id()))
          .append(",\"ruleIndex\":").append(p.rule().ordinal())
          .append(",\"level\":").append(Json.quote(level(p.severity())))
          .append(",\"message\":{\"text\":").append(Json.quote(p.message())).append('}')
          .append(",\"locations\":[{\"physicalLocation\":").append(physical(p.at())).append("}]");
      if (!p.via().isEmpty()) {
        json.append(",\"relatedLocations\":[");
        for (int v = 0; v < p.via().size(); v++) {
          if (v > 0) json.append(',');
          json.append("{\"id\":").append(v + 1).append(",\"physicalLocation\":").append(physical(p.via().get(v)))
              .append(",\"message\":{\"text\":\"rendered from here\"}}");
        }
        json.append(']');
      }
      json.append('}');
    }
    json.append(problems.isEmpty() ? "]\n}]\n}" : "\n]\n}]\n}");
    out.println(json);
    out.flush();
  }

  private static String level(quire.diag.Severity severity) {
    return severity == quire.diag.Severity.ERROR ? "error" : "warning";
  }

  private static String physical(Position at) {
    StringBuilder json = new StringBuilder("{\"artifactLocation\":{\"uri\":").append(Json.quote(uri(at.file())))
        .append(",\"uriBaseId\":\"%SRCROOT%\"}");
    if (at.line() > 0) {
      json.append(",\"region\":{\"startLine\":").append(at.line());
      if (at.column() > 0) json.append(",\"startColumn\":").append(at.column());
      json.append('}');
    }
    return json.append('}').toString();
  }

  /** A relative path as a URI reference: each segment percent-encoded where URIs need it. */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0;
      if (plain) out.append((char) c);
      else out.append('%').append(String.format("%02X", c));
    }
    return out.toString();
  }
}
