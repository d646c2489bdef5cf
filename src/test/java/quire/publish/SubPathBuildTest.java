package quire.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import quire.check.ExternalLinkCheck;
import quire.check.SiteCheck;

/**
 * This repository's site built for {@code https://example.com/docs/}: everything it links works
 * under the sub-path, the check is clean, and the published extras are there.
 */
class SubPathBuildTest {
  private static final String BASE = "https://example.com/docs/";
  @TempDir static Path out;
  static BuildResult result;

  @BeforeAll
  static void build() {
    result = SiteBuilder.build(new BuildOptions(Path.of(""), Optional.of(out), Optional.of(BASE), false));
  }

  @Test
  void theCheckIsCleanOnTheSubPathBuild() {
    SiteCheck.Result checked = SiteCheck.run(new SiteCheck.Options(Path.of(""), false, Optional.empty(),
        ExternalLinkCheck.Settings.DEFAULTS).withBaseUrl(Optional.of(BASE)));
    assertEquals(List.of(), checked.problems());
    assertTrue(result.written());
  }

  @Test
  void everyLocalReferenceOfEveryPageIsUnderTheSubPathAndExists() throws IOException {
    List<String> broken = new ArrayList<>();
    int seen = 0;
    for (Path file : htmlFiles()) {
      Document page = Jsoup.parse(file.toFile());
      for (Element e : page.select("[href], [src]")) {
        String value = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (value.startsWith("#") || value.startsWith("http") || value.startsWith("mailto:")) continue;
        seen++;
        if (!value.startsWith("/docs/")) {
          broken.add(out.relativize(file) + ": " + value);
          continue;
        }
        String path = value.substring("/docs/".length()).replaceAll("#.*", "");
        Path target = out.resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
        if (!Files.isRegularFile(target)) broken.add(out.relativize(file) + ": " + value + " (missing)");
      }
    }
    assertTrue(seen > 300, "references seen: " + seen);
    assertEquals(List.of(), broken);
  }

  @Test
  void theStylesheetsFontUrlIsRelativeSoItWorksUnderAnyPath() throws IOException {
    String css = Files.readString(out.resolve("css/quire.css"));
    assertFalse(css.matches("(?s).*url\\(\"?/.*"), "a root-relative url() in the stylesheet");
  }

  @Test
  void theNotFoundPageLinksUnderTheSubPathAndIsNotIndexed() throws IOException {
    Document page = Jsoup.parse(out.resolve("404.html").toFile());
    assertEquals("/docs/", page.selectFirst(".not-found-actions a").attr("href"));
    assertEquals("/docs/css/quire.css", page.selectFirst("link[rel=stylesheet][href$=quire.css]").attr("href"));
    assertEquals("noindex", page.selectFirst("meta[name=robots]").attr("content"));
  }

  @Test
  void theSitemapHasAbsoluteUrlsAndRobotsNamesIt() throws IOException {
    Document sitemap = Jsoup.parse(Files.readString(out.resolve("sitemap.xml")), "", org.jsoup.parser.Parser.xmlParser());
    List<String> locs = sitemap.select("url > loc").eachText();
    assertEquals(result.pages().size(), locs.size());
    assertTrue(locs.contains("https://example.com/docs/"), locs.toString());
    assertTrue(locs.contains("https://example.com/docs/email-security/deployment/inline/reference/egress-ips/"), locs.toString());
    for (String loc : locs) assertTrue(loc.startsWith(BASE), loc);
    assertTrue(Files.readString(out.resolve("robots.txt")).contains("\nSitemap: https://example.com/docs/sitemap.xml\n"));
  }

  @Test
  void pagesCarryDescriptionCanonicalOpenGraphTwitterAndFavicon() throws IOException {
    Document page = Jsoup.parse(out.resolve("email-security/deployment/inline/reference/egress-ips/index.html").toFile());
    String canonical = "https://example.com/docs/email-security/deployment/inline/reference/egress-ips/";
    assertEquals(canonical, page.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(canonical, page.selectFirst("meta[property=og:url]").attr("content"));
    String description = page.selectFirst("meta[name=description]").attr("content");
    assertTrue(page.selectFirst("article.content p").text().startsWith(description.replace("…", "").strip()), description);
    assertEquals(description, page.selectFirst("meta[property=og:description]").attr("content"));
    assertEquals(description, page.selectFirst("meta[name=twitter:description]").attr("content"));
    assertTrue(page.selectFirst("meta[property=og:title]").attr("content").startsWith("Egress IPs"));
    assertEquals("article", page.selectFirst("meta[property=og:type]").attr("content"));
    assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
    assertEquals("/docs/favicon.svg", page.selectFirst("link[rel=icon]").attr("href"));
    assertTrue(Files.isRegularFile(out.resolve("favicon.svg")));
  }

  @Test
  void theBuildListsExactlyTheFilesItWrote() throws IOException {
    Set<String> onDisk = new TreeSet<>();
    try (Stream<Path> files = Files.walk(out)) {
      files.filter(Files::isRegularFile).forEach(f -> onDisk.add(out.relativize(f).toString().replace('\\', '/')));
    }
    onDisk.remove(quire.output.OutputFolder.MARKER); // the writer's own mark, not a file of the site
    assertEquals(onDisk, new TreeSet<>(result.outputs()));
    assertTrue(onDisk.containsAll(List.of("404.html", "sitemap.xml", "robots.txt", "search/meta.json", "favicon.svg")));
  }

  private static List<Path> htmlFiles() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }
}
