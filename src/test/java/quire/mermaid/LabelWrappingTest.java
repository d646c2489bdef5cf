package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LabelWrappingTest {
  private static final String LONG = "Per platform build configuration for every supported operating system release";

  private static SvgReadBack draw(String text) {
    Diagram d = new MermaidRenderer().render(text, "m");
    return new SvgReadBack(assertInstanceOf(Diagram.Svg.class, d, () -> d.toString()).svg());
  }

  /** The lines one label draws, as the tspans hold them. */
  private static List<String> drawnLines(SvgReadBack svg, String selector) {
    return svg.doc.selectFirst(selector).select("text > tspan").stream().map(Element::text).toList();
  }

  private static double width(String line) {
    return NodeGeometry.width(List.of(new Label.Run(line, false, false, false)), NodeGeometry.FONT_SIZE);
  }

  /**
   * A node's label wider than 200 px is drawn as lines no wider than that, broken at blanks, each
   * as full as fits, as mermaid.js's 200 px label box breaks it; the text as written reads back.
   */
  @Test
  void aLongNodeLabelIsBrokenAtBlanksIntoLinesThatFitTwoHundredPixels() {
    SvgReadBack svg = draw("flowchart LR\nA[\"" + LONG + "\"] -->|" + LONG + "| B[Short]\n");
    for (String selector : List.of("g.node[data-id=A]", "g.edgeLabel")) {
      List<String> lines = drawnLines(svg, selector);
      assertTrue(lines.size() >= 3, lines.toString());
      assertEquals(LONG, String.join(" ", lines));
      for (int i = 0; i < lines.size(); i++) {
        assertTrue(width(lines.get(i)) <= LabelWrapping.WIDTH, lines.get(i));
        if (i + 1 < lines.size()) {
          String next = lines.get(i + 1);
          assertTrue(width(lines.get(i) + " " + next.substring(0, next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ')))
              > LabelWrapping.WIDTH, "the next word would have fitted on " + lines.get(i));
        }
      }
    }
    assertEquals(LONG, svg.nodes().get("A"), "a wrapped line reads back joined by a blank");
    assertTrue(svg.edges().get(0).contains("'" + LONG + "'"), svg.edges().get(0));
    assertEquals(List.of("Short"), drawnLines(svg, "g.node[data-id=B]"));
    assertEquals(LONG, LabelWrapping.wrap(LabelText.parse(LONG, false), NodeGeometry.FONT_SIZE, LabelWrapping.WIDTH).text());
  }

  /** Written breaks stay; a word wider than the width keeps a line of its own; styles carry over. */
  @Test
  void writtenBreaksStayAndAWordWiderThanTheWidthIsNotCut() {
    String word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    SvgReadBack svg = draw("flowchart TD\nA[\"first<br>" + word + " and <b>then some bold words that go on</b>\"]\n");
    List<String> lines = drawnLines(svg, "g.node[data-id=A]");
    assertEquals("first", lines.get(0));
    assertEquals(word, lines.get(1));
    assertEquals("first\n" + word + " and then some bold words that go on", svg.nodes().get("A"));
    Element wrapped = svg.doc.select("g.node[data-id=A] text > tspan").get(2);
    assertTrue(wrapped.hasClass("wrap"));
    assertTrue(svg.doc.select("g.node[data-id=A] text > tspan").get(1).classNames().isEmpty(), "a written break is no wrap");
    assertTrue(wrapped.select("tspan[font-weight=bold]").size() == 1, wrapped.outerHtml());
  }

  /**
   * A line may also break after a hyphen between a letter or digit and a letter, as the browser
   * breaks mermaid.js's label ("X-Area1Security-" / "Disposition"), but not in "--train" or
   * before a digit; the text as written reads back without a blank there.
   */
  @Test
  void aLineMayBreakAfterAHyphenInsideAWord() {
    SvgReadBack svg = draw("flowchart TD\nA[\"X-Area1Security-Disposition<br>message header\"] --> B[\"run --train-and-evaluate-every-model-x-1234567890\"]\n");
    assertEquals(List.of("X-Area1Security-", "Disposition", "message header"), drawnLines(svg, "g.node[data-id=A]"));
    assertEquals("X-Area1Security-Disposition\nmessage header", svg.nodes().get("A"));
    assertTrue(svg.doc.select("g.node[data-id=A] text > tspan").get(1).hasClass("joined"));
    List<String> b = drawnLines(svg, "g.node[data-id=B]");
    assertEquals("run --train-and-evaluate-every-model-x-1234567890", svg.nodes().get("B"));
    assertTrue(b.size() >= 2, b.toString());
    for (String line : b) {
      assertTrue(!line.startsWith("-") || line.startsWith("--train"), "no break inside --: " + b);
      assertTrue(!line.startsWith("1234567890"), "no break before a digit: " + b);
    }
  }

  /** {@code flowchart.wrappingWidth} sets the width node labels break at; edge labels keep 200 px, as in mermaid. */
  @Test
  void theDiagramsWrappingWidthAppliesToNodeLabels() {
    String text = "flowchart LR\nA[\"" + LONG + "\"] -->|" + LONG + "| B\n";
    SvgReadBack wide = draw("%%{init: {\"flowchart\": {\"wrappingWidth\": 1000}}}%%\n" + text);
    assertEquals(List.of(LONG), drawnLines(wide, "g.node[data-id=A]"));
    assertEquals(drawnLines(draw(text), "g.edgeLabel"), drawnLines(wide, "g.edgeLabel"));
    SvgReadBack narrow = draw("---\nconfig:\n  flowchart:\n    wrappingWidth: 100\n---\n" + text);
    for (String line : drawnLines(narrow, "g.node[data-id=A]")) {
      assertTrue(width(line) <= 100, line);
    }
  }

  @Test
  void aLabelThatFitsIsLeftAsItIs() {
    Label label = LabelText.parse("Short<br>two lines", false);
    assertSame(label, LabelWrapping.wrap(label, NodeGeometry.FONT_SIZE, LabelWrapping.WIDTH));
    Flowchart chart = Fixtures.parse("flowchart TD\nA[Short] --> B\n");
    assertSame(chart, LabelWrapping.apply(chart));
  }
}
