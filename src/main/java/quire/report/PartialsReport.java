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
    StringBuilder json = new StringBuilder("{\"partials\":[");
    for (int i = 0; i < partials.size(); i++) {
      PartialUse p = partials.get(i);
      if (i > 0) json.append(',');
      json.append("\n  {\"file\":").append(Json.quote(p.path())).append(",\"parameters\":[");
      for (int k = 0; k < p.parameters().size(); k++) {
        if (k > 0) json.append(',');
        json.append(Json.quote(p.parameters().get(k)));
      }
      json.append("],\"calls\":[");
      for (int k = 0; k < p.calls().size(); k++) {
        Position c = p.calls().get(k);
        if (k > 0) json.append(',');
        json.append("{\"file\":").append(Json.quote(c.file())).append(",\"line\":").append(c.line())
            .append(",\"column\":").append(c.column()).append('}');
      }
      json.append("]}");
    }
    json.append(partials.isEmpty() ? "]}" : "\n]}");
    out.println(json);
    out.flush();
  }
}
