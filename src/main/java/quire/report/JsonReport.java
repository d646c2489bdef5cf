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
    JsonWriter json = new JsonWriter().beginObject()
        .member("errors", errors)
        .member("warnings", problems.size() - errors)
        .name("problems").beginArray();
    for (Problem p : problems) {
      json.space("\n  ").beginObject()
          .member("severity", p.severity().id())
          .member("rule", p.rule().id())
          .member("file", p.at().shownFile())
          .member("line", p.at().line())
          .member("column", p.at().column())
          .member("message", p.message())
          .name("via").beginArray();
      for (Position via : p.via()) json.beginObject().member("file", via.shownFile()).member("line", via.line()).endObject();
      json.endArray().endObject();
    }
    if (!problems.isEmpty()) json.space("\n");
    out.println(json.endArray().endObject().text());
    out.flush();
  }
}
