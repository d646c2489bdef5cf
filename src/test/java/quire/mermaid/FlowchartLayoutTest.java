package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FlowchartLayoutTest {
  private static final double TOLERANCE = 1.0;

  private static boolean contains(Layout.Box outer, Layout.Box inner) {
    return inner.x() >= outer.x() - TOLERANCE && inner.y() >= outer.y() - TOLERANCE
        && inner.right() <= outer.right() + TOLERANCE && inner.bottom() <= outer.bottom() + TOLERANCE;
  }

  private static boolean overlap(Layout.Box a, Layout.Box b) {
    return a.x() < b.right() - TOLERANCE && b.x() < a.right() - TOLERANCE
        && a.y() < b.bottom() - TOLERANCE && b.y() < a.bottom() - TOLERANCE;
  }

  /** Whether p lies on the box's border, or (for shapes that don't fill the box) on the outline. */
  private static boolean onBorder(Layout.Point p, Shape shape, Layout.Box b) {
    List<Layout.Point> poly = NodeGeometry.outline(shape, b);
    for (int i = 0; i < poly.size(); i++) {
      if (distanceToSegment(p, poly.get(i), poly.get((i + 1) % poly.size())) <= TOLERANCE) {
        return true;
      }
    }
    return false;
  }

  private static double distanceToSegment(Layout.Point p, Layout.Point a, Layout.Point b) {
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
    return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
  }

  private static Shape outlineShape(Shape s) {
    // These draw inside their whole box; edges end on the box.
    return switch (s) {
      case ROUND, SUBROUTINE, CYLINDER, STADIUM -> Shape.RECT;
      default -> s;
    };
  }

  @ParameterizedTest
  @ValueSource(strings = {"seed.mmd", "shapes.mmd", "edges.mmd", "chains.mmd", "subgraphs.mmd", "styles.mmd",
      "comments.mmd", "labels.mmd", "corpus.mmd"})
  void placesEveryNodeInsideItsSubgraphWithoutOverlapsAndEndsEdgesOnBorders(String fixture) {
    Flowchart f = Fixtures.parse(Fixtures.read(fixture));
    Layout l = new FlowchartLayout().layout(f);
    Layout.Box drawing = new Layout.Box(0, 0, l.width(), l.height());

    for (Subgraph s : f.subgraphs()) {
      Layout.Box box = l.clusters().get(s.id());
      assertTrue(contains(drawing, box), s.id() + " inside the drawing");
      for (String n : s.nodeIds()) {
        assertTrue(contains(box, l.nodes().get(n)), n + " inside subgraph " + s.id());
      }
      for (String c : s.subgraphIds()) {
        assertTrue(contains(box, l.clusters().get(c)), c + " inside subgraph " + s.id());
      }
    }
    List<Map.Entry<String, Layout.Box>> boxes = new ArrayList<>(l.nodes().entrySet());
    for (int i = 0; i < boxes.size(); i++) {
      assertTrue(contains(drawing, boxes.get(i).getValue()), boxes.get(i).getKey() + " inside the drawing");
      for (int j = i + 1; j < boxes.size(); j++) {
        assertFalse(overlap(boxes.get(i).getValue(), boxes.get(j).getValue()),
            boxes.get(i).getKey() + " overlaps " + boxes.get(j).getKey());
      }
    }
    for (int i = 0; i < f.edges().size(); i++) {
      Edge e = f.edges().get(i);
      Layout.Route r = l.edges().get(i);
      assertTrue(r.points().size() >= 2, "edge " + e + " has a route");
      f.findNode(e.from()).ifPresent(n -> assertTrue(onBorder(r.points().get(0), outlineShape(n.shape()), l.nodes().get(n.id())),
          "edge " + e.from() + "->" + e.to() + " starts on the border of " + n.id() + ": " + r.points().get(0) + " " + l.nodes().get(n.id())));
      f.findNode(e.to()).ifPresent(n -> assertTrue(onBorder(r.points().get(r.points().size() - 1), outlineShape(n.shape()), l.nodes().get(n.id())),
          "edge " + e.from() + "->" + e.to() + " ends on the border of " + n.id()));
      assertEquals(!e.label().isEmpty(), r.label().isPresent(), "edge " + e + " has a label box iff it has a label");
      r.label().ifPresent(b -> assertTrue(contains(drawing, b), "label of edge " + e + " inside the drawing"));
    }
  }

  @Test
  void largeChartsGetFewerCrossingMinimisationRunsAndTheSameChartTheSameLayout() {
    Flowchart seed = ((FlowchartParser.Result.Parsed) FlowchartParser.parse(Fixtures.read("seed.mmd"))).chart();
    StringBuilder big = new StringBuilder("flowchart TD\n");
    for (int i = 0; i < 60; i++) {
      big.append('A').append(i).append(" --> A").append(i + 1).append('\n');
    }
    Flowchart large = ((FlowchartParser.Result.Parsed) FlowchartParser.parse(big.toString())).chart();
    assertEquals(7, FlowchartLayout.crossingThoroughness(seed));
    assertTrue(large.nodes().size() + large.edges().size() > FlowchartLayout.LARGE);
    assertEquals(3, FlowchartLayout.crossingThoroughness(large));
    // ELK's random restarts are seeded: laying out twice gives the same drawing.
    assertEquals(new FlowchartLayout().layout(seed), new FlowchartLayout().layout(seed));
  }

  /**
   * Nodes inside a subgraph are as far apart as nodes outside it, across a layer and within one,
   * at quire's spacing and at the spacing a diagram sets (ELK lays a subgraph's content out as a
   * graph of its own, with the options set on it, not the diagram's).
   */
  @ParameterizedTest
  @ValueSource(strings = {"", "%%{init: {\"flowchart\": {\"nodeSpacing\": 90, \"rankSpacing\": 110}}}%%\n"})
  void aSubgraphsContentIsSpacedAsTheRestOfTheDiagram(String init) {
    Flowchart chart = ((FlowchartParser.Result.Parsed) FlowchartParser.parse(
        init + "flowchart TD\nsubgraph S [Group]\nA --> B\nA --> C\nend\nD --> E\nD --> F\n")).chart();
    Layout layout = new FlowchartLayout().layout(chart);
    Map<String, Layout.Box> n = layout.nodes();
    double outsideRank = n.get("E").y() - n.get("D").bottom();
    double outsideGap = Math.abs(n.get("F").cx() - n.get("E").cx()) - (n.get("E").w() + n.get("F").w()) / 2;
    assertEquals(init.isEmpty() ? 40 : 110, outsideRank, TOLERANCE);
    assertEquals(init.isEmpty() ? 30 : 90, outsideGap, TOLERANCE);
    assertEquals(outsideRank, n.get("B").y() - n.get("A").bottom(), TOLERANCE);
    assertEquals(outsideGap, Math.abs(n.get("C").cx() - n.get("B").cx()) - (n.get("B").w() + n.get("C").w()) / 2, TOLERANCE);
  }

  /**
   * An edge from a subgraph to a node inside it starts on the border the flow comes from, and an
   * edge from a node inside back to its subgraph ends on the border the flow goes to, each long
   * enough to show as an arrow (ELK alone leaves the subgraph's padding, 8 px). The node may be
   * deeper inside, in a subgraph of the subgraph: ELK alone would start that edge on the far side.
   */
  @ParameterizedTest
  @ValueSource(strings = {"TB", "BT", "LR", "RL"})
  void anEdgeBetweenASubgraphAndItsOwnContentMeetsTheBorderOnTheSideOfTheFlow(String direction) {
    for (String content : List.of("A --> B\nend\nS --> A\nB --> S\n", "subgraph I [Inner]\nC\nend\nend\nS --> C\nC --> S\n")) {
      Flowchart chart = ((FlowchartParser.Result.Parsed) FlowchartParser.parse(
          "flowchart " + direction + "\nsubgraph S [Services]\n" + content)).chart();
      Layout layout = new FlowchartLayout().layout(chart);
      Layout.Box s = layout.clusters().get("S");
      for (int i = 0; i < chart.edges().size(); i++) {
        Edge e = chart.edges().get(i);
        List<Layout.Point> points = layout.edges().get(i).points();
        String edge = e.from() + " --> " + e.to() + " " + points + " in " + s;
        if (!e.from().equals("S") && !e.to().equals("S")) {
          continue;
        }
        assertTrue(points.size() >= 2, edge);
        boolean fromBorder = e.from().equals("S");
        Layout.Point end = fromBorder ? points.get(0) : points.get(points.size() - 1);
        double border = switch (direction) {
          case "TB" -> fromBorder ? end.y() - s.y() : end.y() - s.bottom();
          case "BT" -> fromBorder ? end.y() - s.bottom() : end.y() - s.y();
          case "LR" -> fromBorder ? end.x() - s.x() : end.x() - s.right();
          default -> fromBorder ? end.x() - s.right() : end.x() - s.x();
        };
        assertEquals(0, border, TOLERANCE, edge);
        double length = 0;
        for (int k = 1; k < points.size(); k++) {
          length += Math.hypot(points.get(k).x() - points.get(k - 1).x(), points.get(k).y() - points.get(k - 1).y());
        }
        assertTrue(length >= FlowchartLayout.BORDER_EDGE_GAP, edge);
      }
    }
  }

  /** Two labelled self-loops on one node: neither runs through the other's label. */
  @Test
  void aNodesLabelledSelfLoopsKeepClearOfEachOthersLabels() {
    LayoutDefects d = LayoutQualityTest.check("loops", "graph LR\nA -->|Add a vote| A\nA -->|Modify| A\nA -->|Done| B\n");
    assertEquals(0, d.total(), d.summary());
  }

  /**
   * A diagram at the size limit, its 1,900 edges at random between 1,000 nodes in ten subgraphs, is
   * drawn, not a hang: ELK's sort of each layer by written order takes time cubic in the layer,
   * and this chart's layers hold thousands of points of long edges (it ran for more than ten
   * minutes; now a few seconds). Above {@link FlowchartLayout#LARGE} nodes and edges quire does
   * without it. The bound only catches a hang; the benchmarks measure speed.
   */
  @Test
  void aRandomDiagramAtTheSizeLimitIsDrawnNotHung() {
    StringBuilder text = new StringBuilder("flowchart TD\n");
    for (int g = 0; g < 10; g++) {
      text.append("subgraph G").append(g).append('\n');
      for (int i = g * 90; i < (g + 1) * 90; i++) {
        text.append('N').append(i).append("[Node ").append(i).append("]\n");
      }
      text.append("end\n");
    }
    long x = 7;
    for (int k = 0; k < 1900; k++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      text.append('N').append(Long.remainderUnsigned(x >>> 16, 1000)).append(" --> N").append(Long.remainderUnsigned(x >>> 40, 1000)).append('\n');
    }
    Diagram d = assertTimeoutPreemptively(Duration.ofMinutes(2), () -> new MermaidRenderer().render(text.toString(), "m"));
    assertInstanceOf(Diagram.Svg.class, d);
  }

  /**
   * A node linked to nodes of a subgraph that keeps them in the written order: ELK left the node's
   * edges in the other order, and they crossed just below it (in every direction, with two or
   * three targets, the subgraph written before or after the edges).
   */
  @Test
  void edgesIntoASubgraphLeaveTheirNodeInTheOrderOfTheirTargets() {
    List<String> charts = List.of(
        "flowchart TD\nA --> B & C\nsubgraph S\nB\nC\nend\n",
        "flowchart TD\nA --> B & C & D\nsubgraph S\nB\nC\nD\nend\n",
        "flowchart TD\nsubgraph S [A long title]\nB\nC\nend\nA --> B & C\n",
        "flowchart LR\nA --> B & C\nsubgraph S\nB\nC\nend\n",
        "flowchart BT\nA[Start] --> B[Left] & C[Right]\nsubgraph S [Group]\nB --> D[Done]\nC --> D\nend\n");
    for (String text : charts) {
      LayoutDefects d = LayoutQualityTest.check("fork", text);
      assertEquals(List.of(), d.found(), text);
    }
  }

  /**
   * A subgraph with a direction of its own is laid out apart only when no edge crosses its border
   * or the border of a subgraph inside it: ELK routes no edge into the content of one laid out
   * apart, and such an edge was left undrawn.
   */
  @Test
  void everyEdgeIntoASubgraphInsideADirectedSubgraphIsDrawn() {
    Flowchart chart = ((FlowchartParser.Result.Parsed) FlowchartParser.parse(
        "graph\nsubgraph Outer\ndirection TB\nW -->|443| N\nsubgraph Inner\nN --> M\nend\nend\n")).chart();
    Layout layout = new FlowchartLayout().layout(chart);
    for (Layout.Route r : layout.edges()) {
      assertTrue(r.points().size() >= 2, layout.edges().toString());
    }
    assertTrue(layout.edges().get(0).label().isPresent());
  }

  /**
   * A node that feeds several nodes of a subgraph and also a node below it: its edge to that node
   * goes through the subgraph, between the edges it feeds it with. Around the subgraph, it would
   * cross the edge that enters the subgraph from that side (here P's or Q's).
   */
  private static final String FAN_AND_BYPASS = """
      flowchart TD
      S --> P & A & Q
      subgraph Checks
      X
      Y
      Z
      end
      P --> X
      Q --> Z
      A --> X & Y & Z
      X --> J
      Y --> D
      Z --> D
      D -.-> Out
      A --> Out
      """;

  @Test
  void anEdgeBesideAFanIntoASubgraphGoesThroughTheSubgraphWithoutACrossing() {
    Flowchart f = Fixtures.parse(FAN_AND_BYPASS);
    int bypass = f.edges().size() - 1;
    assertEquals("Out", f.edges().get(bypass).to());
    assertEquals(Map.of(bypass, "Checks"), FlowchartLayout.passesThrough(f, FlowchartLayout.descendants(f)));

    Layout l = new FlowchartLayout().layout(f);
    Layout.Box checks = l.clusters().get("Checks");
    List<Layout.Point> route = l.edges().get(bypass).points();
    boolean inside = false;
    for (int i = 0; i + 1 < route.size(); i++) {
      Layout.Point a = route.get(i);
      Layout.Point b = route.get(i + 1);
      inside |= a.x() == b.x() && a.x() > checks.x() && a.x() < checks.right()
          && Math.min(a.y(), b.y()) <= checks.y() && Math.max(a.y(), b.y()) >= checks.bottom();
    }
    assertTrue(inside, "A --> Out runs down through Checks: " + route + " " + checks);
    String svg = ((Diagram.Svg) new MermaidRenderer().render(FAN_AND_BYPASS, "m")).svg();
    LayoutDefects defects = LayoutDefects.count(LayoutGeometry.fromQuireSvg("fan", new SvgReadBack(svg)));
    assertEquals(0, defects.total(), defects.summary());
  }

  @Test
  void onlyAnUnlabelledEdgeFromANodeThatOtherwiseFeedsTwoNodesOfTheSubgraphGoesThroughIt() {
    String labelled = FAN_AND_BYPASS.replace("A --> Out", "A -->|pass| Out");
    String feedsOne = FAN_AND_BYPASS.replace("A --> X & Y & Z", "A --> X");
    String notBelow = FAN_AND_BYPASS.replace("D -.-> Out", "D -.-> J");
    String feedsMore = FAN_AND_BYPASS.replace("A --> X & Y & Z", "A --> X & Y & Z & J");
    for (String text : List.of(labelled, feedsOne, notBelow, feedsMore)) {
      Flowchart f = Fixtures.parse(text);
      assertEquals(Map.of(), FlowchartLayout.passesThrough(f, FlowchartLayout.descendants(f)), text);
    }
  }
}
