package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildResult;
import quire.cli.CliRun;
import quire.testing.InlineSite;

/**
 * Pages whose URLs hold # or % (file names keep them as Hugo does: {@code c#-notes.md},
 * {@code 100%25.md}) get links that lead to them, in every place quire writes one.
 */
class LinkEncodingTest {
  @TempDir Path dir;

  @Test
  void sidebarBreadcrumbsPagerAndListingsPercentEncodeThePath() {
    InlineSite.write(dir, """
        -- content/_index.md --
        ---
        title: Home
        ---
        Home.
        -- content/guide/_index.md --
        ---
        title: Guide #1
        ---
        {{< directory-listing >}}
        -- content/guide/c#-notes.md --
        ---
        title: C sharp
        weight: 1
        ---
        Notes.
        -- content/guide/100%25.md --
        ---
        title: Percent
        weight: 2
        ---
        Full.
        -- content/guide/why?.md --
        ---
        title: Why
        weight: 3
        ---
        Because.
        """);
    BuildResult result = InlineSite.build(dir);
    assertTrue(result.written(), result.problems().toString());
    Document percent = Jsoup.parse(InlineSite.read(dir.resolve("out/guide/100%25/index.html")));
    List<String> sidebar = percent.select("nav.sidebar a[href^=/guide/]").eachAttr("href");
    assertTrue(sidebar.containsAll(List.of("/guide/", "/guide/c%23-notes/", "/guide/100%2525/", "/guide/why/")),
        sidebar.toString());
    assertEquals("/guide/c%23-notes/", percent.select("a[rel=prev]").attr("href"));
    assertEquals("/guide/why/", percent.select("a[rel=next]").attr("href"));
    Document section = Jsoup.parse(InlineSite.read(dir.resolve("out/guide/index.html")));
    assertEquals(List.of("/guide/c%23-notes/", "/guide/100%2525/", "/guide/why/"),
        section.select("ul.directory-listing a").eachAttr("href"));
    // The sitemap is written for a base URL with a host (its <loc>s must be absolute).
    quire.build.SiteBuilder.build(new quire.build.BuildOptions(dir, java.util.Optional.of(dir.resolve("published")),
        java.util.Optional.of("https://example.com/"), false));
    Element sitemap = Jsoup.parse(InlineSite.read(dir.resolve("published/sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
    assertTrue(sitemap.select("loc").eachText().contains("https://example.com/guide/c%23-notes/"), sitemap.toString());

    CliRun check = CliRun.of("check", "--source", dir.toString());
    assertEquals(0, check.exit(), check.out());
  }
}
