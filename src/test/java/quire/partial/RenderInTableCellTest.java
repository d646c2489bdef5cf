package quire.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * A render call in a table cell keeps the whole partial in that cell, as Hugo 0.111 built the
 * same files: a partial of two paragraphs gives the cell both, a paragraph written on two lines
 * stays one inline paragraph, and the rows after it are still rows.
 */
class RenderInTableCellTest {
  @TempDir Path root;

  @Test
  void thePartialStaysInItsCell() {
    Document page = InlineSite.page(root, """
        -- content/docs/_index.md --
        # Docs
        -- content/docs/_partials/_two.md --
        First paragraph
        written on two lines.

        Second **one**.
        -- content/docs/_partials/_wrapped.md --
        A paragraph
        on two lines, with [a link](/docs/).
        -- content/docs/a.md --
        | Setting | Value |
        | --- | --- |
        | Two | {{<render file="_two.md">}} |
        | Wrapped | {{<render file="_wrapped.md">}} |
        Last | no leading pipe {{<render file="_wrapped.md">}}
        """, "docs/a/index.html");
    List<Element> cells = page.select("article.content td:eq(1)");
    assertEquals(3, cells.size(), page.select("article.content").outerHtml());
    assertEquals(List.of("p", "p"), cells.get(0).children().stream().map(Element::tagName).toList());
    assertEquals("First paragraph written on two lines.", cells.get(0).child(0).text());
    assertEquals("Second one.", cells.get(0).child(1).text());
    assertEquals("A paragraph on two lines, with a link.", cells.get(1).text());
    assertEquals(List.of("a"), cells.get(1).children().stream().map(Element::tagName).toList());
    assertEquals("no leading pipe A paragraph on two lines, with a link.", cells.get(2).text());
    assertEquals(List.of(), page.select("article.content > p").eachText());
  }
}
