package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** {@code quire build --base-url}: every link and asset of the built site gets the base path. */
class BaseUrlTest {
  @TempDir Path site;

  private static final String SITE = """
      -- site/config.yaml --
      title: Docs
      baseUrl: https://old.example.org/
      -- content/_index.md --
      ---
      title: Home
      ---
      [a page](guide/a.md), [root-relative](/guide/a/#top), [external](https://example.com/x)
      and ![a picture](/img/p.png)
      -- content/guide/_index.md --
      ---
      title: Guide
      ---
      -- content/guide/a.md --
      ---
      title: A
      ---
      [up](_index.md)
      -- content/img/p.png --
      not really a picture
      """;

  @Test
  void linksAssetsAndTheSitemapGetTheBasePathOfTheFlagNotOfTheConfig() throws Exception {
    InlineSite.write(site, SITE);
    CliRun run = CliRun.of("build", "--source", site.toString(), "--out", site.resolve("out").toString(),
        "--base-url", "https://docs.example.com/product/");
    assertEquals(0, run.exit(), run.err());

    Document home = Jsoup.parse(site.resolve("out/index.html").toFile());
    assertEquals(List.of("/product/guide/a/", "/product/guide/a/#top", "https://example.com/x"),
        home.select("article p a").eachAttr("href"));
    assertEquals("/product/img/p.png", home.selectFirst("article img").attr("src"));
    assertEquals("/product/css/quire.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
    for (Element script : home.select("script[src]")) assertTrue(script.attr("src").startsWith("/product/"), script.outerHtml());
    assertEquals("/product/", home.selectFirst("a.site-title").attr("href"));
    for (Element link : home.select("nav a[href]")) {
      assertTrue(link.attr("href").startsWith("/product/") || link.attr("href").startsWith("#"), link.outerHtml());
    }

    Document page = Jsoup.parse(site.resolve("out/guide/a/index.html").toFile());
    assertEquals("/product/guide/", page.selectFirst("article p a").attr("href"));

    String sitemap = InlineSite.read(site.resolve("out/sitemap.xml"));
    assertTrue(sitemap.contains("<loc>https://docs.example.com/product/guide/a/</loc>"), sitemap);
    assertFalse(sitemap.contains("old.example.org"), sitemap);
  }

  @Test
  void withoutTheFlagTheConfigsBaseUrlIsUsed() throws Exception {
    InlineSite.write(site, SITE.replace("https://old.example.org/", "https://example.org/manual/"));
    CliRun run = CliRun.of("build", "--source", site.toString(), "--out", site.resolve("out").toString());
    assertEquals(0, run.exit(), run.err());
    Document home = Jsoup.parse(site.resolve("out/index.html").toFile());
    assertEquals("/manual/guide/a/", home.selectFirst("article p a").attr("href"));
    assertEquals("/manual/css/quire.css", home.selectFirst("link[rel=stylesheet]").attr("href"));
    assertTrue(InlineSite.read(site.resolve("out/sitemap.xml")).contains("<loc>https://example.org/manual/guide/a/</loc>"));
  }
}
