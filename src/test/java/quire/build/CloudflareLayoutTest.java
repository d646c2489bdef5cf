package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * A site in the layout of Cloudflare's Hugo-era docs: partials in content/<product>/_partials/,
 * template shortcodes with capitalised names, a paired shortcode inside a partial.
 */
class CloudflareLayoutTest {
  private static final Path SITE = Path.of("src/test/resources/sites/cloudflare-layout");
  @TempDir Path out;

  @Test
  void buildsAsItIsWithPartialsUnderContent() throws Exception {
    BuildResult result = SiteBuilder.build(BuildOptions.of(SITE, out));
    assertEquals(List.of(), InlineSite.problems(result));
    assertEquals(List.of("/email-security/", "/email-security/setup/dispositions/"),
        result.pages().stream().map(PageFacts::url).toList());
    Document page = Jsoup.parse(out.resolve("email-security/setup/dispositions/index.html").toFile());
    assertEquals("dispositions", page.selectFirst("article abbr.glossary[title=disposition]").text());
    assertTrue(page.selectFirst("article p").text().contains("such as MALICIOUS, in a header"));
  }

  @Test
  void aPairedShortcodesInnerListIsRenderedAsBlocks() throws Exception {
    SiteBuilder.build(BuildOptions.of(SITE, out));
    Document home = Jsoup.parse(out.resolve("email-security/index.html").toFile());
    assertEquals(List.of("first point", "second point"), home.select("aside.aside-note > ul > li").eachText());
    assertTrue(home.select("article p > aside").isEmpty(), "shortcode HTML is not wrapped in a paragraph");
  }
}
