package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * What readers get from Markdown in a built page: highlighted code blocks that keep their
 * indentation, callouts (GitHub's syntax and the shortcode), tabs, sized images that open
 * enlarged, tables in a scroll box, and the "Edit this page" link.
 */
class ReaderFeaturesTest {
  @TempDir Path site;

  private Document page(String spec, String path) {
    return InlineSite.page(site, spec, path);
  }

  private Document page(String markdown) {
    return page("-- content/a.md --\n" + markdown, "a/index.html");
  }

  @Test
  void fencedCodeIsHighlightedInAFocusableBlockAndKeepsItsIndentation() throws Exception {
    Document page = page("""
        ```yaml
        params:
          product: "Email Security"
        ```
        """);
    Element block = page.selectFirst("article div.code-block[data-lang=yaml]");
    assertNotNull(block);
    assertEquals("0", block.selectFirst("pre").attr("tabindex"));
    assertEquals("params:\n  product: \"Email Security\"\n", block.selectFirst("pre > code.language-yaml").wholeText());
    assertEquals("product", block.select("span.hl-a").get(1).text());
  }

  @Test
  void mermaidBlocksAreStillDiagrams() throws Exception {
    Document page = page("```mermaid\ngraph LR\nA --> B\n```\n");
    assertNotNull(page.selectFirst("article div.diagram[tabindex=0] svg.mermaid"));
    assertNull(page.selectFirst("article div.code-block"));
  }

  @Test
  void gitHubAlertQuotesBecomeCallouts() throws Exception {
    Document page = page("""
        > [!WARNING]
        > Office 365 accepts no **IPv6** ranges.
        >
        > A second paragraph.

        > [!caution]
        > Lower case works too.

        > [!NOTE] text on the marker line
        > is an ordinary quote, as on GitHub.

        > [!UNKNOWN]
        > An ordinary quote.
        """);
    Element warning = page.selectFirst("article aside.callout.callout-warning[role=note]");
    assertNotNull(warning);
    assertEquals("Warning", warning.selectFirst(".callout-title").text());
    assertEquals(List.of("Office 365 accepts no IPv6 ranges.", "A second paragraph."), warning.select(".callout-body > p").eachText());
    assertEquals("Lower case works too.", page.selectFirst("article aside.callout-danger .callout-body").text());
    assertEquals(2, page.select("article blockquote").size());
    assertTrue(page.select("article blockquote").get(1).text().startsWith("[!UNKNOWN]"));
  }

  @Test
  void theCalloutShortcodeWritesTheSameHtml() throws Exception {
    Document page = page("""
        {{< callout tip >}}Use **tabs**.{{< /callout >}}

        {{< callout type="danger" title="Do not" >}}
        Delete the rule.
        {{< /callout >}}
        """);
    Element tip = page.selectFirst("article aside.callout.callout-tip[role=note]");
    assertEquals("Tip", tip.selectFirst(".callout-title").text());
    assertEquals("tabs", tip.selectFirst(".callout-body strong").text());
    assertEquals("Do not", page.selectFirst("article aside.callout-danger .callout-title").text());
    assertEquals("Delete the rule.", page.selectFirst("article aside.callout-danger .callout-body").text());
  }

  @Test
  void anUnknownCalloutTypeIsAnErrorAtTheTemplateWithTheCallAsVia() throws Exception {
    InlineSite.write(site, "-- content/a.md --\n\n{{< callout hint >}}x{{< /callout >}}\n");
    List<String> problems = InlineSite.problems(InlineSite.build(site));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).contains("unknown callout type \"hint\""), problems.get(0));
    assertTrue(problems.get(0).contains("content/a.md:2:1"), problems.get(0));
  }

  @Test
  void tabsHoldTheirPanelsWithMarkdownAndCodeInside() throws Exception {
    Document page = page("""
        {{< tabs sync="os" >}}
        {{< tab "macOS" >}}
        Run **this**:

        ```sh
        ./quire build
        ```
        {{< /tab >}}
        {{< tab name="Windows" >}}
        Run `quire.cmd`.
        {{< /tab >}}
        {{< /tabs >}}
        """);
    Element tabs = page.selectFirst("article div.tabs[data-sync=os]");
    assertNotNull(tabs, page.selectFirst("article").html());
    assertEquals(List.of("macOS", "Windows"), tabs.select("> div.tab-panel").eachAttr("data-tab"));
    Element mac = tabs.selectFirst("> div.tab-panel[data-tab=macOS]");
    assertEquals("this", mac.selectFirst("strong").text());
    assertEquals("./quire build\n", mac.selectFirst("div.code-block pre code").wholeText());
    assertEquals("quire.cmd", tabs.selectFirst("> div.tab-panel[data-tab=Windows] code").text());
  }

  @Test
  void aCalloutInsideATabStaysACallout() throws Exception {
    Document page = page("""
        {{< tabs >}}
        {{< tab "One" >}}
        Before.

        {{< callout warning >}}Careful.{{< /callout >}}
        {{< /tab >}}
        {{< /tabs >}}
        """);
    assertEquals("Careful.", page.selectFirst("article div.tab-panel aside.callout-warning .callout-body").text());
    assertTrue(page.selectFirst("article").html().chars().noneMatch(c -> c == '\uE000' || c == '\uE001'));
  }

  @Test
  void imagesGetTheirSizeFromTheFileAndOpenLarge() throws Exception {
    InlineSite.write(site, """
        -- content/a.md --
        ![A chart](/img/chart.png)

        [![Linked](/img/chart.png)](/a/)
        """);
    Path png = site.resolve("content/img/chart.png");
    Files.createDirectories(png.getParent());
    ImageIO.write(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    assertEquals(List.of(), InlineSite.problems(InlineSite.build(site)));
    Document page = Jsoup.parse(site.resolve("out/a/index.html").toFile());
    Element img = page.selectFirst("article a.zoom[href=/img/chart.png] > img[src=/img/chart.png]");
    assertNotNull(img);
    assertEquals("321", img.attr("width"));
    assertEquals("123", img.attr("height"));
    assertEquals("A chart", img.attr("alt"));
    assertEquals("lazy", img.attr("loading"));
    // An image that is already a link keeps its link.
    assertEquals("/a/", page.select("article img[alt=Linked]").first().parent().attr("href"));
  }

  @Test
  void tablesScrollInAFocusableLabelledBox() throws Exception {
    Document page = page("| a | b |\n|---|---|\n| 1 | 2 |\n");
    Element box = page.selectFirst("article div.table-scroll[tabindex=0][role=group][aria-label] > table");
    assertNotNull(box);
  }

  @Test
  void editUrlGivesEveryPageAnEditLinkToItsSource() throws Exception {
    Document page = page("""
        -- site/config.yaml --
        editUrl: https://example.com/repo/edit/main/
        -- content/a/b.md --
        # B
        """, "a/b/index.html");
    assertEquals("https://example.com/repo/edit/main/content/a/b.md", page.selectFirst(".page-meta a.edit-link").attr("href"));
    assertEquals("Edit this page", page.selectFirst(".page-meta a.edit-link").text());
  }

  @Test
  void withoutEditUrlThereIsNoEditLink() throws Exception {
    assertNull(page("# A\n").selectFirst("a.edit-link"));
  }
}
