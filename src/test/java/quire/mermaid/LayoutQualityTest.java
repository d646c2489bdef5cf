package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The layout check over quire's drawings: the fixtures, mermaid's documented examples and the
 * site's own five use cases, counted by {@link LayoutDefects} from the SVG. The totals print;
 * tools/mermaid-compare.sh counts mermaid.js's drawings of the same diagrams the same way.
 */
class LayoutQualityTest {
  static final List<String> FIXTURES = List.of("seed", "shapes", "edges", "chains", "subgraphs", "styles", "comments", "labels", "corpus");
  static final Path USE_CASES = Path.of("content/email-security/deployment/inline/setup/office-365-area1-mx/use-cases");
  private static final Pattern MERMAID_BLOCK = Pattern.compile("^```mermaid\\n(.*?)^```", Pattern.DOTALL | Pattern.MULTILINE);

  static LayoutDefects check(String name, String text) {
    Diagram d = new MermaidRenderer().render(text, "m");
    if (!(d instanceof Diagram.Svg svg)) {
      return LayoutDefects.NONE;
    }
    return LayoutDefects.count(LayoutGeometry.fromQuireSvg(name, new SvgReadBack(svg.svg())));
  }

  static List<String[]> useCaseDiagrams() throws IOException {
    List<String[]> out = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      Path page = USE_CASES.resolve("use-case-" + n + ".md");
      Matcher m = MERMAID_BLOCK.matcher(Files.readString(page, StandardCharsets.UTF_8));
      while (m.find()) {
        out.add(new String[] {page.getFileName().toString(), m.group(1)});
      }
    }
    return out;
  }

  @Test
  void theFiveUseCaseDiagramsHaveNoDefects() throws IOException {
    List<String[]> diagrams = useCaseDiagrams();
    assertEquals(5, diagrams.size());
    LayoutDefects all = LayoutDefects.NONE;
    for (String[] d : diagrams) {
      all = all.plus(check(d[0], d[1]));
    }
    System.out.println("use cases: " + all.summary());
    assertEquals(List.of(), all.found());
  }

  @Test
  void mermaidsDocumentedExamplesAndTheFixtures() {
    LayoutDefects all = LayoutDefects.NONE;
    for (MermaidCorpusTest.Example e : MermaidCorpusTest.examples("docs")) {
      all = all.plus(check(e.name(), e.text()));
    }
    for (String f : FIXTURES) {
      all = all.plus(check(f, Fixtures.read(f + ".mmd")));
    }
    System.out.println("documented examples and fixtures: " + all.summary());
    all.found().forEach(f -> System.out.println("  " + f));
    assertEquals(0, all.throughTitle(), "no edge through a cluster title");
    assertTrue(all.total() <= BUDGET, all.summary());
  }

  /** The most defects allowed over the docs and fixtures: half of what mermaid.js 11.17 draws on them (README). */
  static final int BUDGET = 1000;
}
