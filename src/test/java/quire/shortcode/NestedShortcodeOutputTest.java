package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * A {@code {{< >}}} shortcode's HTML inside a paired shortcode keeps its place on every path the
 * inner text takes: printed raw, markdownified inline or as blocks, nested several levels deep,
 * inside a code block or an HTML block. Private-use characters of a writer's text stay as written.
 */
class NestedShortcodeOutputTest {
  private static final String SHORTCODES = """
      -- site/shortcodes/term.ftlh --
      <abbr title="${named.id}">${inner}</abbr>
      -- site/shortcodes/raw.ftlh --
      <div class="raw">${inner?no_esc}</div>
      -- site/shortcodes/inline.ftlh --
      <span class="inline">${markdownify(inner)}</span>
      -- site/shortcodes/blocks.ftlh --
      <section class="blocks">${markdownify(inner)}</section>
      -- site/shortcodes/icon.ftlh --
      <i class="icon">${named.glyph}</i>
      """;

  @TempDir Path site;

  private Document page(String markdown) {
    return InlineSite.page(site, SHORTCODES + "-- content/a.md --\n" + markdown, "a/index.html");
  }

  @Test
  void aShortcodeInsideAMarkdownifiedInlineTextKeepsItsOutput() throws Exception {
    Document page = page("{{<inline>}}Stop {{<term id=\"phishing\">}}phishing{{</term>}} attacks{{</inline>}}\n");
    assertEquals("Stop phishing attacks", page.selectFirst("span.inline").text());
    assertEquals("phishing", page.selectFirst("span.inline abbr[title=phishing]").text());
  }

  @Test
  void aShortcodeInsideAnInnerPrintedRawKeepsItsOutput() throws Exception {
    Document page = page("""
        {{<raw>}}
        {{<inline>}}A **resource**{{</inline>}}
        {{</raw>}}
        """);
    assertEquals("A resource", page.selectFirst("div.raw > span.inline").text());
    assertEquals("resource", page.selectFirst("div.raw strong").text());
  }

  @Test
  void shortcodesNestedThreeLevelsThroughEveryPathKeepTheirOutput() throws Exception {
    Document page = page("""
        {{<blocks>}}
        - one {{<raw>}}{{<inline>}}see {{<term id="x">}}X{{</term>}}{{</inline>}}{{</raw>}}
        - two
        {{</blocks>}}
        """);
    assertEquals(List.of("one see X", "two"), page.select("section.blocks > ul > li").eachText());
    assertEquals("X", page.selectFirst("section.blocks li div.raw span.inline abbr[title=x]").text());
  }

  @Test
  void aShortcodeInACodeBlockOrAnHtmlBlockKeepsItsOutput() throws Exception {
    Document page = page("""
        <div class="box">
        {{<term id="y">}}Y{{</term>}}
        </div>

        ```
        {{<term id="z">}}Z{{</term>}}
        ```
        """);
    assertEquals("Y", page.selectFirst("div.box abbr[title=y]").text());
    assertEquals("Z", page.selectFirst("pre code abbr[title=z]").text());
  }

  @Test
  void aShortcodeInCodeOfAMarkdownifiedInnerIsTextAsInHugo() throws Exception {
    // Hugo renders a nested shortcode into the outer one's inner text first: in code that the
    // outer one markdownifies, its HTML is code (Cloudflare's Stream player attributes).
    Document page = page("""
        {{<blocks>}}
        - item

              code {{<term id="x">}}X{{</term>}}

        - `span {{<term id="y">}}Y{{</term>}}`
        {{</blocks>}}

            top {{<term id="z">}}Z{{</term>}}
        """);
    assertEquals("code <abbr title=\"x\">X</abbr>", page.selectFirst("section.blocks pre code").text().strip());
    assertEquals("span <abbr title=\"y\">Y</abbr>", page.selectFirst("section.blocks li p code").text());
    assertEquals("Z", page.selectFirst("pre code abbr[title=z]").text());
  }

  @Test
  void privateUseCharactersOfTheTextAreNeverTakenForPlaceholders() throws Exception {
    // U+E000 and U+E001 around a number: the shape of a placeholder, written by hand (icon fonts use the area).
    String glyphs = "\uE000" + "0" + "\uE001 and \uE0001\uE001 \uE000";
    Document page = page("{{<term id=\"t\">}}tip{{</term>}} " + glyphs + "\n\n"
        + "{{<inline>}}" + glyphs + "{{</inline>}}\n\n"
        + "{{<icon glyph=\"\uE0000\uE001\">}}\n\n"
        + "`" + glyphs + "`\n");
    assertEquals("tip " + glyphs, page.selectFirst("article p").text());
    assertEquals(glyphs, page.selectFirst("span.inline").text());
    assertEquals("\uE0000\uE001", page.selectFirst("i.icon").text());
    assertEquals(glyphs, page.selectFirst("article p code").text());
  }
}
