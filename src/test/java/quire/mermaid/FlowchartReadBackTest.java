package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The graph read back from quire's SVG equals the graph mermaid's own parser reads from the same
 * text (saved as NAME.mermaid.json by expected-graphs.mjs).
 */
class FlowchartReadBackTest {

  @SuppressWarnings("unchecked")
  @ParameterizedTest
  @ValueSource(strings = {"seed", "shapes", "edges", "chains", "subgraphs", "styles", "comments", "labels", "corpus"})
  void svgShowsTheGraphMermaidParses(String name) {
    Map<String, Object> want = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(Fixtures.read(name + ".mermaid.json"));
    Diagram d = new MermaidRenderer().render(Fixtures.read(name + ".mmd"), "m");
    assertEquals(MermaidGraph.fromMermaid(want), MermaidGraph.fromSvg(new SvgReadBack(((Diagram.Svg) d).svg())));
  }
}
