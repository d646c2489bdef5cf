package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.RepositoryMarkdown;

/**
 * quire's inline parser differs from Flexmark's only in how it reads a regular-expression match
 * (linear on long paragraphs, issue 9), so Flexmark's own parser is the oracle: both give the same
 * HTML for every inline construct and for every Markdown file of the repository and its fixtures.
 */
class LinearInlineParserTest {
  private static final MutableDataSet OPTIONS = new MutableDataSet().set(Parser.EXTENSIONS, List.of(
      TablesExtension.create(), StrikethroughExtension.create(), AutolinkExtension.create(), TypographicExtension.create()));
  private static final Parser FLEXMARK = Parser.builder(OPTIONS).build();
  private static final Parser LINEAR = LinearInlineParser.install(Parser.builder(OPTIONS)).build();
  private static final HtmlRenderer HTML = HtmlRenderer.builder(OPTIONS).build();

  private static void assertSameHtml(String markdown) {
    assertEquals(HTML.render(FLEXMARK.parse(markdown)), HTML.render(LINEAR.parse(markdown)), markdown);
  }

  @Test
  void everyInlineConstructRendersAsFlexmarkRendersIt() {
    for (String text : List.of("`code` and ``co`de`` and ` `` `", "[link](/a \"title\") [ref][r] [r]\n\n[r]: /b 'T'",
        "![img](x.png) <https://a.b/c> <a@b.c> https://auto.link/x", "*em* _em_ **strong** ~~del~~ ***both***",
        "<span class=\"x\">raw</span> &amp; &#35; \\* \\`", "\"quotes\" -- dashes... 'single'", "a  \nhard break",
        "[unclosed ( `unclosed *unclosed <unclosed", "| a | b |\n|---|---|\n| `x` | [y](z) |")) {
      assertSameHtml(text);
    }
  }

  @Test
  void everyMarkdownFileOfTheRepositoryRendersAsFlexmarkRendersIt() {
    for (String markdown : RepositoryMarkdown.texts()) assertSameHtml(markdown);
  }
}
