package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LabelWrappingTest {
  private static final String LONG = "Per platform build configuration for every supported operating system release";
  private static final String CHINESE = "用户提交申请以后系统自动检查所有必填字段并把结果发送给负责审批的主管";

  private static SvgReadBack draw(String text) {
    Diagram d = new MermaidRenderer().render(text, "m");
    return new SvgReadBack(assertInstanceOf(Diagram.Svg.class, d, () -> d.toString()).svg());
  }

  /** The lines one label draws, as the tspans hold them. */
  private static List<String> drawnLines(SvgReadBack svg, String selector) {
    return svg.doc.selectFirst(selector).select("text > tspan").stream().map(Element::text).toList();
  }

  private static double width(String line) {
    return NodeGeometry.width(List.of(new Label.Run(line, false, false, false)), NodeGeometry.FONT_SIZE);
  }

  /** {@code text} wrapped at {@code width} px, its lines as text. */
  private static List<String> wrappedLines(String text, double width) {
    Label wrapped = LabelWrapping.wrap(LabelText.parse(text, false), NodeGeometry.FONT_SIZE, width);
    assertEquals(text, wrapped.text(), "the text as written reads back");
    return wrapped.lines().stream().map(l -> l.stream().map(Label.Run::text).reduce("", String::concat)).toList();
  }

  /** {@code text} with a '|' at every place it may break: wrapped at almost no width, its lines joined as they join. */
  private static String breaks(String text) {
    Label wrapped = LabelWrapping.wrap(LabelText.parse(text, false), NodeGeometry.FONT_SIZE, 0.001);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < wrapped.lines().size(); i++) {
      out.append(i == 0 ? "" : wrapped.joins().get(i) + "|");
      wrapped.lines().get(i).forEach(r -> out.append(r.text()));
    }
    return out.toString();
  }

  /**
   * Asserts that each line of {@code text} wrapped fits {@code width} and that the first word of the
   * next line (up to the next place the text may break) would not have fitted after it.
   */
  private static void assertFullLinesThatFit(List<String> lines, String text, double width) {
    List<Integer> wordStarts = new ArrayList<>();
    int at = 0;
    for (String word : breaks(text).split("\\|")) {
      wordStarts.add(at);
      at += word.length();
    }
    at = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      assertTrue(width(line) <= width, "wider than " + width + ": " + line);
      at += line.length();
      if (i + 1 < lines.size()) {
        String join = text.charAt(at) == ' ' ? " " : "";
        at += join.length();
        int start = at;
        int end = wordStarts.stream().filter(s -> s > start).findFirst().orElse(text.length());
        String next = text.substring(start, end).stripTrailing();
        assertTrue(width(line + join + next) > width, "\"" + next + "\" would have fitted on " + line);
      }
    }
  }

  /**
   * A node's label wider than 200 px is drawn as lines no wider than that, broken at blanks, each
   * as full as fits, as mermaid.js's 200 px label box breaks it; the text as written reads back.
   */
  @Test
  void aLongNodeLabelIsBrokenAtBlanksIntoLinesThatFitTwoHundredPixels() {
    SvgReadBack svg = draw("flowchart LR\nA[\"" + LONG + "\"] -->|" + LONG + "| B[Short]\n");
    for (String selector : List.of("g.node[data-id=A]", "g.edgeLabel")) {
      List<String> lines = drawnLines(svg, selector);
      assertTrue(lines.size() >= 3, lines.toString());
      assertEquals(LONG, String.join(" ", lines));
      for (int i = 0; i < lines.size(); i++) {
        assertTrue(width(lines.get(i)) <= LabelWrapping.WIDTH, lines.get(i));
        if (i + 1 < lines.size()) {
          String next = lines.get(i + 1);
          assertTrue(width(lines.get(i) + " " + next.substring(0, next.indexOf(' ') < 0 ? next.length() : next.indexOf(' ')))
              > LabelWrapping.WIDTH, "the next word would have fitted on " + lines.get(i));
        }
      }
    }
    assertEquals(LONG, svg.nodes().get("A"), "a wrapped line reads back joined by a blank");
    assertTrue(svg.edges().get(0).contains("'" + LONG + "'"), svg.edges().get(0));
    assertEquals(List.of("Short"), drawnLines(svg, "g.node[data-id=B]"));
    assertEquals(LONG, LabelWrapping.wrap(LabelText.parse(LONG, false), NodeGeometry.FONT_SIZE, LabelWrapping.WIDTH).text());
  }

  /** Written breaks stay; a word wider than the width keeps a line of its own; styles carry over. */
  @Test
  void writtenBreaksStayAndAWordWiderThanTheWidthIsNotCut() {
    String word = "Pneumonoultramicroscopicsilicovolcanoconiosis";
    SvgReadBack svg = draw("flowchart TD\nA[\"first<br>" + word + " and <b>then some bold words that go on</b>\"]\n");
    List<String> lines = drawnLines(svg, "g.node[data-id=A]");
    assertEquals("first", lines.get(0));
    assertEquals(word, lines.get(1));
    assertEquals("first\n" + word + " and then some bold words that go on", svg.nodes().get("A"));
    Element wrapped = svg.doc.select("g.node[data-id=A] text > tspan").get(2);
    assertTrue(wrapped.hasClass("wrap"));
    assertTrue(svg.doc.select("g.node[data-id=A] text > tspan").get(1).classNames().isEmpty(), "a written break is no wrap");
    assertTrue(wrapped.select("tspan[font-weight=bold]").size() == 1, wrapped.outerHtml());
  }

  /**
   * A line may also break after a hyphen between a letter or digit and a letter, as the browser
   * breaks mermaid.js's label ("X-Area1Security-" / "Disposition"), but not in "--train" or
   * before a digit; the text as written reads back without a blank there.
   */
  @Test
  void aLineMayBreakAfterAHyphenInsideAWord() {
    SvgReadBack svg = draw("flowchart TD\nA[\"X-Area1Security-Disposition<br>message header\"] --> B[\"run --train-and-evaluate-every-model-x-1234567890\"]\n");
    assertEquals(List.of("X-Area1Security-", "Disposition", "message header"), drawnLines(svg, "g.node[data-id=A]"));
    assertEquals("X-Area1Security-Disposition\nmessage header", svg.nodes().get("A"));
    assertTrue(svg.doc.select("g.node[data-id=A] text > tspan").get(1).hasClass("joined"));
    List<String> b = drawnLines(svg, "g.node[data-id=B]");
    assertEquals("run --train-and-evaluate-every-model-x-1234567890", svg.nodes().get("B"));
    assertTrue(b.size() >= 2, b.toString());
    for (String line : b) {
      assertTrue(!line.startsWith("-") || line.startsWith("--train"), "no break inside --: " + b);
      assertTrue(!line.startsWith("1234567890"), "no break before a digit: " + b);
    }
  }

  /** {@code flowchart.wrappingWidth} sets the width node labels break at; edge labels keep 200 px, as in mermaid. */
  @Test
  void theDiagramsWrappingWidthAppliesToNodeLabels() {
    String text = "flowchart LR\nA[\"" + LONG + "\"] -->|" + LONG + "| B\n";
    SvgReadBack wide = draw("%%{init: {\"flowchart\": {\"wrappingWidth\": 1000}}}%%\n" + text);
    assertEquals(List.of(LONG), drawnLines(wide, "g.node[data-id=A]"));
    assertEquals(drawnLines(draw(text), "g.edgeLabel"), drawnLines(wide, "g.edgeLabel"));
    SvgReadBack narrow = draw("---\nconfig:\n  flowchart:\n    wrappingWidth: 100\n---\n" + text);
    for (String line : drawnLines(narrow, "g.node[data-id=A]")) {
      assertTrue(width(line) <= 100, line);
    }
  }

  /**
   * A Chinese label, which has no blanks, breaks between its ideographs into lines no wider than
   * 200 px, as full as fits, as the browser breaks mermaid.js's label box; nothing is taken out at
   * those breaks, so the text reads back as written.
   */
  @Test
  void aLongChineseLabelBreaksBetweenIdeographsIntoLinesThatFit() {
    List<String> lines = wrappedLines(CHINESE, LabelWrapping.WIDTH);
    assertEquals(List.of("用户提交申请以后系统自动", "检查所有必填字段并把结果", "发送给负责审批的主管"), lines);
    assertFullLinesThatFit(lines, CHINESE, LabelWrapping.WIDTH);
    assertEquals(List.of("\n", "", ""), LabelWrapping.wrap(LabelText.parse(CHINESE, false), NodeGeometry.FONT_SIZE, LabelWrapping.WIDTH).joins());
  }

  /**
   * Japanese breaks between kana and kanji, but no line starts with closing punctuation, a small
   * kana or the prolonged sound mark, and none ends with an opening bracket (kinsoku), at whatever
   * width it wraps. (Chromium 150 breaks before a small kana or ー too; quire keeps UAX #14's
   * stricter default there.)
   */
  @Test
  void japaneseBreaksButNotBeforeClosingPunctuationOrSmallKanaNorAfterAnOpeningBracket() {
    String text = "ユーザーが「ログイン」ボタンを押すと、サーバーへリクエストが送信されます。ちょっとキャッシュを『クリア』してください。";
    assertEquals("ユー|ザー|が|「ロ|グ|イ|ン」|ボ|タ|ン|を|押|す|と、|サー|バー|へ|リ|ク|エ|ス|ト|が|送|信|さ|れ|ま|す。|ちょっ|と|キャッ|シュ|を|『ク|リ|ア』|し|て|く|だ|さ|い。",
        breaks(text));
    for (double width : new double[] {0.001, 40, 100, LabelWrapping.WIDTH}) {
      List<String> lines = wrappedLines(text, width);
      assertTrue(lines.size() > 1, lines.toString());
      for (String line : lines) {
        assertTrue("、。」』ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ".indexOf(line.charAt(0)) < 0, "starts a line: " + line);
        assertTrue("「『".indexOf(line.charAt(line.length() - 1)) < 0, "ends a line: " + line);
      }
    }
    assertFullLinesThatFit(wrappedLines(text, LabelWrapping.WIDTH), text, LabelWrapping.WIDTH);
  }

  /**
   * Korean breaks at its blanks and, as Chromium breaks it under {@code word-break: normal},
   * between any two Hangul syllables: a line is filled to the width even inside a word, and a word
   * longer than the width is broken too.
   */
  @Test
  void koreanBreaksAtBlanksAndBetweenHangulSyllablesAsChromiumDoes() {
    String spaced = "사용자가 로그인 버튼을 누르면 서버로 요청이 전송되고 결과가 화면에 표시됩니다";
    assertEquals("사|용|자|가 |로|그|인 |버|튼|을 |누|르|면 |서|버|로 |요|청|이 |전|송|되|고 |결|과|가 |화|면|에 |표|시|됩|니|다",
        breaks(spaced));
    List<String> lines = wrappedLines(spaced, LabelWrapping.WIDTH);
    assertEquals(List.of("사용자가 로그인 버튼을 누", "르면 서버로 요청이 전송되", "고 결과가 화면에 표시됩니", "다"), lines);
    assertFullLinesThatFit(lines, spaced, LabelWrapping.WIDTH);
    String word = "가나다라마바사아자차카타파하가나다라마바사";
    assertEquals(List.of("가나다라마바사아자차카타", "파하가나다라마바사"), wrappedLines(word, LabelWrapping.WIDTH));
  }

  /**
   * East Asian text breaks beside a Latin word or a number in it, with or without blanks, and
   * after punctuation that closes, as Chromium breaks it (its breaks at no width, recorded from
   * Chromium 150); the Latin words themselves keep their own rules.
   */
  @Test
  void mixedEastAsianAndLatinTextBreaksBesideTheLatinWordsAsChromiumDoes() {
    assertEquals("用|户 |login |流|程，|先|检|查 |token |是|否|过|期，|然|后|跳|转|到 |dashboard |页|面。",
        breaks("用户 login 流程，先检查 token 是否过期，然后跳转到 dashboard 页面。"));
    assertEquals("中|文|English|中|文|123|中|文", breaks("中文English中文123中文"));
    assertEquals("点|击|“提|交”|按|钮|后，|系|统|会|发|送|通|知|（邮|件|或|短|信）|给|负|责|人。",
        breaks("点击“提交”按钮后，系统会发送通知（邮件或短信）给负责人。"));
    assertEquals("价|格|为|￥100，|折|扣|50%，|约|合|$15。", breaks("价格为￥100，折扣50%，约合$15。"));
    assertEquals("서|버|(API)|에|서 |응|답|을 |받|으|면", breaks("서버(API)에서 응답을 받으면"));
    // Latin words beside East Asian text keep quire's own rules, unchanged.
    assertEquals("X-|Area1Security-|Disposition |--train-|and-|x-1234 |中|文", breaks("X-Area1Security-Disposition --train-and-x-1234 中文"));
    String text = "用户 login 流程需要先检查 token 是否过期然后跳转到 dashboard 页面并记录审计日志";
    List<String> lines = wrappedLines(text, LabelWrapping.WIDTH);
    assertFullLinesThatFit(lines, text, LabelWrapping.WIDTH);
    for (String latin : List.of("login", "token", "dashboard")) {
      assertTrue(lines.stream().anyMatch(l -> l.contains(latin)), latin + " is cut: " + lines);
    }
  }

  /** A node's long Chinese label is drawn as several lines, each a {@code wrap joined} tspan after the first, and reads back as written. */
  @Test
  void aLongChineseNodeLabelIsDrawnOnSeveralLinesAndReadsBack() {
    SvgReadBack svg = draw("flowchart TD\nA[\"" + CHINESE + "\"] --> B[短]\n");
    List<String> lines = drawnLines(svg, "g.node[data-id=A]");
    assertEquals(3, lines.size(), lines.toString());
    assertEquals(CHINESE, String.join("", lines));
    assertEquals(CHINESE, svg.nodes().get("A"));
    List<Element> tspans = svg.doc.select("g.node[data-id=A] text > tspan");
    assertTrue(tspans.get(0).classNames().isEmpty());
    for (Element t : tspans.subList(1, tspans.size())) {
      assertEquals(Set.of("wrap", "joined"), t.classNames());
    }
    assertEquals(List.of("短"), drawnLines(svg, "g.node[data-id=B]"));
  }

  @Test
  void aLabelThatFitsIsLeftAsItIs() {
    Label label = LabelText.parse("Short<br>two lines", false);
    assertSame(label, LabelWrapping.wrap(label, NodeGeometry.FONT_SIZE, LabelWrapping.WIDTH));
    Flowchart chart = Fixtures.parse("flowchart TD\nA[Short] --> B\n");
    assertSame(chart, LabelWrapping.apply(chart));
  }

  /**
   * Text is measured with the font's kerning, as the browser draws it: this label's advances add
   * up to 204.5 px, but kerned ("Ta", "Tr", "Vo", "Ye" and others) it is 199.2 px and fits in 200.
   */
  @Test
  void measuresWithTheFontsKerningAndBreaksOnlyWhatTheBrowserWouldNotFit() {
    assertEquals(199.22, width("Tally Travel Vouchers Yearly"), 0.01);
    assertEquals(width("A") + width("V") - 1.1875, width("AV"), 1e-9, "A and V kerned by -152 of 2048 units at 16 px");
    assertEquals(List.of("Tally Travel Vouchers Yearly"), drawnLines(draw("flowchart LR\n  t[Tally Travel Vouchers Yearly]\n"), "g.node"));
  }

  @Test
  void kernsPairsBeyondAsciiAsTheFontDoes() {
    // ASCII pairs are read from a table made once; the others (Greek, curly quotes) from the
    // font's own list of pairs.
    assertEquals(width("\u0391") + width("\u03a5") - 1.1875, width("\u0391\u03a5"), 1e-9, "Greek Alpha and Upsilon, as A and V");
    assertTrue(width("L\u2019") < width("L") + width("\u2019") - 0.5, "L and a right quote kerned");
  }
}
