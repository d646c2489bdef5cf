package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** The fixture site under src/test/resources/sites/docs, built end to end. */
class SiteBuildTest {
  private static final Path DOCS = Path.of("src/test/resources/sites/docs");
  @TempDir Path out;

  private BuildResult build(boolean drafts) {
    return SiteBuilder.build(new BuildOptions(DOCS, Optional.of(out.resolve("site")), Optional.empty(), drafts));
  }

  private Document page(String url) throws IOException {
    return Jsoup.parse(out.resolve("site" + url + "index.html").toFile());
  }

  @Test
  void everyPageIsWrittenAtItsUrl() {
    BuildResult result = build(false);
    assertEquals(List.of(), InlineSite.problems(result));
    assertTrue(result.written());
    assertEquals(List.of("/", "/guide/", "/guide/first/", "/guide/second/", "/guide/setup/", "/guide/setup/install/",
        "/guide/unweighted/"), result.pages().stream().map(PageFacts::url).toList());
    for (PageFacts p : result.pages()) assertTrue(Files.isRegularFile(out.resolve("site/" + p.output())), p.output());
  }

  @Test
  void aPageMayLinkToTheSearchIndexsMetaFileButNotToTheFilesNamedByTheBuild(@TempDir Path root) throws IOException {
    // The index is made while the links are checked: the check sees its meta file, whose name is
    // fixed, and not the files in the folder named by the build's hash; the result lists them all.
    InlineSite.write(root, """
        -- content/_index.md --
        ---
        title: Home
        ---
        The [index](/search/meta.json).
        """);
    List<List<String>> checked = new java.util.ArrayList<>();
    quire.check.LinkCheck check = new quire.check.LinkCheck();
    PageObserver observer = new PageObserver() {
      @Override public void built(PageFacts page, String html) {
        check.built(page, html);
      }

      @Override public List<quire.diag.Problem> finished(BuildResult sofar) {
        checked.add(sofar.outputs());
        return check.finished(sofar);
      }
    };
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve("out")), Optional.empty(), false);
    BuildResult result = SiteBuilder.build(options, observer);
    assertEquals(List.of(), InlineSite.problems(result));
    String meta = InlineSite.read(root.resolve("out/search/meta.json"));
    String build = meta.replaceAll(".*\"build\":\"([0-9a-f]+)\".*\\s*", "$1");
    assertTrue(result.outputs().containsAll(List.of("search/meta.json", "search/" + build + "/w0.json",
        "search/" + build + "/p0.json")), result.outputs().toString());
    // What the check saw is what the result says links may lead to (the preview's check goes on from it).
    assertEquals(checked, List.of(result.linkTargets()));
    assertEquals(List.of("search/meta.json"), result.linkTargets().stream().filter(f -> f.startsWith("search/")).toList());

    Files.writeString(root.resolve("content/_index.md"), "\nAnd [a chunk](/search/" + build + "/w0.json).\n",
        java.nio.file.StandardOpenOption.APPEND);
    BuildResult linked = SiteBuilder.build(options, new quire.check.LinkCheck());
    assertEquals(List.of("link-broken content/_index.md:7:15"), InlineSite.places(linked));
  }

  @Test
  void draftsAreLeftOutUnlessAskedFor() {
    assertFalse(build(false).pages().stream().anyMatch(p -> p.url().equals("/guide/draft/")));
    assertTrue(build(true).pages().stream().anyMatch(p -> p.url().equals("/guide/draft/")));
  }

  @Test
  void aPageHugoNeverRendersIsLeftOutAsADraftIs(@TempDir Path site) {
    // Cloudflare's Magic WAN keeps its IPsec tutorials in content/ with "_build: render: never".
    InlineSite.write(site, """
        -- content/wan/_index.md --
        ---
        title: WAN
        ---
        {{<directory-listing>}}
        -- content/wan/cisco.md --
        ---
        title: Cisco
        _build:
          publishResources: false
          render: never
          list: never
        ---
        Cisco steps.
        -- content/wan/old.md --
        ---
        title: Old
        _build:
          render: false
        ---
        Old steps.
        -- content/wan/kept.md --
        ---
        title: Kept
        _build:
          list: never
        ---
        Kept steps.
        """);
    BuildResult result = InlineSite.build(site);
    assertEquals(List.of("/", "/wan/", "/wan/kept/"), result.pages().stream().map(PageFacts::url).sorted().toList());
    assertFalse(Files.exists(site.resolve("out/wan/cisco/index.html")));
  }

  @Test
  void aSectionListsItsChildrenByWeightThenTitleWithUnweightedLast() throws IOException {
    build(false);
    List<String> children = page("/guide/").select("section.cards a").eachText();
    assertEquals(List.of("First page", "Second page", "Setup", "An unweighted page"), children);
  }

  @Test
  void metaTitleIsTheHtmlTitle() throws IOException {
    build(false);
    assertTrue(page("/guide/first/").title().startsWith("The first page of the guide"));
    assertTrue(page("/guide/second/").title().startsWith("Second page"));
  }

  @Test
  void partialsAreExpandedWithTheirValuesAndNothingOfTheSyntaxIsLeft() throws IOException {
    build(false);
    Document first = page("/guide/first/");
    assertEquals("Select alpha.", first.select("article ol li").first().text());
    assertEquals("/guide/static/first.png", first.selectFirst("article img").attr("src"));
    assertTrue(first.text().contains("Costs $5 on this page"));
    try (Stream<Path> files = Files.walk(out.resolve("site"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        String html = Files.readString(file).replace("Costs $5", "");
        assertFalse(html.contains("{{<") || html.contains("{{%"), file + " has shortcode text");
        assertFalse(html.matches("(?s).*\\$[0-9].*"), file + " has a $N placeholder");
        assertFalse(html.contains("inputParameters") || html.contains("_build"), file + " has partial front matter");
      }
    }
  }

  @Test
  void mdLinksBecomePageUrls() throws IOException {
    build(false);
    List<String> links = page("/guide/second/").select("article p a:not(.zoom)").eachAttr("href");
    assertEquals(List.of("/guide/first/", "/guide/setup/"), links);
  }

  @Test
  void directoryListingListsTheSectionsChildren() throws IOException {
    build(false);
    assertEquals(List.of("Install"), page("/guide/setup/").select("ul.directory-listing a").eachText());
  }

  @Test
  void contentFilesSiteStaticAndTheThemeAreCopied() {
    build(false);
    assertTrue(Files.isRegularFile(out.resolve("site/guide/static/first.png")));
    assertTrue(Files.isRegularFile(out.resolve("site/css/extra.css")));
    assertTrue(Files.isRegularFile(out.resolve("site/css/quire.css")));
    assertTrue(Files.isRegularFile(out.resolve("site/404.html")));
    assertFalse(Files.exists(out.resolve("site/sitemap.xml")), "a sitemap needs an absolute base URL");
    assertFalse(Files.exists(out.resolve("site/js/mermaid.min.js")), "no page has a diagram");
  }
}
