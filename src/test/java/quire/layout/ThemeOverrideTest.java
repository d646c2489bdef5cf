package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;

/** A site's {@code site/templates/} and {@code site/static/} replace the built-in theme file by file. */
class ThemeOverrideTest {
  private static final Path SITE = Path.of("src/test/resources/sites/theme-override");

  @TempDir static Path temp;
  private static Path out;

  @BeforeAll
  static void build() {
    out = temp.resolve("site");
    BuildResult result = SiteBuilder.build(BuildOptions.of(SITE, out));
    assertEquals(0, result.errors(), () -> "problems: " + result.problems());
    assertTrue(result.written());
  }

  @Test
  void aPageUsesTheSitesOwnPageTemplate() throws IOException {
    Document page = parse("guide/first/index.html");
    assertEquals("site-page", page.body().attr("data-template"));
    assertTrue(page.select("nav.sidebar").isEmpty(), "the built-in frame must not be used");
    assertNotNull(page.selectFirst("main h2#a-heading"));
  }

  @Test
  void theSitesStylesheetReplacesTheBuiltInOne() throws IOException {
    String css = Files.readString(out.resolve("css/quire.css"));
    assertEquals(Files.readString(SITE.resolve("site/static/css/quire.css")), css);
  }

  @Test
  void theSitesOtherStaticFilesAreCopiedBesideTheBuiltInOnes() throws IOException {
    assertEquals(Files.readString(SITE.resolve("site/static/style.css")), Files.readString(out.resolve("style.css")));
    assertTrue(Files.isRegularFile(out.resolve("js/quire.js")), "built-in files the site does not replace are kept");
  }

  @Test
  void sectionAndHomePagesStillUseTheBuiltInTemplates() throws IOException {
    for (String path : new String[] {"guide/index.html", "index.html"}) {
      Document page = parse(path);
      assertFalse(page.body().hasAttr("data-template"), path);
      assertNotNull(page.selectFirst("nav.sidebar#site-nav"), path);
      assertNotNull(page.selectFirst("a.skip-link[href=#content]"), path);
    }
    Document section = parse("guide/index.html");
    assertEquals("/guide/first/", section.selectFirst("section.cards a").attr("href"));
  }

  @Test
  void theBuiltInNotFoundPageIsStillWritten() throws IOException {
    assertEquals("Page not found", parse("404.html").selectFirst("main h1").text());
  }

  private static Document parse(String path) throws IOException {
    return Jsoup.parse(out.resolve(path).toFile(), "UTF-8");
  }
}
