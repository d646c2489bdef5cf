package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlowchartEdgesTest {

  private static String describe(Edge e) {
    return e.from() + ">" + e.to() + " " + e.stroke() + " " + e.start() + "/" + e.end() + " " + e.length()
        + (e.label().isEmpty() ? "" : " '" + e.label() + "'");
  }

  @Test
  void readsStrokeArrowsLengthAndLabelOfEveryLinkForm() {
    List<String> got = Fixtures.parse(Fixtures.read("edges.mmd")).edges().stream().map(FlowchartEdgesTest::describe).toList();
    assertEquals(List.of(
        "A>B NORMAL NONE/POINT 1",
        "A>C NORMAL NONE/NONE 1",
        "A>D DOTTED NONE/POINT 1",
        "A>E DOTTED NONE/NONE 1",
        "A>F THICK NONE/POINT 1",
        "A>G THICK NONE/NONE 1",
        "A>H INVISIBLE NONE/NONE 1",
        "A>I NORMAL NONE/CIRCLE 1",
        "A>J NORMAL NONE/CROSS 1",
        "A>K NORMAL POINT/POINT 1",
        "A>L NORMAL NONE/POINT 2",
        "A>M NORMAL NONE/POINT 3",
        "A>N DOTTED NONE/POINT 2",
        "A>O THICK NONE/POINT 2",
        "A>P NORMAL NONE/POINT 1 'pipe text'",
        "A>Q NORMAL NONE/POINT 1 'dash text'",
        "A>R THICK NONE/POINT 1 'thick text'",
        "A>S DOTTED NONE/POINT 1 'dotted text'",
        "A>T NORMAL CROSS/CROSS 1",
        "A>U NORMAL CIRCLE/CIRCLE 1",
        "A>V NORMAL NONE/POINT 1"), got);
  }

  @Test
  void aChainLinksEachNodeToTheNext() {
    String got = Fixtures.parse("graph LR\na --> b --> c").edges().stream().map(e -> e.from() + e.to()).collect(Collectors.joining(" "));
    assertEquals("ab bc", got);
  }

  @Test
  void ampersandsLinkEveryNodeOnTheLeftToEveryNodeOnTheRight() {
    String got = Fixtures.parse("graph LR\na & b --> c & d --> e").edges().stream().map(e -> e.from() + e.to()).collect(Collectors.joining(" "));
    assertEquals("ac ad bc bd ce de", got);
  }

  @Test
  void aLabelWithSpacesAroundThePipesIsRead() {
    Edge e = Fixtures.parse("graph TB\nS --> |X-Area1<br>message header|M").edges().get(0);
    assertEquals("S>M NORMAL NONE/POINT 1 'X-Area1\nmessage header'", describe(e));
  }

  @Test
  void hyphensInsideIdsAreNotLinks() {
    Edge e = Fixtures.parse("graph TB\nanti-spam-->user-managed").edges().get(0);
    assertEquals("anti-spam>user-managed", e.from() + ">" + e.to());
  }

  @Test
  void semicolonsSeparateStatements() {
    assertEquals(2, Fixtures.parse("graph TD;A-->B;B-->C;").edges().size());
  }
}
