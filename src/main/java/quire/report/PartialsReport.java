package quire.report;

import java.io.PrintWriter;
import java.util.List;
import quire.diag.Position;
import quire.partial.PartialUse;

/** The listing of {@code quire partials}: each partial, its parameters, every line that renders it. */
public final class PartialsReport {
  private PartialsReport() {}

  public static void text(List<PartialUse> partials, PrintWriter out) {
    for (PartialUse p : partials) {
      out.println(p.path());
      out.println("  parameters: " + (p.parameters().isEmpty() ? "(none)" : String.join(", ", p.parameters())));
      if (p.unused()) {
        out.println("  rendered by: no page");
      } else {
        out.println("  rendered by " + p.calls().size() + " call" + (p.calls().size() == 1 ? "" : "s") + ":");
        for (Position call : p.calls()) out.println("    " + call);
      }
    }
    out.flush();
  }

  public static void json(List<PartialUse> partials, PrintWriter out) {
    JsonWriter json = new JsonWriter().beginObject().name("partials").beginArray();
    for (PartialUse p : partials) {
      json.space("\n  ").beginObject().member("file", p.path()).name("parameters").beginArray();
      for (String parameter : p.parameters()) json.value(parameter);
      json.endArray().name("calls").beginArray();
      for (Position call : p.calls()) {
        json.beginObject().member("file", call.file()).member("line", call.line()).member("column", call.column()).endObject();
      }
      json.endArray().endObject();
    }
    if (!partials.isEmpty()) json.space("\n");
    out.println(json.endArray().endObject().text());
    out.flush();
  }
}
