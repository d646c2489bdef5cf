package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** {@code markdownify} as Hugo's: one paragraph gives its inline HTML unbroken, more gives blocks. */
class MarkdownifyTest {
  @TempDir Path site;

  private String article(String spec) throws Exception {
    InlineSite.write(site, """
        -- site/shortcodes/note.ftlh --
        <aside>${markdownify(inner)}</aside>
        """ + spec);
    assertEquals(List.of(), InlineSite.problems(InlineSite.build(site)));
    org.jsoup.nodes.Document page = Jsoup.parse(site.resolve("out/es/a/index.html").toFile());
    page.outputSettings().prettyPrint(false);
    return page.selectFirst("aside").html();
  }

  @Test
  void aOneParagraphInnerGivesItsInlineHtmlWithoutBreaksAroundMarkup() throws Exception {
    String html = article("""
        -- content/es/_partials/_renamed.md --
        ---
        _build:
          publish: false
        ---

        Renamed to **Email Security**, see [the docs](https://example.com/) and `code`.
        -- content/es/a.md --
        {{<note>}}
        {{<render file="_renamed.md">}}
        {{</note>}}
        """);
    assertEquals("Renamed to <strong>Email Security</strong>, see <a href=\"https://example.com/\">the docs</a> and <code>code</code>.", html);
  }

  @Test
  void aParagraphOverSeveralLinesIsStillInline() throws Exception {
    String html = article("""
        -- content/es/a.md --
        {{<note>}}first *line*
        second line{{</note>}}
        """);
    assertEquals("first <em>line</em>\nsecond line", html);
  }

  @Test
  void moreThanOneBlockGivesBlockHtml() throws Exception {
    String html = article("""
        -- content/es/a.md --
        {{<note>}}
        A list:

        - one
        {{</note>}}
        """);
    assertEquals("<p>A list:</p>\n<ul>\n<li>one</li>\n</ul>\n", html);
  }
}
