package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The examples of the CommonMark spec and of the GFM spec's extensions through quire and Hugo
 * 0.111: each example's visible text (as {@link HugoParityTest} takes it) must be Hugo's, kept in
 * {@code spec-oracle.tsv}, or be one of the known divergences listed here with the reason.
 * {@code tools/hugo-oracle.sh} regenerates the oracle ({@code -Dquire.hugoSpecOracle=HUGO_OUTPUT}).
 */
class SpecParityTest {
  private static final Path ORACLE = HugoParityTest.CORPUS.resolve("spec-oracle.tsv");

  private static final String ENTITY = "a numeric character reference of more than 7 digits is text in"
      + " CommonMark 0.30 (goldmark); Flexmark, which follows 0.29, decodes it to U+FFFD";
  private static final String FENCE_INFO = "a backtick in the info string of a ~~~ fence is allowed since 0.30";
  private static final String PAGE_CHROME = "raw HTML that leaves a tag unterminated or closes one it did not"
      + " open reaches into the page around the content, where quire's theme and the oracle's skeleton differ";
  private static final String TEXTAREA = "<textarea> starts a raw-text HTML block since 0.30; Flexmark parses"
      + " the Markdown inside it";
  private static final String LINK_DEFINITION = "link reference definition edge cases (a <destination> on the"
      + " next line, a title glued to it, a definition right before a setext underline) resolved differently";
  private static final String LINK_DESTINATION = "<…> link destinations holding a space or an escaped > (0.30 rules)";
  private static final String LIST_INDENT = "a list marker indented past the previous item's content column by"
      + " 4 or more is paragraph text in CommonMark (goldmark), another item in Flexmark";
  private static final String EMPHASIS = "the 'multiple of 3' rule as revised in 0.29 (both runs multiples of 3"
      + " may match): Flexmark applies the older rule to ***…*** inside a word";
  private static final String CASE_FOLD = "link labels matched by full Unicode case folding (ẞ and SS)";

  /**
   * Examples whose visible text differs from Hugo's, each with the reason: corners of CommonMark
   * 0.30, which goldmark follows, where Flexmark 0.64 keeps to 0.29. Keep this short.
   */
  static final Map<Integer, String> COMMONMARK_DIVERGENCES = Map.ofEntries(
      Map.entry(28, ENTITY), Map.entry(146, FENCE_INFO),
      Map.entry(151, PAGE_CHROME), Map.entry(156, PAGE_CHROME), Map.entry(157, PAGE_CHROME), Map.entry(158, PAGE_CHROME),
      Map.entry(171, TEXTAREA),
      Map.entry(195, LINK_DEFINITION), Map.entry(201, LINK_DEFINITION), Map.entry(215, LINK_DEFINITION),
      Map.entry(216, LINK_DEFINITION),
      Map.entry(312, LIST_INDENT), Map.entry(313, LIST_INDENT),
      Map.entry(415, EMPHASIS), Map.entry(416, EMPHASIS),
      Map.entry(488, LINK_DESTINATION), Map.entry(492, LINK_DESTINATION), Map.entry(493, LINK_DESTINATION),
      Map.entry(539, CASE_FOLD));

  private static final String TABLE_END = "a line without a pipe right after a table is one more row in GFM"
      + " (goldmark); Flexmark ends the table there";
  private static final String AUTOLINK_END = "where a www. or e-mail autolink ends (a ')' past the balanced ones,"
      + " an entity-like '&hl;', an address ending in '-' or '_'): Flexmark's autolink-java applies its own"
      + " trailing-character rules, not GFM's";

  /**
   * GFM extension examples (numbered in the order of the corpus file) whose text or extension
   * markup differs from Hugo's, each with the reason. Keep this short.
   */
  static final Map<Integer, String> GFM_DIVERGENCES = Map.of(
      5, TABLE_END, 17, AUTOLINK_END, 18, AUTOLINK_END, 23, AUTOLINK_END);

  @TempDir Path site;

  @BeforeAll
  static void regenerateOracle() throws IOException {
    String hugoOutput = System.getProperty("quire.hugoSpecOracle", "");
    if (!hugoOutput.isEmpty()) writeOracle(Path.of(hugoOutput));
  }

  @Test
  void everyCommonMarkExampleGivesHugosVisibleText() throws IOException {
    assertLikeHugo(SpecExamples.Spec.COMMONMARK, 652, COMMONMARK_DIVERGENCES);
  }

  @Test
  void everyGfmExtensionExampleGivesHugosVisibleText() throws IOException {
    assertLikeHugo(SpecExamples.Spec.GFM, 24, GFM_DIVERGENCES);
  }

  private void assertLikeHugo(SpecExamples.Spec spec, int count, Map<Integer, String> knownDivergences) throws IOException {
    List<SpecExamples.Example> examples = SpecExamples.read(spec);
    assertEquals(count, examples.size(), "the examples of " + spec.file.getFileName());
    Map<String, String> oracle = new TreeMap<>();
    for (String line : Files.readAllLines(ORACLE, StandardCharsets.UTF_8)) {
      int tab = line.indexOf('\t');
      if (tab > 0) oracle.put(line.substring(0, tab), line.substring(tab + 1));
    }
    SpecExamples.write(spec, site);
    BuildResult result = SiteBuilder.build(BuildOptions.of(site, site.resolve("out")));
    Map<String, String> quire = new TreeMap<>();
    for (PageFacts page : result.pages()) {
      quire.put(page.path(), observe(spec, Jsoup.parse(site.resolve("out").resolve(page.output()).toFile())));
    }
    List<Integer> differing = new ArrayList<>();
    StringBuilder report = new StringBuilder();
    for (SpecExamples.Example example : examples) {
      String hugo = oracle.getOrDefault(example.page(), "(not in the oracle)");
      String ours = quire.getOrDefault(example.page(), "(not built)");
      if (!hugo.equals(ours)) {
        differing.add(example.number());
        if (!knownDivergences.containsKey(example.number())) {
          report.append("example ").append(example.number()).append(" (").append(example.section()).append("):\n  markdown: ")
              .append(example.markdown().replace("\n", "\\n")).append("\n  hugo:  ").append(hugo)
              .append("\n  quire: ").append(ours).append('\n');
        }
      }
    }
    System.out.printf("spec parity (%s): %d examples, identical visible text on %d%n", spec.folder, examples.size(),
        examples.size() - differing.size());
    assertEquals(new TreeSet<>(knownDivergences.keySet()), new TreeSet<>(differing), "examples that differ from Hugo:\n" + report);
  }

  /**
   * What is compared of an example's page: its visible text; for the GFM extensions also
   * {@code marks:} and the markup they add that the text does not show (tables and their cells'
   * alignment, struck text, links and their targets, task checkboxes and their state).
   */
  static String observe(SpecExamples.Spec spec, Document page) {
    String text = HugoParityTest.visibleText(page);
    if (spec != SpecExamples.Spec.GFM) return text;
    Element content = page.selectFirst("article.content");
    List<String> marks = new ArrayList<>();
    for (Element element : content == null ? List.<Element>of() : content.select("table, th, td, del, a, input")) {
      String mark = switch (element.tagName()) {
        case "a" -> "a(" + element.attr("href") + ")";
        case "th", "td" -> element.tagName() + alignment(element);
        case "input" -> "input(" + element.attr("type") + (element.hasAttr("checked") ? " checked" : "") + ")";
        default -> element.tagName();
      };
      marks.add(mark);
    }
    return text + " marks: " + String.join(" ", marks);
  }

  /** A cell's alignment, from {@code align} (Flexmark) or a {@code text-align} style (goldmark's choice). */
  private static String alignment(Element cell) {
    String align = cell.attr("align");
    if (align.isEmpty()) align = cell.attr("style").replaceAll(".*text-align:\\s*([a-z]+).*", "$1");
    return align.isEmpty() ? "" : "(" + align + ")";
  }

  private static SpecExamples.Spec specOf(String source) {
    for (SpecExamples.Spec spec : SpecExamples.Spec.values()) {
      if (source.startsWith(spec.folder + "/")) return spec;
    }
    return null;
  }

  private static boolean isExample(String source) {
    return specOf(source) != null;
  }

  private static void writeOracle(Path hugoOutput) throws IOException {
    Map<String, String> oracle = new TreeMap<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(hugoOutput)) {
      files = walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
    for (Path file : files) {
      Document page = Jsoup.parse(file.toFile());
      Element content = page.selectFirst("article.content[data-source]");
      if (content == null || !isExample(content.attr("data-source"))) continue;
      oracle.put("content/" + content.attr("data-source"), observe(specOf(content.attr("data-source")), page));
    }
    StringBuilder text = new StringBuilder();
    oracle.forEach((page, visible) -> text.append(page).append('\t').append(visible).append('\n'));
    Files.writeString(ORACLE, text, StandardCharsets.UTF_8);
  }
}
