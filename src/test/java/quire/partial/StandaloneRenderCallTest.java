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
 * A render call that is a paragraph of its own ends a list above it, and a partial that starts
 * with list items is a list of its own, as Hugo 0.111 built the same files (Cloudflare's static
 * routes pages render `3. …` after the page's own `1.` and `2.`).
 */
class StandaloneRenderCallTest {
  @TempDir Path root;

  /** The content's top-level blocks: each list as its tag, start and item count. */
  private static List<String> blocks(Document page) {
    return page.select("article.content > *").stream().map(StandaloneRenderCallTest::block).toList();
  }

  private static String block(Element e) {
    if (!e.tagName().equals("ol") && !e.tagName().equals("ul")) return e.tagName();
    String start = e.hasAttr("start") ? " start=" + e.attr("start") : "";
    return e.tagName() + start + " ×" + e.children().size();
  }

  @Test
  void aPartialsItemsAfterThePagesListAreAListOfTheirOwn() {
    Document page = InlineSite.page(root, """
        -- content/docs/_index.md --
        # Docs
        -- content/docs/_partials/_more.md --
        3. Three
        4. Four
        -- content/docs/_partials/_bullet.md --
        - Bullet
        -- content/docs/a.md --
        1. One
        2. Two

        {{<render file="_more.md">}}

        After.

        - Own bullet

        {{<render file="_bullet.md">}}
        """, "docs/a/index.html");
    assertEquals(List.of("ol ×2", "ol start=3 ×2", "p", "ul ×1", "ul ×1"), blocks(page));
    // The page's own list stays tight: the blank line before the call is not inside it.
    assertEquals("One", page.selectFirst("article.content > ol > li").html());
  }

  @Test
  void thePagesTextAfterTheCallNeverGoesOnWithAListThePartialEndsWith() {
    // Zero Trust's private DNS unit: a partial of steps 1 to 3, then the page's own `4.`.
    // Hugo 0.111 gave these blocks for the same files.
    Document page = InlineSite.page(root, """
        -- content/docs/_index.md --
        # Docs
        -- content/docs/_partials/_steps.md --
        1. One
        2. Two
        -- content/docs/_partials/_bullet.md --
        - Bullet
        -- content/docs/a.md --
        Intro:

        {{<render file="_steps.md">}}

        3. Three
        4. Four

        {{<render file="_bullet.md">}}

           Indented after.
        """, "docs/a/index.html");
    assertEquals(List.of("p", "ol ×2", "ol start=3 ×2", "ul ×1", "p"), blocks(page));
    assertEquals("Bullet", page.selectFirst("article.content > ul > li").html());
  }

  @Test
  void aCallInsideTheListItemKeepsThePartialInIt() {
    Document page = InlineSite.page(root, """
        -- content/docs/_index.md --
        # Docs
        -- content/docs/_partials/_more.md --
        1. Sub one
        2. Sub two
        -- content/docs/a.md --
        1. One

           {{<render file="_more.md">}}
        2. Two
        """, "docs/a/index.html");
    assertEquals(List.of("ol ×2"), blocks(page));
    assertEquals(2, page.select("ol > li > ol > li").size());
  }
}
