package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlowchartStylesTest {
  private final Flowchart f = Fixtures.parse(Fixtures.read("styles.mmd"));

  @Test
  void classDefsHoldTheirDeclarations() {
    assertEquals(List.of("fill:#fde", "stroke:#c33", "stroke-width:2px"), f.classDefs().get("warn"));
  }

  @Test
  void tripleColonAndClassStatementsGiveClasses() {
    assertEquals(List.of("warn"), f.findNode("A").orElseThrow().classes());
    assertEquals(List.of("calm"), f.findNode("B").orElseThrow().classes());
    assertEquals(List.of("calm"), f.findNode("C").orElseThrow().classes());
  }

  @Test
  void styleComesAfterTheClassDeclarations() {
    assertEquals(List.of("fill:#efe", "color:#050", "fill:#eef", "stroke:#33c"), f.styleOf(f.findNode("C").orElseThrow()));
  }

  @Test
  void linkStyleStylesOneLinkAndDefaultTheRest() {
    assertEquals(List.of("stroke:#f00", "stroke-width:3px"), f.edges().get(0).style());
    assertEquals(List.of("stroke:#999"), f.edges().get(1).style());
  }

  @Test
  void commasInsideAValueStayInTheValue() {
    Flowchart g = Fixtures.parse("graph TD\nA\nstyle A stroke-dasharray: 5, 5,fill:#fff");
    assertEquals(List.of("stroke-dasharray: 5, 5", "fill:#fff"), g.nodes().get(0).style());
  }
}
