package quire.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import quire.diag.Markup;
import quire.diag.Position;
import quire.diag.Problem;

/**
 * JUnit XML, which CI systems show as test results: one {@code <testcase>} per file of the site
 * (pages and partials, plus any other file a problem names), one {@code <failure>} per problem
 * in it, warnings included (typed {@code warning}). Stateless.
 */
public final class JunitReport {
  private JunitReport() {}

  /** Writes the report; {@code files} are the files checked, so clean ones show as passing. */
  public static void write(List<Problem> problems, Collection<String> files, PrintWriter out) {
    Map<String, List<Problem>> byFile = new TreeMap<>();
    for (String f : new TreeSet<>(files)) byFile.put(f, new ArrayList<>());
    for (Problem p : problems) byFile.computeIfAbsent(p.at().file().isEmpty() ? "(site)" : p.at().shownFile(), k -> new ArrayList<>()).add(p);
    long failing = byFile.values().stream().filter(l -> !l.isEmpty()).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"quire check\" tests=\"").append(byFile.size()).append("\" failures=\"").append(failing)
        .append("\">\n");
    xml.append("  <testsuite name=\"quire check\" tests=\"").append(byFile.size()).append("\" failures=\"")
        .append(failing).append("\" errors=\"0\" skipped=\"0\">\n");
    for (Map.Entry<String, List<Problem>> e : byFile.entrySet()) {
      xml.append("    <testcase classname=\"quire.check\" name=\"").append(Markup.escapeAttribute(e.getKey())).append('"');
      if (e.getValue().isEmpty()) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">\n");
      for (Problem p : e.getValue()) {
        String summary = p.at() + ": " + p.severity().id() + " [" + p.rule().id() + "] " + p.message();
        xml.append("      <failure type=\"").append(Markup.escapeAttribute(p.severity().id())).append("\" message=\"")
            .append(Markup.escapeAttribute("[" + p.rule().id() + "] " + p.message())).append("\">").append(Markup.escapeAttribute(summary));
        for (Position via : p.via()) xml.append(Markup.escapeAttribute("\n  via " + via));
        xml.append("</failure>\n");
      }
      xml.append("    </testcase>\n");
    }
    xml.append("  </testsuite>\n</testsuites>\n");
    out.print(xml);
    out.flush();
  }
}
