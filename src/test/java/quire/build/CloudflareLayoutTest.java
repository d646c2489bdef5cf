package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.check.ExternalLinkCheck;
import quire.check.SiteCheck;
import quire.diag.Problem;
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
    assertEquals(List.of("/", "/email-security/", "/email-security/setup/dispositions/"),
        result.pages().stream().map(PageFacts::url).toList());
    Document page = Jsoup.parse(out.resolve("email-security/setup/dispositions/index.html").toFile());
    assertEquals("dispositions", page.selectFirst("article abbr.glossary[title=disposition]").text());
    assertTrue(page.selectFirst("article p").text().contains("such as MALICIOUS, in a header"));
  }

  /**
   * Cloudflare's docs have no content/_index.md (their home page was a template's); Hugo builds a
   * home page all the same, and so does quire: without it the theme's own link home, on every
   * page, would be broken.
   */
  @Test
  void theSiteHasAHomePageWithoutAFileForIt() throws Exception {
    BuildResult result = SiteBuilder.build(BuildOptions.of(SITE, out));
    assertEquals(List.of(), InlineSite.problems(result));
    Document home = Jsoup.parse(out.resolve("index.html").toFile());
    assertEquals("Documentation", home.selectFirst("article.content h1").text());
    assertEquals(List.of("/email-security/"), home.select("section.cards a").eachAttr("href"));
    assertTrue(home.select("a:contains(Edit this page)").isEmpty(), "no file to edit");
  }

  /** A top-level folder without an _index.md is a section in Hugo; a deeper one stays a folder. */
  @Test
  void aTopLevelFolderWithoutItsIndexIsASectionAndADeeperOneIsNot() throws Exception {
    Path site = InlineSite.write(out.resolve("site"), """
        -- site/config.yaml --
        title: Guides
        editUrl: https://example.com/edit/
        -- content/_index.md --
        # Home
        -- content/guides/first.md --
        ---
        title: First
        ---
        # First
        -- content/guides/deep/second.md --
        ---
        title: Second
        ---
        # Second
        """);
    BuildResult result = InlineSite.build(site);
    assertEquals(List.of(), InlineSite.problems(result));
    assertEquals(List.of("/", "/guides/", "/guides/deep/second/", "/guides/first/"),
        result.pages().stream().map(PageFacts::url).sorted().toList());
    Document guides = Jsoup.parse(site.resolve("out/guides/index.html").toFile());
    assertEquals("guides", guides.selectFirst("article.content h1").text());
    assertTrue(guides.select("a[href=/guides/first/]").size() > 0, "its page is listed");
    assertTrue(guides.select("a:contains(Edit this page)").isEmpty(), "no file to edit");
    Document first = Jsoup.parse(site.resolve("out/guides/first/index.html").toFile());
    assertEquals(1, first.select("a:contains(Edit this page)").size(), "a page with a file has its edit link");
  }

  @Test
  void aPairedShortcodesInnerListIsRenderedAsBlocks() throws Exception {
    SiteBuilder.build(BuildOptions.of(SITE, out));
    Document home = Jsoup.parse(out.resolve("email-security/index.html").toFile());
    assertEquals(List.of("first point", "second point"), home.select("aside.aside-note > ul > li").eachText());
    assertTrue(home.select("article p > aside").isEmpty(), "shortcode HTML is not wrapped in a paragraph");
  }

  /**
   * Hugo puts a file's path in its URL lowered, spaces as hyphens, other punctuation left out
   * (Cloudflare published {@code warp-client/get-started/iOS.md} at {@code /warp-client/get-started/ios/});
   * links written to Hugo's URLs lead to the pages, a bundle's files keep their names, and the
   * product folder's partials are found under the folder's own name.
   */
  @Test
  void pathsArePutInUrlsAsHugoPutsThem() throws Exception {
    Path site = InlineSite.write(out.resolve("site"), """
        -- content/_index.md --
        # Home

        See [iOS](/WARP-Client/get-started/ios/) and [the bundle](warp-client/bundle-dir/).

        ![The shot](/WARP-Client/Bundle%20Dir/Shot%201.png)
        -- content/WARP-Client/_index.md --
        # WARP
        -- content/WARP-Client/_partials/_note.md --
        Install the **profile**.
        -- content/WARP-Client/get-started/iOS.md --
        # iOS

        {{<render file="_note.md">}}

        Back to [the bundle](../../bundle-dir/).
        -- content/WARP-Client/Bundle Dir/index.md --
        # Bundle

        ![A shot](Shot%201.png) and [iOS](../get-started/iOS.md).
        -- content/WARP-Client/Bundle Dir/Shot 1.png --
        not really a PNG
        """);
    BuildResult result = InlineSite.build(site);
    assertEquals(List.of("/", "/warp-client/", "/warp-client/bundle-dir/", "/warp-client/get-started/ios/"),
        result.pages().stream().map(PageFacts::url).sorted().toList());
    Document ios = Jsoup.parse(site.resolve("out/warp-client/get-started/ios/index.html").toFile());
    assertEquals("Install the profile.", ios.selectFirst("article.content p").text());
    assertTrue(Files.exists(site.resolve("out/warp-client/bundle-dir/Shot 1.png")));
    Document bundle = Jsoup.parse(site.resolve("out/warp-client/bundle-dir/index.html").toFile());
    assertEquals("/warp-client/get-started/ios/", bundle.selectFirst("article.content a").attr("href"));
    // The link written with the folder's capitals is broken, as it was on Hugo's site: the check says so.
    SiteCheck.Result checked = SiteCheck.run(new SiteCheck.Options(site, false, Optional.empty(), ExternalLinkCheck.Settings.DEFAULTS));
    assertEquals(List.of("link-broken content/_index.md:3:11: link \"/WARP-Client/get-started/ios/\" is broken: nothing is"
        + " built at /WARP-Client/get-started/ios/ (did you mean \"/warp-client/get-started/ios/\"?)",
        "image-missing content/_index.md:5:13: image \"/WARP-Client/Bundle%20Dir/Shot%201.png\" is broken: nothing is"
        + " built at /WARP-Client/Bundle Dir/Shot 1.png (did you mean \"/warp-client/bundle-dir/Shot 1.png\"?)"),
        checked.problems().stream().filter(Problem::isError).map(InlineSite::line).toList());
  }
}
