package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.diag.Problems;
import quire.site.Site;
import quire.site.SiteLoader;
import quire.site.SourcePage;
import quire.template.TemplateEngine;

/**
 * The sidebar drawn in Java ({@link Navigation#sidebar}) is the HTML of the built-in
 * {@code base.ftlh}'s {@code tree} macro, which is the oracle: for every page (and the 404 page)
 * of the fixture sites, of the repository's own site, and of a site whose titles and folder
 * names hold characters HTML escapes, under a base path.
 */
class SidebarTest {
  @TempDir Path dir;

  private static final Configuration TEMPLATES = new TemplateEngine(Optional.empty(), "templates").configuration();

  private static String macro(Navigation nav, String href, String kind) throws Exception {
    Template template = new Template("sidebar.ftlh",
        new StringReader("<#import \"base.ftlh\" as base><#assign page = page in base><@base.tree nav 1/>"), TEMPLATES);
    StringWriter out = new StringWriter();
    template.process(Map.of("nav", nav.tree(), "page", Map.of("url", href, "kind", kind)), out);
    return out.toString();
  }

  private static int assertSameAsTheMacro(Path root) throws Exception {
    Site site = SiteLoader.load(root, false, new Problems());
    Navigation nav = new Navigation(site.pages(), site.config().basePath());
    int pages = 0;
    for (SourcePage page : site.pages()) {
      String href = nav.href(page.url());
      String kind = page.kind().name().toLowerCase(Locale.ROOT);
      assertEquals(macro(nav, href, kind), nav.sidebar(href, page.kind() == SourcePage.Kind.HOME), root + " " + page.path());
      pages++;
    }
    assertEquals(macro(nav, "/404.html", "404"), nav.sidebar("/404.html", false), root + " 404");
    return pages;
  }

  @Test
  void everyPageOfTheFixtureSitesAndTheRepositorysOwnSite() throws Exception {
    int pages = 0;
    for (String root : List.of("src/test/resources/sites/docs", "src/test/resources/sites/cloudflare-layout",
        "src/test/resources/sites/theme-override", ".")) {
      pages += assertSameAsTheMacro(Path.of(root));
    }
    assertTrue(pages > 20, "pages compared: " + pages);
  }

  @Test
  void titlesAndUrlsThatHtmlEscapesUnderABasePath() throws Exception {
    write("site/config.yaml", "title: Escapes\nbaseUrl: https://example.com/docs/\n");
    write("content/_index.md", "---\ntitle: Home & \"quotes\"\n---\nHome.\n");
    write("content/a&b/_index.md", "---\ntitle: <Section> 'one'\nweight: 1\n---\nA.\n");
    write("content/a&b/page one.md", "---\ntitle: Café & <b>bold</b>\n---\nP.\n");
    write("content/a&b/deeper/_index.md", "---\ntitle: Deeper\n---\nD.\n");
    write("content/a&b/deeper/leaf.md", "---\ntitle: Leaf \"quoted\"\n---\nL.\n");
    write("content/no-index/orphan.md", "---\ntitle: Orphan\n---\nO.\n");
    write("content/z.md", "---\ntitle: Z\nweight: 9\n---\nZ.\n");
    // 8: no-index/ is a section without its _index.md, as a top-level folder is in Hugo.
    assertEquals(8, assertSameAsTheMacro(dir));
  }

  private void write(String path, String text) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
