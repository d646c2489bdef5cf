package quire.report;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Rule;
import quire.diag.Severity;

/**
 * SARIF 2.1.0, for GitHub code scanning: one run by the tool {@code quire} with every rule it
 * knows, one result per problem, located at the file (relative to the site root, which is
 * {@code %SRCROOT%}) and line to fix, with the render chain as related locations. A place in
 * quire's built-in theme is no file of the site: its artifact location is relative to
 * {@link #THEME_BASE}, a base the run describes as the theme inside quire, and gives no URI for
 * (SARIF 2.1.0 §3.14.14), so no tool takes it for a site file. A problem with no known place
 * has no location. Stateless.
 */
public final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The URI base of the built-in theme's files. */
  static final String THEME_BASE = "QUIRE_THEME";

  private SarifReport() {}

  public static void write(List<Problem> problems, String version, PrintWriter out) {
    JsonWriter json = new JsonWriter().beginObject()
        .space("\n").member("$schema", SCHEMA)
        .space("\n").member("version", "2.1.0")
        .space("\n").name("runs").beginArray().beginObject()
        .space("\n").name("tool").beginObject().name("driver").beginObject()
        .member("name", "quire")
        .member("version", version)
        .name("rules").beginArray();
    for (Rule r : Rule.values()) {
      json.space("\n  ").beginObject()
          .member("id", r.id())
          .name("shortDescription").beginObject().member("text", RuleText.of(r)).endObject()
          .name("defaultConfiguration").beginObject().member("level", level(r.severity())).endObject()
          .endObject();
    }
    json.endArray().endObject().endObject()
        .space("\n").member("columnKind", "utf16CodeUnits");
    if (problems.stream().anyMatch(p -> p.at().inTheme() || p.via().stream().anyMatch(Position::inTheme))) {
      json.space("\n").name("originalUriBaseIds").beginObject().name(THEME_BASE).beginObject()
          .name("description").beginObject()
          .member("text", "quire's built-in theme (quire/theme/ inside quire's jar), not a file of the site")
          .endObject().endObject().endObject();
    }
    json
        .space("\n").name("results").beginArray();
    for (Problem p : problems) {
      json.space("\n  ").beginObject()
          .member("ruleId", p.rule().id())
          .member("ruleIndex", p.rule().ordinal())
          .member("level", level(p.severity()))
          .name("message").beginObject().member("text", p.message()).endObject();
      if (p.at().known()) {
        json.name("locations").beginArray().beginObject().name("physicalLocation");
        physical(p.at(), json);
        json.endObject().endArray();
      }
      if (!p.via().isEmpty()) {
        json.name("relatedLocations").beginArray();
        for (int v = 0; v < p.via().size(); v++) {
          json.beginObject().member("id", v + 1).name("physicalLocation");
          physical(p.via().get(v), json);
          json.name("message").beginObject().member("text", "rendered from here").endObject().endObject();
        }
        json.endArray();
      }
      json.endObject();
    }
    if (!problems.isEmpty()) json.space("\n");
    json.endArray().space("\n").endObject().endArray().space("\n").endObject();
    out.println(json.text());
    out.flush();
  }

  private static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  private static void physical(Position at, JsonWriter json) {
    json.beginObject().name("artifactLocation").beginObject()
        .member("uri", uri(at.file()))
        .member("uriBaseId", at.inTheme() ? THEME_BASE : "%SRCROOT%")
        .endObject();
    if (at.line() > 0) {
      json.name("region").beginObject().member("startLine", at.line());
      if (at.column() > 0) json.member("startColumn", at.column());
      json.endObject();
    }
    json.endObject();
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
