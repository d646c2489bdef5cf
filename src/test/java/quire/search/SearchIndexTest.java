package quire.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The index files: words in sorted chunks, postings that read back, page files with their sections. */
class SearchIndexTest {
  private static SearchDocument doc(String url, String title, String html) {
    return new SearchDocument(url, title, "Guide", PageText.of(html));
  }

  @Test
  void numbersReadBackFromTheirCompactForm() {
    int[] values = {0, 1, 31, 32, 33, 255, 1023, 1024, 123456, Integer.MAX_VALUE};
    StringBuilder text = new StringBuilder();
    for (int v : values) Vlq.append(text, v);
    assertArrayEquals(values, Vlq.decode(text.toString()));
    assertEquals(1, text.substring(0, 3).replaceAll("[A-Za-f]", "").length() == 0 ? 1 : 0, "small numbers take one character");
  }

  @Test
  void aWordsPostingsNameThePagesThatHoldItWeightedByTitleAndHeadings() {
    SearchIndex index = new SearchIndex();
    index.add(doc("b/", "Quarantine", "<p>Release a message.</p>"));
    index.add(doc("a/", "Rules", "<h2 id=\"q\">Quarantine policy</h2><p>Messages go to quarantine.</p>"));
    index.add(doc("c/", "Other", "<p>Nothing here.</p>"));
    Map<String, String> files = index.files().texts();
    String meta = files.get("search/meta.json");
    assertTrue(meta.startsWith("{\"version\":1,\"pages\":3,\"build\":\""), meta);
    String build = meta.replaceAll(".*\"build\":\"([0-9a-f]+)\".*\\s*", "$1");
    String chunk = files.get("search/" + build + "/w0.json");
    String postings = chunk.replaceAll(".*\"quarantine\":\"([^\"]*)\".*", "$1");
    // Pages in URL order: a/ is 0, b/ is 1. a/ has it in a heading (3) and the text (1); b/ in the title (8).
    assertArrayEquals(new int[] {0, 4, 1, 8}, Vlq.decode(postings));
    assertTrue(files.get("search/" + build + "/p0.json").contains("[\"q\",\"Quarantine policy\",\"Messages go to quarantine.\"]"));
    assertTrue(files.get("search/" + build + "/p1.json").startsWith("{\"u\":\"b/\",\"t\":\"Quarantine\",\"s\":\"Guide\""));
  }

  /** Three pages, with title words that are also in the text (the title's weight is added to the text's). */
  private static List<SearchDocument> threePages() {
    return List.of(
        doc("a/", "Quarantine rules", "<h2 id=\"q\">Quarantine policy</h2><p>Rules for quarantine. Règles.</p>"),
        doc("b/", "Release", "<p>Release a message from quarantine; release it twice.</p>"),
        doc("c/", "Empty", ""));
  }

  @Test
  void aPageAddedWithItsWordsCountedBeforeGivesTheSameFiles() {
    List<SearchDocument> docs = threePages();
    SearchIndex counting = new SearchIndex();
    docs.forEach(counting::add);
    SearchIndex counted = new SearchIndex();
    for (SearchDocument d : docs) counted.add(d.url(), d.title(), d.section(), SearchIndex.content(d.sections()));
    assertEquals(counting.files().texts(), counted.files().texts());
  }

  @Test
  void aPageAddedAsKeptIsNamedAndHashedAsItsFileWouldBeButNotWritten() {
    List<SearchDocument> docs = threePages();
    SearchIndex written = new SearchIndex();
    docs.forEach(written::add);
    SearchIndex keeping = new SearchIndex();
    for (SearchDocument d : docs) {
      SearchIndex.Content content = SearchIndex.content(d.sections());
      if (d.url().equals("b/")) keeping.addKept(d.url(), d.title(), d.section(), content.counted());
      else keeping.add(d.url(), d.title(), d.section(), content);
    }
    SearchIndex.Files all = written.files();
    SearchIndex.Files kept = keeping.files();
    // The same build folder and page numbers: the kept file's hash stands in for its text.
    assertEquals(all.pages(), kept.pages());
    String path = kept.pages().entrySet().stream().filter(e -> e.getValue().equals("b/")).findFirst().orElseThrow().getKey();
    Map<String, String> expected = new TreeMap<>(all.texts());
    String text = expected.remove(path);
    assertEquals(expected, kept.texts());
    SearchDocument b = docs.get(1);
    assertEquals(text, SearchIndex.pageFile(b.url(), b.title(), b.section(), SearchIndex.content(b.sections())));
  }

  @Test
  void theFilesAreTheSameWhateverOrderThePagesArriveIn() {
    List<SearchDocument> docs = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      docs.add(doc("p" + i + "/", "Page " + i, "<p>word" + (i % 17) + " common text number " + i + " séance</p>"));
    }
    SearchIndex first = new SearchIndex();
    docs.forEach(first::add);
    Collections.shuffle(docs, new Random(7));
    SearchIndex second = new SearchIndex();
    docs.parallelStream().forEach(second::add);
    assertEquals(first.files().texts(), second.files().texts());
  }

  @Test
  void theFilesAreTheSameWhateverNumberOfPartsThePostingsAreMadeIn() {
    SearchIndex index = new SearchIndex();
    for (int i = 0; i < 1500; i++) {
      index.add(doc("p" + i + "/", "Page " + i, "<h2>Part " + (i % 5) + "</h2><p>word" + (i % 17) + " common text "
          + "number " + i + " term" + i + " séance</p>"));
    }
    Map<String, String> one = index.files(1).texts();
    assertTrue(one.keySet().stream().anyMatch(f -> f.endsWith("/w1.json")), "more than one word chunk");
    for (int shares : new int[] {2, 3, 8}) assertEquals(one, index.files(shares).texts(), shares + " parts");
  }

  @Test
  void chunksHoldSortedWordRangesAndTheMetaFileNamesEachChunksFirstWord() {
    SearchIndex index = new SearchIndex();
    StringBuilder text = new StringBuilder("<p>");
    for (int i = 0; i < 6000; i++) text.append("w").append(Integer.toString(i, 36)).append(' ');
    index.add(doc("a/", "A", text.append("</p>").toString()));
    Map<String, String> files = index.files().texts();
    String meta = files.get("search/meta.json");
    String build = meta.replaceAll(".*\"build\":\"([0-9a-f]+)\".*\\s*", "$1");
    List<String> firsts = List.of(meta.replaceAll(".*\"chunks\":\\[\"(.*)\"\\]}\\s*", "$1").split("\",\""));
    assertTrue(firsts.size() > 1, "several chunks: " + firsts.size());
    assertEquals(new ArrayList<>(new java.util.TreeSet<>(firsts)), firsts, "chunks in word order");
    for (int i = 0; i < firsts.size(); i++) {
      String chunk = files.get("search/" + build + "/w" + i + ".json");
      assertTrue(chunk.startsWith("{\"" + firsts.get(i) + "\":"), chunk.substring(0, 40));
      assertTrue(chunk.length() < SearchIndex.CHUNK_CHARS + 200, "chunk " + i + " is " + chunk.length());
    }
  }

  @Test
  void wordsDropAccentsAndCaseAndSingleLetters() {
    assertEquals(List.of("seance", "ip", "52", "11", "209", "transport", "rule"), Words.of("Séance a IP 52.11.209 — Transport-Rule"));
  }

  /**
   * A page's words counted where they stand in its text give what counting {@link Words#of} in a
   * map gives: each word once, its weights summed, whatever its case, accents, script or length,
   * over enough words that the table grows several times, and two words of one hash code.
   */
  @Test
  void wordsCountedInPlaceSumAsAMapOfTheirWordsDoes() {
    String[] vocabulary = {"Rule", "rule", "RULE", "Séance", "seance", "a", "7", "IP", "ip", "東京", "Ωmega", "x1",
        "A".repeat(40), "b".repeat(41), "é".repeat(39), "Ｆｕｌｌ", "ǅemal", "Straße",
        "an", "c0"}; // the last two share a hash code
    assertEquals("an".hashCode(), "c0".hashCode());
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int t = 0; t < 6; t++) {
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 2_000; w++) {
        String word = random.nextInt(3) == 0 ? "w" + random.nextInt(700) : vocabulary[random.nextInt(vocabulary.length)];
        text.append(random.nextBoolean() ? word.toUpperCase(java.util.Locale.ROOT) : word).append(random.nextBoolean() ? " " : ", ");
      }
      texts.add(text.toString());
    }
    Map<String, Integer> expected = new java.util.LinkedHashMap<>();
    WordCounts counted = new WordCounts();
    for (int t = 0; t < texts.size(); t++) {
      int weight = t % 2 == 0 ? 3 : 1;
      for (String word : Words.of(texts.get(t))) expected.merge(word, weight, Integer::sum);
      counted.add(texts.get(t), weight);
    }
    Map<String, Integer> actual = new java.util.LinkedHashMap<>();
    List<String> words = counted.words();
    int[] weights = counted.weights();
    for (int i = 0; i < words.size(); i++) assertEquals(null, actual.put(words.get(i), weights[i]), "once: " + words.get(i));
    assertTrue(actual.size() > 700, "the table grew: " + actual.size());
    assertEquals(List.copyOf(expected.keySet()), words, "in the order they first came");
    assertEquals(expected, actual);
  }

  @Test
  void pageTextReadsWhatJsoupReadsCutAtHeadings() {
    String html = """
        <p>Intro &amp; more&nbsp;text.</p>
        <h2 id="one">First <code>heading</code><a class="heading-anchor" href="#one"></a></h2>
        <ul><li>item one</li><li>item two</li></ul>
        <svg class="mermaid"><text>Label</text></svg>
        <!-- a comment -->
        <div class="heading"><h3 id="two">Second</h3><a class="heading-anchor" href="#two"><span>#</span><span>Section titled Second</span></a></div><pre><code>code &lt;here&gt;</code></pre>
        """;
    List<PageText.Section> sections = PageText.of(html);
    assertEquals(List.of(new PageText.Section("", "", "Intro & more text."),
        new PageText.Section("one", "First heading", "item one item two"),
        new PageText.Section("two", "Second", "code <here>")), sections);
    Document jsoup = Jsoup.parseBodyFragment(html);
    jsoup.select("svg, a.heading-anchor").remove();
    assertEquals(jsoup.body().text(), PageText.flat(sections));
  }

  @Test
  void pageTextMatchesJsoupOnEveryPageOfTheRepositorySite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path out) {
    Map<String, String> mismatches = new TreeMap<>();
    quire.build.SiteBuilder.build(quire.build.BuildOptions.of(java.nio.file.Path.of(""), out), (page, html) -> {
      Document doc = Jsoup.parse(html);
      org.jsoup.nodes.Element article = doc.selectFirst("article.content");
      article.select("svg, script, style, a.heading-anchor").remove();
      // Search keeps no line breaks: Jsoup keeps those of <pre>.
      String expected = article.text().replaceAll("\\s+", " ").strip();
      String actual = PageText.flat(PageText.of(article.html()));
      if (!expected.equals(actual)) mismatches.put(page.path(), expected + "\n---\n" + actual);
    });
    assertEquals(Map.of(), mismatches);
  }

  @Test
  void theBuildFolderChangesWithAnyCharacterOfAPageFileEvenWhenTheWordsStayTheSame() {
    String named = folder(new SearchDocument("a/", "Alpha", "Guide", PageText.of("<p>one two.</p>")),
        new SearchDocument("b/", "Beta", "Guide", PageText.of("<h2 id=\"x\">Three</h2><p>four</p>")));
    assertTrue(named.matches("[0-9a-f]{12}"), named);
    assertEquals(named, folder(new SearchDocument("b/", "Beta", "Guide", PageText.of("<h2 id=\"x\">Three</h2><p>four</p>")),
        new SearchDocument("a/", "Alpha", "Guide", PageText.of("<p>one two.</p>"))), "whatever the order of the pages");
    List<String> others = List.of(
        folder(new SearchDocument("a/", "Alpha", "Guide", PageText.of("<p>one two!</p>")),
            new SearchDocument("b/", "Beta", "Guide", PageText.of("<h2 id=\"x\">Three</h2><p>four</p>"))),
        folder(new SearchDocument("a/", "Alpha!", "Guide", PageText.of("<p>one two.</p>")),
            new SearchDocument("b/", "Beta", "Guide", PageText.of("<h2 id=\"x\">Three</h2><p>four</p>"))),
        folder(new SearchDocument("a/", "Alpha", "Guide", PageText.of("<p>one two.</p>")),
            new SearchDocument("b/", "Beta", "Guides", PageText.of("<h2 id=\"x\">Three</h2><p>four</p>"))),
        folder(new SearchDocument("a/", "Alpha", "Guide", PageText.of("<p>one two.</p>")),
            new SearchDocument("b/", "Beta", "Guide", PageText.of("<h2 id=\"y\">Three</h2><p>four</p>"))));
    for (String other : others) assertTrue(!other.equals(named), "a page file differs: " + others);
  }

  /** The build folder an index of these pages is written to. */
  private static String folder(SearchDocument... docs) {
    SearchIndex index = new SearchIndex();
    for (SearchDocument d : docs) index.add(d);
    String meta = index.files().texts().get(SearchIndex.META);
    return meta.replaceAll(".*\"build\":\"([0-9a-f]+)\".*\\s*", "$1");
  }

  @Test
  void textRunsWithAndWithoutEntitiesReadAsJsoupReadsThem() {
    String html = "<p>one &amp; two</p><p>plain run</p><p>x &lt; y</p><p>tail&#33;</p><h2 id=\"h\">A &amp; B</h2><p>last</p>";
    Document jsoup = Jsoup.parseBodyFragment(html);
    assertEquals(jsoup.body().text(), PageText.flat(PageText.of(html)));
  }
}
