package quire.report;

import java.io.PrintWriter;
import java.util.List;
import quire.diag.Position;
import quire.diag.Problem;

/**
 * The report for programs:
 * {@code {"errors":N,"warnings":N,"problems":[{"severity","rule","file","line","column","message","via":[{"file","line"}]}]}},
 * paths relative to the site root, {@code via} from the page down. Stateless.
 */
public final class JsonReport {
  private JsonReport() {}

  public static void write(List<Problem> problems, PrintWriter out) {
    long errors = problems.stream().filter(Problem::isError).count();
    StringBuilder json = new StringBuilder();
    json.append("{\"errors\":").append(errors).append(",\"warnings\":").append(problems.size() - errors)
        .append(",\"problems\":[");
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      if (i > 0) json.append(',');
      json.append("\n  {\"severity\":").append(Json.quote(p.severity().id()))
          .append(",\"rule\":").append(Json.quote(p.rule().id()))
          .append(",\"file\":").append(Json.quote(p.at().file()))
          .append(",\"line\":").append(p.at().line())
          .append(",\"column\":").append(p.at().column())
          .append(",\"message\":").append(Json.quote(p.message()))
          .append(",\"via\":[");
      for (int v = 0; v < p.via().size(); v++) {
        Position via = p.via().get(v);
        if (v > 0) json.append(',');
        json.append("{\"file\":").append(Json.quote(via.file())).append(",\"line\":").append(via.line()).append('}');
      }
      json.append("]}");
    }
    json.append(problems.isEmpty() ? "]}" : "\n]}");
    out.println(json);
    out.flush();
  }
}
