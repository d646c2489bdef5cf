package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** The Markdown a page may use: GFM tables, strikethrough, task lists, autolinks, raw HTML, heading ids. */
class MarkdownFeaturesTest {
  @TempDir Path site;

  private Document page(String markdown) {
    return InlineSite.page(site, "-- content/a.md --\n" + markdown, "a/index.html");
  }

  @Test
  void gfmTablesStrikethroughAndTaskListsRender() throws Exception {
    Document page = page("""
        | Disposition | Where |
        |---|---|
        | `SPAM` | quarantine |

        ~~old~~ new

        - [x] done
        - [ ] to do
        """);
    assertEquals("SPAM", page.selectFirst("article table td code").text());
    assertEquals("old", page.selectFirst("article del").text());
    assertEquals(2, page.select("article li input[type=checkbox]").size());
  }

  @Test
  void bareUrlsWwwAddressesAndEmailAddressesBecomeLinks() throws Exception {
    Document page = page("See www.example.com, https://example.org/x and admin@example.com; a: b is plain.\n");
    assertEquals(List.of("https://www.example.com", "https://example.org/x", "mailto:admin@example.com"),
        page.select("article p a").eachAttr("href"));
  }

  @Test
  void aBackslashEndsABareLinkAsInGoldmark() throws Exception {
    // Cloudflare's pages: "https://godoc.org/…/golang\_protobuf…", "https://\[YOUR_SFDC_DOMAIN].my.salesforce.com".
    Document page = page("""
        See https://godoc.org/x/golang\\_protobuf\\_extensions/pbutil and https://\\[HOST].example.com, \\\\ https://a.example/b.
        """);
    assertEquals(List.of("https://godoc.org/x/golang", "https://a.example/b"), page.select("article p a").eachAttr("href"));
    assertEquals("See https://godoc.org/x/golang_protobuf_extensions/pbutil and https://[HOST].example.com, \\ https://a.example/b.",
        page.selectFirst("article p").text());
  }

  @Test
  void headingsGetGitHubStyleIdsUniqueOnThePage() throws Exception {
    Document page = page("""
        ## Configure anti-spam policies
        ## Step 1: Create a rule_name
        ## Configure anti-spam policies
        """);
    assertEquals(List.of("configure-anti-spam-policies", "step-1-create-a-rule_name", "configure-anti-spam-policies-1"),
        page.select("article h2").eachAttr("id"));
    // The anchor follows the heading, so the heading's accessible name is its text alone.
    assertEquals("Configure anti-spam policies", page.selectFirst("article h2").text());
    assertEquals("#configure-anti-spam-policies", page.selectFirst("article h2 + a.heading-anchor").attr("href"));
    assertEquals("Section titled Configure anti-spam policies", page.selectFirst("article a.heading-anchor").attr("aria-label"));
  }

  @Test
  void headingIdsComeFromTheHeadingsSourceAsHugoMakesThem() throws Exception {
    // Cloudflare's pages link to ids Hugo made from the Markdown of the heading, links included.
    Document page = page("""
        ## [Cloudflare Access](https://www.cloudflare.com/products/zero-trust/access/)
        ## Calculate the date _n_ days ago
        ## 2nd&ndash;4th *item*
        ## ¿Qué? 😀
        ## 🚀
        Setext `heading`
        ----------------
        """);
    assertEquals(List.of("cloudflare-accesshttpswwwcloudflarecomproductszero-trustaccess", "calculate-the-date-_n_-days-ago",
        "2ndndash4th-item", "qué-", "heading", "setext-heading"), page.select("article h2").eachAttr("id"));
    assertEquals("Cloudflare Access", page.selectFirst("article h2").text());
  }

  @Test
  void anAttributeBlockEndingAHeadingSetsItsId() throws Exception {
    // Cloudflare's GraphQL filtering page: "#### GraphQL {#001}", as goldmark reads it for Hugo.
    Document page = page("""
        #### GraphQL {#001}
        #### SQL { #sql-example .wide data-x="a b" }
        #### SQL
        #### Not {an attribute block}
        #### Braces {#x} in the middle
        """);
    assertEquals(List.of("001", "sql-example", "sql", "not-an-attribute-block", "braces-x-in-the-middle"),
        page.select("article h4").eachAttr("id"));
    assertEquals(List.of("GraphQL", "SQL", "SQL", "Not {an attribute block}", "Braces {#x} in the middle"),
        page.select("article h4").eachText());
  }

  @Test
  void rawHtmlPassesThroughAroundMarkdown() throws Exception {
    Document page = page("""
        1. Step one:

            <div class="large-img">

            ![A setting](/x.png)

            </div>
        """);
    assertEquals("A setting", page.selectFirst("article ol li div.large-img img").attr("alt"));
  }

  @Test
  void definitionListsAndFootnotesRenderAsHugoHasThem() throws Exception {
    Document page = page("""
        Takes a value[^1].

        `indent`
        : Indentation to use.

        [^1]: Any string.
        """);
    assertEquals("indent", page.selectFirst("article dl dt").text());
    assertEquals("Indentation to use.", page.selectFirst("article dl dd").text());
    assertEquals("1", page.selectFirst("article p sup a").text());
    assertEquals("Any string. \u21a9\ufe0e", page.selectFirst("article .footnotes li").text());
  }

  @Test
  void aCodeSpanKeepsItsSpacesAsCommonMarkHasThem() throws Exception {
    // Cloudflare's pages: "Poll the `/downloads `endpoint", "connect to` prod-broker`".
    Document page = page("""
        Poll the `/downloads `endpoint, connect to` prod-broker`, run ` a  b ` and `  `.

        1. A span `across
           two` lines.
        """);
    assertEquals(List.of("/downloads ", " prod-broker", "a  b", "  "),
        page.select("article p code").stream().map(e -> e.wholeText()).toList());
    assertEquals("across two", page.selectFirst("article li code").wholeText());
  }

  @Test
  void anEscapedPipeInATableCellsCodeSpanIsAPipe() throws Exception {
    Document page = page("""
        Example|Result
        -|-
        `{{ "ab" \\| len }}`|2
        """);
    assertEquals("{{ \"ab\" | len }}", page.selectFirst("article table td code").text());
  }
}
