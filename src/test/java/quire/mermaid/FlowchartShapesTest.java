package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
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
}
