package quire.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
    for (Problem p : problems) byFile.computeIfAbsent(p.at().file().isEmpty() ? "(site)" : p.at().file(), k -> new ArrayList<>()).add(p);
    long failing = byFile.values().stream().filter(l -> !l.isEmpty()).count();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites name=\"quire check\" tests=\"").append(byFile.size()).append("\" failures=\"").append(failing)
        .append("\">\n");
    xml.append("  <testsuite name=\"quire check\" tests=\"").append(byFile.size()).append("\" failures=\"")
        .append(failing).append("\" errors=\"0\" skipped=\"0\">\n");
    for (Map.Entry<String, List<Problem>> e : byFile.entrySet()) {
      xml.append("    <testcase classname=\"quire.check\" name=\"").append(escape(e.getKey())).append('"');
      if (e.getValue().isEmpty()) {
        xml.append("/>\n");
        continue;
      }
      xml.append(">\n");
      for (Problem p : e.getValue()) {
        String summary = p.at() + ": " + p.severity().id() + " [" + p.rule().id() + "] " + p.message();
        xml.append("      <failure type=\"").append(escape(p.severity().id())).append("\" message=\"")
            .append(escape("[" + p.rule().id() + "] " + p.message())).append("\">").append(escape(summary));
        for (Position via : p.via()) xml.append(escape("\n  via " + via));
        xml.append("</failure>\n");
      }
      xml.append("    </testcase>\n");
    }
    xml.append("  </testsuite>\n</testsuites>\n");
    out.print(xml);
    out.flush();
  }

  /** XML text and attribute escaping; characters XML 1.0 cannot hold become U+FFFD. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\n' -> out.append("&#10;");
        case '\r' -> out.append("&#13;");
        case '\t' -> out.append("&#9;");
        default -> out.append(c < 0x20 || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}
