package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.diag.Severity;
import quire.testing.InlineSite;

/**
 * quire against Hugo 0.111 on real Hugo content nobody here wrote: every page of
 * {@code src/test/resources/hugo-parity/} (provenance in its {@code manifest.tsv}) must give the
 * visible text Hugo gave (kept in {@code oracle.tsv}), or be one of the few known divergences
 * listed here with the reason. Visible text is the text of the content element, whitespace
 * collapsed, a space at block boundaries; diagrams are left out on both sides (Hugo leaves a
 * mermaid block to the browser, quire draws it). The ids of the page's headings must be Hugo's
 * too, since links from other pages use them.
 *
 * <p>{@code tools/hugo-oracle.sh} rebuilds the corpus with Hugo and rewrites {@code oracle.tsv}
 * through this test ({@code -Dquire.hugoOracle=HUGO_OUTPUT}).
 */
class HugoParityTest {
  static final Path CORPUS = Path.of("src/test/resources/hugo-parity");
  private static final Path ORACLE = CORPUS.resolve("oracle.tsv");

  private static final String SUMMARY_DIVIDER = "Hugo takes <!--more--> for the summary divider even inside"
      + " code and cuts it out of the rendered HTML (here with the bytes around it); quire prints the code as written";

  /** Pages whose visible text differs from Hugo's, each with the reason. Keep this short. */
  static final Map<String, String> KNOWN_DIVERGENCES = Map.of(
      "content/hugo-docs/news/0.9-relnotes/index.md", SUMMARY_DIVIDER,
      "content/hugo-docs/news/0.24-relnotes/index.md", SUMMARY_DIVIDER);

  @TempDir Path out;

  @Test
  void everyPageGivesHugosVisibleText() throws IOException {
    String hugoOutput = System.getProperty("quire.hugoOracle", "");
    if (!hugoOutput.isEmpty()) writeOracle(Path.of(hugoOutput));
    Map<String, String> oracle = readOracle();
    List<String> pages = manifestPages();
    assertTrue(pages.size() >= Integer.getInteger("quire.minPages", 300), "the corpus has " + pages.size() + " pages");
    assertEquals(pages, List.copyOf(oracle.keySet()), "the oracle has one entry per page of the manifest");

    BuildResult result = SiteBuilder.build(BuildOptions.of(CORPUS, out));
    // Warnings are expected (Cloudflare's pages name layouts, such as `wide`, of their own theme).
    assertEquals(List.of(), result.problems().stream()
        .filter(p -> p.severity() == Severity.ERROR).map(InlineSite::line).toList());
    Map<String, String> quire = new TreeMap<>();
    for (PageFacts page : result.pages()) {
      quire.put(page.path(), textAndHeadingIds(Jsoup.parse(out.resolve(page.output()).toFile())));
    }

    List<String> differing = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (String page : pages) {
      String ours = quire.getOrDefault(page, "(not built)");
      if (!ours.equals(oracle.get(page))) {
        // A difference in the text is reported where it starts; one in the ids at the ids.
        differing.add(page);
        if (!KNOWN_DIVERGENCES.containsKey(page)) report.append(difference(page, oracle.get(page), ours));
      }
    }
    System.out.printf("hugo parity: %d pages, identical visible text and heading ids on %d%n", pages.size(), pages.size() - differing.size());
    assertEquals(new TreeMap<>(KNOWN_DIVERGENCES).keySet(), new java.util.TreeSet<>(differing),
        "pages that differ from Hugo:\n" + report);
  }

  /** The visible text of a built page's content element. */
  static String visibleText(Document page) {
    Element content = page.selectFirst("article.content");
    if (content == null) return "(no content element)";
    content.select("svg.mermaid, code.language-mermaid").remove();
    // The theme's own furniture, which Hugo's plain skeleton does not write: heading anchors.
    content.select("a.heading-anchor").remove();
    return content.text().replaceAll("\\s+", " ").strip();
  }

  /**
   * The page's visible text, then {@code ids:} and the ids of its headings, which links and
   * anchors on other pages depend on.
   */
  static String textAndHeadingIds(Document page) {
    Element content = page.selectFirst("article.content");
    String ids = content == null ? "" : String.join(" ", content.select("h1, h2, h3, h4, h5, h6").eachAttr("id"));
    return visibleText(page) + " ids: " + ids;
  }

  /** The manifest's files that are pages (a file or folder named {@code _…} is not, {@code _index.md} is). */
  static List<String> manifestPages() throws IOException {
    List<String> pages = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("manifest.tsv"), StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (columns.length < 4 || columns[0].equals("repository")) continue;
      if (isPage(columns[3])) pages.add(columns[3]);
    }
    pages.sort(null);
    return pages;
  }

  private static boolean isPage(String file) {
    for (String part : file.split("/")) {
      if (part.startsWith("_") && !part.equals("_index.md")) return false;
    }
    return file.endsWith(".md");
  }

  private static Map<String, String> readOracle() throws IOException {
    Map<String, String> oracle = new TreeMap<>();
    for (String line : Files.readAllLines(ORACLE, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) oracle.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return oracle;
  }

  /** Reads Hugo's output: each page's content element names its source in {@code data-source}. */
  private static void writeOracle(Path hugoOutput) throws IOException {
    Map<String, String> oracle = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(hugoOutput)) {
      files = walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
    for (Path file : files) {
      Document page = Jsoup.parse(file.toFile());
      Element content = page.selectFirst("article.content[data-source]");
      if (content == null || content.attr("data-source").isEmpty()) continue;
      oracle.put("content/" + content.attr("data-source"), textAndHeadingIds(page));
    }
    StringBuilder text = new StringBuilder();
    oracle.forEach((page, visible) -> text.append(page).append('\t').append(visible).append('\n'));
    Files.writeString(ORACLE, text, StandardCharsets.UTF_8);
  }

  private static String difference(String page, String hugo, String ours) {
    int at = 0;
    while (at < hugo.length() && at < ours.length() && hugo.charAt(at) == ours.charAt(at)) at++;
    int from = Math.max(0, at - 60);
    return page + " at character " + at + ":\n  hugo:  …" + hugo.substring(from, Math.min(hugo.length(), at + 80))
        + "\n  quire: …" + ours.substring(from, Math.min(ours.length(), at + 80)) + "\n";
  }
}
