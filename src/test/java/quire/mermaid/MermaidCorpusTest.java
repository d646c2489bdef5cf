package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every flowchart of mermaid's own documentation ({@code corpus/docs.json}), parser tests
 * ({@code corpus/tests.json}), browser tests ({@code corpus/e2e.json}), other unit tests
 * ({@code corpus/specs.json}) and the pages its browser tests and demos open with the rest of its
 * documentation ({@code corpus/pages.json}), gathered by tools/mermaid-corpus.mjs with mermaid's parser's
 * reading of each: quire draws what mermaid reads (read back from the SVG), and reports
 * {@code mermaid-syntax} for what mermaid rejects.
 */
class MermaidCorpusTest {
  private static final MermaidRenderer RENDERER = new MermaidRenderer();
  private static final List<String> TALLY = new ArrayList<>();

  record Example(String corpus, String path, int line, String text, Map<String, Object> mermaid) {
    String name() {
      return corpus + " " + path.substring(path.lastIndexOf('/') + 1) + ":" + line;
    }
  }

  @SuppressWarnings("unchecked")
  static List<Example> examples(String corpus) {
    Map<String, Object> json = (Map<String, Object>) new Load(LoadSettings.builder().build())
        .loadFromString(Fixtures.read("corpus/" + corpus + ".json"));
    List<Example> out = new ArrayList<>();
    for (Map<String, Object> e : (List<Map<String, Object>>) json.get("examples")) {
      out.add(new Example(corpus, (String) e.get("path"), (Integer) e.get("line"), (String) e.get("text"),
          (Map<String, Object>) e.get("mermaid")));
    }
    return out;
  }

  private static Stream<DynamicTest> tests(String corpus) {
    List<Example> examples = examples(corpus);
    int[] equal = {0};
    return Stream.concat(
        examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
          check(e);
          equal[0]++;
        })),
        Stream.of(DynamicTest.dynamicTest(corpus + " tally", () -> {
          TALLY.add(corpus + ": " + equal[0] + " of " + examples.size() + " read back equal to mermaid's parser");
        })));
  }

  static void check(Example e) {
    Diagram d = RENDERER.render(e.text(), "m");
    if (e.mermaid().containsKey("error")) {
      assertInstanceOf(Diagram.Invalid.class, d, "mermaid rejects this: " + e.mermaid().get("error"));
      return;
    }
    Diagram.Svg svg = assertInstanceOf(Diagram.Svg.class, d, () -> "quire: " + d);
    assertEquals(MermaidGraph.fromMermaid(e.mermaid()), MermaidGraph.fromSvg(new SvgReadBack(svg.svg())));
  }

  /**
   * Each corpus, as a container of its examples: mermaid's documented examples, parser tests,
   * browser tests, other unit tests, and the pages its browser tests and demos open with the rest
   * of its documentation.
   */
  @TestFactory
  Stream<DynamicContainer> mermaidsOwnFlowcharts() {
    return Stream.of("docs", "tests", "e2e", "specs", "pages").map(c -> DynamicContainer.dynamicContainer(c, tests(c)));
  }

  @AfterAll
  static void printTally() {
    TALLY.forEach(System.out::println);
  }
}
