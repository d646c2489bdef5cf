package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import quire.testing.InlineSite;

/** The built-in theme on the repository's own site: sidebar, breadcrumbs, toc, pager, 404. */
class ThemeNavigationTest {
  private static final String USE_CASES = "/email-security/deployment/inline/setup/office-365-area1-mx/use-cases/";

  @TempDir static Path temp;
  private static Path out;

  @BeforeAll
  static void build() {
    out = temp.resolve("site");
    // Maven runs tests from the project root, which is also quire's own site.
    BuildResult result = SiteBuilder.build(BuildOptions.of(Path.of("").toAbsolutePath(), out));
    assertEquals(0, result.errors(), () -> "problems: " + result.problems());
  }

  @Test
  void theSidebarMarksTheCurrentPageAndOpensItsAncestors() throws IOException {
    Document page = useCase(2);
    Elements current = page.select("nav.sidebar a[aria-current=page]");
    assertEquals(1, current.size());
    assertEquals(USE_CASES + "use-case-2/", current.attr("href"));

    List<String> openSections = page.select("nav.sidebar li.nav-section:has(> details[open]) > a").eachAttr("href");
    assertEquals(List.of(
        "/email-security/",
        "/email-security/deployment/",
        "/email-security/deployment/inline/",
        "/email-security/deployment/inline/setup/",
        "/email-security/deployment/inline/setup/office-365-area1-mx/",
        USE_CASES), openSections);
    for (Element section : page.select("nav.sidebar li.nav-section")) {
      boolean holdsCurrent = !section.select("a[aria-current=page]").isEmpty();
      // Only open sections list their pages: a page carries its own path, not the whole tree.
      assertEquals(holdsCurrent, section.selectFirst("> details[open]") != null, section.selectFirst("> a").attr("href"));
      assertEquals(holdsCurrent, section.selectFirst("> details") != null, section.selectFirst("> a").attr("href"));
    }
  }

  @Test
  void onTheHomePageOnlyTheTopLevelSectionsAreOpen() throws IOException {
    Document home = parse("/index.html");
    assertNull(home.selectFirst("nav.sidebar a[aria-current=page]"));
    assertEquals(List.of("/email-security/"),
        home.select("nav.sidebar li.nav-section:has(> details[open]) > a").eachAttr("href"));
  }

  @Test
  void aPageCarriesTheTopLevelAndItsOwnBranchNotTheOtherTopLevelSectionsPages(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- content/_index.md --
        ---
        title: Home
        ---
        Home.
        -- content/alpha/_index.md --
        ---
        title: Alpha
        ---
        Alpha.
        -- content/alpha/one.md --
        ---
        title: One
        ---
        One.
        -- content/alpha/deep/_index.md --
        ---
        title: Deep
        ---
        Deep.
        -- content/alpha/deep/inner.md --
        ---
        title: Inner
        ---
        Inner.
        -- content/beta/_index.md --
        ---
        title: Beta
        ---
        Beta.
        -- content/beta/two.md --
        ---
        title: Two
        ---
        Two.
        """);
    BuildResult result = InlineSite.build(dir);
    assertTrue(result.written(), result.problems().toString());
    Document one = Jsoup.parse(InlineSite.read(dir.resolve("out/alpha/one/index.html")));
    // Both top-level sections are there; only the page's own is open, and its sub-section is a link.
    assertEquals(List.of("/alpha/", "/alpha/deep/", "/alpha/one/", "/beta/"), one.select("nav.sidebar a").eachAttr("href"));
    assertEquals(List.of("/alpha/"), one.select("nav.sidebar li.nav-section:has(> details[open]) > a").eachAttr("href"));
    assertNotNull(one.selectFirst("nav.sidebar li.nav-section.closed > a[href=/beta/]"));
    // A closed section's own page lists what is in it, in its content and in its sidebar.
    Document beta = Jsoup.parse(InlineSite.read(dir.resolve("out/beta/index.html")));
    assertEquals(List.of("/beta/two/"), beta.select("section.cards a").eachAttr("href"));
    assertEquals(List.of("/alpha/", "/beta/", "/beta/two/"), beta.select("nav.sidebar a").eachAttr("href"));
    // The home page opens every top-level section.
    Document home = Jsoup.parse(InlineSite.read(dir.resolve("out/index.html")));
    assertEquals(List.of("/alpha/", "/beta/"), home.select("nav.sidebar li.nav-section:has(> details[open]) > a").eachAttr("href"));
  }

  @Test
  void aSectionPageIsMarkedCurrentInTheSidebar() throws IOException {
    Document index = parse(USE_CASES + "index.html");
    Element current = index.selectFirst("nav.sidebar a[aria-current=page]");
    assertEquals(USE_CASES, current.attr("href"));
    assertTrue(current.parent().selectFirst("> details").hasAttr("open"));
  }

  @Test
  void previousAndNextFollowTheWeightsOfTheUseCases() throws IOException {
    for (int n = 1; n <= 5; n++) {
      Document page = useCase(n);
      Element previous = page.selectFirst("nav.pager a[rel=prev]");
      Element next = page.selectFirst("nav.pager a[rel=next]");
      if (n == 1) assertNull(previous, "use case 1 has no previous page");
      else assertEquals(USE_CASES + "use-case-" + (n - 1) + "/", previous.attr("href"));
      if (n == 5) assertNull(next, "use case 5 has no next page");
      else assertEquals(USE_CASES + "use-case-" + (n + 1) + "/", next.attr("href"));
    }
    assertTrue(useCase(2).selectFirst("nav.pager a[rel=next] .pager-title").text().startsWith("3 - "));
  }

  @Test
  void theTableOfContentsListsThePagesSecondLevelHeadings() throws IOException {
    Document page = useCase(2);
    List<String> h2s = page.select("article h2[id]").eachAttr("id").stream().map(id -> "#" + id).toList();
    assertFalse(h2s.isEmpty());
    assertEquals(h2s, page.select("aside.toc > ol > li > a").eachAttr("href"));
    assertEquals(h2s, page.select("details.toc-inline > ol > li > a").eachAttr("href"));
    assertEquals("toc-title", page.selectFirst("aside.toc").attr("aria-labelledby"));
  }

  @Test
  void breadcrumbsGoFromHomeToTheParentSection() throws IOException {
    assertEquals(List.of(
        "/",
        "/email-security/",
        "/email-security/deployment/",
        "/email-security/deployment/inline/",
        "/email-security/deployment/inline/setup/",
        "/email-security/deployment/inline/setup/office-365-area1-mx/",
        USE_CASES), useCase(4).select("nav.breadcrumbs a").eachAttr("href"));
  }

  @Test
  void theHeadCarriesMetaTitleAndTheFirstParagraphAsDescriptionWhenThereIsNone() throws IOException {
    Document page = useCase(2);
    assertTrue(page.title().startsWith("Junk email and user managed quarantine - Office 365"), page.title());
    assertTrue(page.selectFirst("meta[name=description]").attr("content").startsWith("Suspicious and bulk mail to the junk folder"));
    assertEquals("2023-01-12", page.selectFirst("p.last-updated time").attr("datetime"));
  }

  @Test
  void everyPageHasTheLandmarksAndASkipLink() throws IOException {
    Document page = useCase(4);
    for (String landmark : List.of("header.site-header", "nav.sidebar[aria-label]", "main#content", "aside.toc", "footer.site-footer")) {
      assertNotNull(page.selectFirst(landmark), landmark);
    }
    assertEquals("#content", page.selectFirst("body > a.skip-link").attr("href"));
    // The phone menu's checkbox is inside the header landmark, its label right after it.
    assertNotNull(page.selectFirst("header.site-header > input#menu-toggle[type=checkbox] + label[for=menu-toggle]"));
  }

  @Test
  void theNotFoundPageExists() throws IOException {
    Path notFound = out.resolve("404.html");
    assertTrue(Files.isRegularFile(notFound));
    Document page = Jsoup.parse(notFound.toFile(), "UTF-8");
    assertEquals("Page not found", page.selectFirst("main h1").text());
    assertEquals("/", page.selectFirst("main a.button").attr("href"));
    assertNotNull(page.selectFirst("link[rel=stylesheet][href=/css/quire.css]"));
    assertNotNull(page.selectFirst("nav.sidebar"));
  }

  private static Document useCase(int n) throws IOException {
    return parse(USE_CASES + "use-case-" + n + "/index.html");
  }

  private static Document parse(String url) throws IOException {
    return Jsoup.parse(out.resolve(url.substring(1)).toFile(), "UTF-8");
  }
}
