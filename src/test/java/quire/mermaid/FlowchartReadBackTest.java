package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The graph read back from quire's SVG equals the graph mermaid's own parser reads from the same
 * text (saved as NAME.mermaid.json by expected-graphs.mjs).
 */
class FlowchartReadBackTest {
  private static final Pattern MERMAID_NUMERIC = Pattern.compile("\ufb02\u00b0\u00b0(\\d+)\u00b6\u00df");
  private static final Pattern MERMAID_NAMED = Pattern.compile("\ufb02\u00b0(\\w+)\u00b6\u00df");

  /** mermaid's text as quire shows it: its entity placeholders decoded, {@code <br>} as lines. */
  private static String plain(Object mermaidText) {
    String s = String.valueOf(mermaidText);
    Matcher m = MERMAID_NUMERIC.matcher(s);
    s = m.replaceAll(r -> Matcher.quoteReplacement("&#" + r.group(1) + ";"));
    s = MERMAID_NAMED.matcher(s).replaceAll(r -> Matcher.quoteReplacement("&" + r.group(1) + ";"));
    return LabelText.decode(s);
  }

  private static String arrow(String type, boolean start) {
    boolean doubled = type.startsWith("double_");
    if (start && !doubled) {
      return "none";
    }
    return switch (type.replace("double_", "")) {
      case "arrow_point" -> "point";
      case "arrow_circle" -> "circle";
      case "arrow_cross" -> "cross";
      default -> "none";
    };
  }

  @SuppressWarnings("unchecked")
  @ParameterizedTest
  @ValueSource(strings = {"seed", "shapes", "edges", "chains", "subgraphs", "styles", "comments", "labels", "corpus"})
  void svgShowsTheGraphMermaidParses(String name) {
    Map<String, Object> want = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(Fixtures.read(name + ".mermaid.json"));
    Diagram d = new MermaidRenderer().render(Fixtures.read(name + ".mmd"), "m");
    SvgReadBack got = new SvgReadBack(((Diagram.Svg) d).svg());

    List<Map<String, Object>> subgraphs = (List<Map<String, Object>>) want.get("subgraphs");
    Set<String> subgraphIds = new HashSet<>();
    subgraphs.forEach(s -> subgraphIds.add((String) s.get("id")));

    Map<String, String> wantNodes = new TreeMap<>();
    for (Map<String, Object> v : (List<Map<String, Object>>) want.get("vertices")) {
      if (!subgraphIds.contains(v.get("id"))) {
        wantNodes.put((String) v.get("id"), plain(v.get("text")));
      }
    }
    assertEquals(wantNodes, got.nodes(), "nodes and labels");

    List<String> wantEdges = new ArrayList<>();
    for (Map<String, Object> e : (List<Map<String, Object>>) want.get("edges")) {
      String type = (String) e.get("type");
      String text = plain(e.get("text"));
      wantEdges.add(e.get("start") + ">" + e.get("end") + " " + e.get("stroke") + " " + arrow(type, true) + "/"
          + arrow(type, false) + (text.isEmpty() ? "" : " '" + text + "'"));
    }
    assertEquals(wantEdges, got.edges(), "edges");

    Map<String, String> wantTitles = new TreeMap<>();
    Map<String, String> wantParents = new TreeMap<>();
    wantNodes.keySet().forEach(n -> wantParents.put(n, ""));
    subgraphIds.forEach(s -> wantParents.put(s, ""));
    for (Map<String, Object> s : subgraphs) {
      wantTitles.put((String) s.get("id"), plain(s.get("title")));
      for (Object member : (List<Object>) s.get("nodes")) {
        wantParents.put(String.valueOf(member), (String) s.get("id"));
      }
    }
    assertEquals(wantTitles, got.subgraphTitles(), "subgraph titles");
    assertEquals(wantParents, got.parents(), "subgraph membership");
  }
}
