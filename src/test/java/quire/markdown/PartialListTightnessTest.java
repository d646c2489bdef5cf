package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * A list item that renders a partial: the list is tight or loose as its own file makes it, as
 * Hugo 0.111 renders these pages (each expected shape below is what Hugo's build of the same
 * files, with Cloudflare's render shortcode, gave).
 */
class PartialListTightnessTest {
  @TempDir Path root;

  private static final String STEPS = """
      -- content/docs/_index.md --
      # Docs
      -- content/docs/_partials/_steps.md --
      Choose an address:

      ```txt
      1.1.1.1
      ```
      """;

  /**
   * Each item of the page's lists as the tag of its first child element, or "text" when it
   * starts with text (a tight item), one list a line.
   */
  private static List<String> itemShapes(Document page) {
    return page.select("article.content ol, article.content ul").stream()
        .map(list -> String.join(" ", list.children().stream().map(PartialListTightnessTest::shape).toList()))
        .toList();
  }

  private static String shape(Element item) {
    boolean startsWithText = !item.textNodes().isEmpty() && !item.textNodes().get(0).isBlank()
        && item.childNode(0) == item.textNodes().get(0);
    Element first = item.firstElementChild();
    if (startsWithText || first == null) return "text";
    // A code block is wrapped by the theme; what matters is the first block.
    return first.tagName();
  }

  /** Builds the page {@code content/docs/a.md} with {@code _steps.md} and the other files given. */
  private Document build(String files) {
    return InlineSite.page(root, STEPS + files, "docs/a/index.html");
  }

  @Test
  void aPartialOfSeveralBlocksInAnItemLeavesTheListTight() {
    Document page = build("""
        -- content/docs/_partials/_one.md --
        Select **Save**.
        -- content/docs/a.md --
        1. One
        2. {{<render file="_steps.md">}}
        3. {{<render file="_one.md">}}
        4. Four
        """);
    // The partial's blocks keep their <p>; a one-paragraph partial is inline, like the page's items.
    assertEquals(List.of("text p text text"), itemShapes(page));
    assertEquals("Choose an address:", page.selectFirst("li > p").text());
  }

  @Test
  void aBlankLineOfThePagesOwnMakesTheListLoose() {
    Document page = build("""
        -- content/docs/a.md --
        1. One

        2. {{<render file="_steps.md">}}
        3. Three

        Own blocks:

        - One

          More
        - {{<render file="_steps.md">}}
        """);
    assertEquals(List.of("p p p", "p p"), itemShapes(page));
  }

  @Test
  void aListInsideAPartialIsJudgedByThePartialsOwnText() {
    Document page = build("""
        -- content/docs/_partials/_nested.md --
        1. Open the dashboard.
        2. {{<render file="_steps.md">}}
        3. Done.
        -- content/docs/a.md --
        Nested:

        {{<render file="_nested.md">}}
        """);
    assertEquals(List.of("text p text"), itemShapes(page));
  }

  @Test
  void aListInAQuoteToo() {
    Document page = build("""
        -- content/docs/a.md --
        > 1. One
        > 2. {{<render file="_steps.md">}}
        > 3. Three
        """);
    assertEquals(List.of("text p text"), itemShapes(page));
  }
}
