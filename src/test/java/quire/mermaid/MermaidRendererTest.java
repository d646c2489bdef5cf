package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MermaidRendererTest {
  private final MermaidRenderer renderer = new MermaidRenderer();

  @Test
  void otherDiagramTypesAreUnsupported() {
    for (String type : List.of("sequenceDiagram", "classDiagram", "stateDiagram-v2", "erDiagram", "gantt", "pie", "journey",
        "gitGraph", "mindmap")) {
      assertEquals(new Diagram.Unsupported(type), renderer.render("%% comment\n" + type + "\n  a\n", "m"));
    }
  }

  @Test
  void aSyntaxErrorIsInvalidWithItsOffset() {
    Diagram d = renderer.render("graph TD\nA --> B(\n", "m");
    assertEquals(new Diagram.Invalid(16, "This label is not closed: expected ')'."), d);
  }

  @Test
  void theSameTextGivesByteIdenticalSvgFromFreshRenderers() {
    String text = Fixtures.read("corpus.mmd");
    String a = ((Diagram.Svg) new MermaidRenderer().render(text, "p")).svg();
    String b = ((Diagram.Svg) new MermaidRenderer().renderUncached(text, "p")).svg();
    assertEquals(a, b);
  }

  @Test
  void cachedDiagramsStillGetTheirOwnIdPrefix() {
    String text = Fixtures.read("seed.mmd");
    String first = ((Diagram.Svg) renderer.render(text, "mermaid-1")).svg();
    String second = ((Diagram.Svg) renderer.render(text, "mermaid-2")).svg();
    assertNotEquals(first, second);
    assertTrue(second.contains("id=\"mermaid-2\""));
    assertEquals(first.replace("mermaid-1", "mermaid-2"), second);
  }

  @Test
  void theFontShipsWithQuire() {
    assertTrue(MermaidFont.bytes().length > 100_000);
    assertEquals("quire-mermaid-sans.ttf", MermaidFont.fileName());
    assertInstanceOf(String.class, MermaidFont.cssFamily());
  }

  @Test
  void textIsMeasuredWithTheFontsOwnWidths() {
    // Liberation Sans has Arial's metrics: "W" is 1933/2048 em, "i" 455/2048 em.
    assertEquals(16 * 1933 / 2048.0, GlyphWidths.SANS.width("W", 16), 1e-9);
    assertEquals(16 * 455 / 2048.0, GlyphWidths.SANS.width("i", 16), 1e-9);
  }
}
