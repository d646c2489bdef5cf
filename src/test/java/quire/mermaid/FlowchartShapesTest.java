package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FlowchartShapesTest {

  @Test
  void readsEveryBracketShapeWithItsLabel() {
    Flowchart f = Fixtures.parse(Fixtures.read("shapes.mmd"));
    Map<String, String> got = new LinkedHashMap<>();
    f.nodes().forEach(n -> got.put(n.id(), n.shape() + " " + n.label()));
    Map<String, String> want = new LinkedHashMap<>();
    want.put("A", "RECT Rectangle");
    want.put("B", "ROUND Rounded");
    want.put("C", "STADIUM Stadium");
    want.put("D", "SUBROUTINE Subroutine");
    want.put("E", "CYLINDER Database");
    want.put("F", "CIRCLE Circle");
    want.put("G", "DOUBLE_CIRCLE Double circle");
    want.put("H", "ODD Asymmetric");
    want.put("I", "DIAMOND Decision");
    want.put("J", "HEXAGON Hexagon");
    want.put("K", "LEAN_RIGHT Lean right");
    want.put("L", "LEAN_LEFT Lean left");
    want.put("M", "TRAPEZOID Trapezoid");
    want.put("N", "INV_TRAPEZOID Inverted trapezoid");
    want.put("O", "CYLINDER Shape data");
    assertEquals(want, got);
  }

  @Test
  void aNodeWithoutBracketsIsARectangleLabelledWithItsId() {
    Node n = Fixtures.parse("graph TD\nplain").nodes().get(0);
    assertEquals("RECT plain", n.shape() + " " + n.label());
  }

  @Test
  void aLaterShapeReplacesTheLabelButNotThePlace() {
    Flowchart f = Fixtures.parse("graph TD\nA --> B\nA[Alpha]");
    assertEquals("A=Alpha,B=B", f.nodes().get(0).id() + "=" + f.nodes().get(0).label() + "," + f.nodes().get(1).id() + "=" + f.nodes().get(1).label());
  }

  @Test
  void shapeDataTakesShapeAndLabel() {
    Node n = Fixtures.parse("flowchart LR\nq@{ shape: diamond, label: \"Ask, then wait\" }").nodes().get(0);
    assertEquals("DIAMOND Ask, then wait", n.shape() + " " + n.label());
  }

  /**
   * mermaid draws seven of its 2024 shapes at a fixed size and without their label (its shape
   * functions set the label to ""): the label is neither drawn nor given room, but kept as the
   * shape's tooltip, so the text as written still reads back.
   */
  @Test
  void theShapesMermaidDrawsWithoutALabelAreDrawnAtItsSizesWithTheLabelAsATooltip() {
    String text = """
        flowchart TD
          a@{ shape: sm-circ, label: "Start here" } --> b@{ shape: fork, label: "Fork" }
          b --> c@{ shape: f-circ, label: "Junction" } --> d@{ shape: cross-circ, label: "Summary" }
          d --> e@{ shape: bolt, label: "Link" } --> f@{ shape: hourglass, label: "Collate" }
          f --> g@{ shape: fr-circ, label: "A rather long label that would need wrapping" }
        """;
    Diagram.Svg svg = (Diagram.Svg) new MermaidRenderer().render(text, "m");
    SvgReadBack read = new SvgReadBack(svg.svg());
    Map<String, String> sizes = new LinkedHashMap<>();
    for (Element g : read.doc.select("g.node")) {
      assertNull(g.selectFirst("text"), g.attr("data-id") + " draws no text");
      LayoutGeometry.Box b = LayoutGeometry.outline(g);
      sizes.put(g.attr("data-id"), SvgWriter.num(b.w()) + "x" + SvgWriter.num(b.h()));
    }
    assertEquals(Map.of("a", "14x14", "b", "70x10", "c", "14x14", "d", "60x60", "e", "35x70", "f", "30x30", "g", "14x14"), sizes);
    assertEquals("Start here", read.nodes().get("a"));
    assertEquals("A rather long label that would need wrapping", read.nodes().get("g"));
    Element start = read.doc.selectFirst("g.node[data-id=a] circle");
    assertEquals("filled", start.attr("class"), "a start is filled with the lines' colour");
    assertEquals(List.of("ring", "dot"), read.doc.select("g.node[data-id=g] circle").eachAttr("class"), "a stop: a ring and a dot");
    assertTrue(read.doc.selectFirst("g.node[data-id=d] path").attr("d").contains(" M"), "a summary's circle is crossed");

    // Across the flow: in a left-to-right diagram a fork is a standing bar.
    Diagram.Svg lr = (Diagram.Svg) new MermaidRenderer().render("flowchart LR\nA --> j@{ shape: join }\n", "m");
    Element bar = new SvgReadBack(lr.svg()).doc.selectFirst("g.node[data-id=j] rect");
    assertEquals("10x70", bar.attr("width") + "x" + bar.attr("height"));
  }

  /**
   * A blank label takes no room, as in mermaid.js, where {@code start(( ))} is a small dot: the
   * shape is its padding alone and draws no text line.
   */
  @Test
  void aBlankLabelTakesNoRoom() {
    SvgReadBack read = new SvgReadBack(((Diagram.Svg) new MermaidRenderer().render(
        "flowchart TD\n  dot(( )) --> gap[\"  \"] --> run[Run]\n", "m")).svg());
    for (String id : List.of("dot", "gap")) {
      assertNull(read.doc.selectFirst("g.node[data-id=" + id + "] text"), id + " draws no text line");
    }
    assertEquals(2 * NodeGeometry.PAD_X, LayoutGeometry.outline(read.doc.selectFirst("g.node[data-id=dot]")).h(), 0.5);
    assertEquals(2 * NodeGeometry.PAD_Y, LayoutGeometry.outline(read.doc.selectFirst("g.node[data-id=gap]")).h(), 0.5);
  }
}
