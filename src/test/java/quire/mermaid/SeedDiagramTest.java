package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SeedDiagramTest {
  private final SvgReadBack svg =
      new SvgReadBack(((Diagram.Svg) new MermaidRenderer().render(Fixtures.read("seed.mmd"), "mermaid-1")).svg());

  @Test
  void drawsAllFifteenNodesWithTheirLabels() {
    assertEquals(15, svg.nodes().size());
    assertEquals("SUSPICIOUS\n---------------\nBULK", svg.nodes().get("SUSPICIOUS"));
    assertEquals("Mail flow rule #1\n(Transport rule)", svg.nodes().get("MailFlow1"));
  }

  @Test
  void drawsTheFourSubgraphBoxesWithTitles() {
    assertEquals(List.of("Anti-spam policy", "Cloudflare Area 1 Email Security", "Dispositions", "Office 365"),
        svg.subgraphTitles().values().stream().sorted().toList());
    assertEquals("Dispositions", svg.parents().get("SUSPICIOUS"));
    assertEquals("subGraph1", svg.parents().get("Dispositions"));
  }

  @Test
  void drawsDottedEdgesAndEdgeLabels() {
    assertTrue(svg.edges().contains("L_User_Inbox_0: User>Inbox dotted none/point 'User Notification\n+\nUser Release'"),
        svg.edges().toString());
    assertEquals(2, svg.doc.select("path.edge-pattern-dotted").size());
    assertEquals(10, svg.doc.select("g.edge g.edgeLabel").size());
  }

  @Test
  void titleAndDescriptionComeFromAccTitleAndAccDescr() {
    Element root = svg.doc.selectFirst("svg");
    assertEquals("mermaid", root.attr("class"));
    assertEquals("img", root.attr("role"));
    assertEquals("mermaid-1-title", root.attr("aria-labelledby"));
    assertEquals("Deliver email to the junk email folder and user managed quarantine", svg.doc.selectFirst("title").text());
    assertTrue(svg.doc.selectFirst("desc").text().startsWith("This graphic shows the flow of suspicious"));
  }

  @Test
  void everyIdStartsWithThePrefix() {
    for (Element e : svg.doc.select("[id]")) {
      assertTrue(e.id().startsWith("mermaid-1"), e.id());
    }
    for (Element e : svg.doc.select("[marker-end]")) {
      assertTrue(e.attr("marker-end").startsWith("url(#mermaid-1-"), e.attr("marker-end"));
    }
  }

  @Test
  void sizeComesFromTheLayoutAndScalesDown() {
    Element root = svg.doc.selectFirst("svg");
    assertEquals("0 0 " + root.attr("width") + " " + root.attr("height"), root.attr("viewBox"));
    double w = Double.parseDouble(root.attr("width"));
    double h = Double.parseDouble(root.attr("height"));
    // Labels are 16 px: scaled to fit the page, never below 12 px (three quarters).
    assertEquals("max-width: " + root.attr("width") + "px; min-width: " + SvgWriter.num(w * 0.75) + "px; --mermaid-min-height: "
        + SvgWriter.num(h * 0.75) + "px;", root.attr("style"));
    assertFalse(svg.doc.html().contains("foreignObject"));
  }
}
