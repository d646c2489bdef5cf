package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Build-time highlighting of the languages docs use: the tokens each gets, and text kept as written. */
class SyntaxHighlighterTest {
  /** The highlighted code as "class:text" for every span, read back with Jsoup. */
  private static List<String> spans(String code, String language) {
    String html = SyntaxHighlighter.highlight(code, SyntaxHighlighter.language(language));
    Element root = Jsoup.parseBodyFragment("<pre><code>" + html + "</code></pre>").selectFirst("code");
    assertEquals(code, root.wholeText(), "the text must come back as written");
    return root.select("span").stream().map(s -> s.className() + ":" + s.wholeText()).collect(Collectors.toList());
  }

  private static void has(List<String> spans, String... expected) {
    for (String e : expected) assertTrue(spans.contains(e), e + " not in " + spans);
  }

  @Test
  void everyLanguageDocsUseIsColoured() {
    Map<String, String> samples = Map.ofEntries(
        Map.entry("sh", "export NAME=\"quire\" # note\n"),
        Map.entry("powershell", "New-TransportRule -Name \"Area 1\" $ips # note\n"),
        Map.entry("json", "{\"errors\": 1, \"ok\": false}\n"),
        Map.entry("yaml", "title: Docs # note\n"),
        Map.entry("html", "<div class=\"a\">x</div>\n"),
        Map.entry("javascript", "const a = \"b\"; // note\n"),
        Map.entry("python", "def f():\n    return \"x\"  # note\n"),
        Map.entry("java", "public class X { String s = \"q\"; }\n"),
        Map.entry("go", "func main() { fmt.Println(\"hi\", 42) }\n"),
        Map.entry("toml", "# note\n[server]\nport = 8080\n"),
        Map.entry("diff", "@@ -1 +1 @@\n-old\n+new\n"));
    for (var sample : samples.entrySet()) {
      assertTrue(SyntaxHighlighter.highlights(SyntaxHighlighter.language(sample.getKey())), sample.getKey());
      assertTrue(spans(sample.getValue(), sample.getKey()).size() >= 2, sample.getKey() + ": " + spans(sample.getValue(), sample.getKey()));
    }
  }

  @Test
  void tokensGetTheirClasses() {
    has(spans("export NAME=\"quire\" # note\nfor f in x; do echo; done\n", "bash"),
        "hl-f:export", "hl-v:NAME", "hl-s:\"quire\"", "hl-c:# note", "hl-k:for");
    has(spans("title: Docs\nlist:\n  - 3\n", "yml"), "hl-a:title", "hl-a:list");
    has(spans("<div class=\"a\">x</div>\n", "html"), "hl-g:div", "hl-a:class", "hl-s:\"a\"");
    has(spans("{\"ok\": false, \"n\": 12}\n", "json"), "hl-n:false", "hl-n:12");
    has(spans("public class X {}\n", "java"), "hl-k:public", "hl-k:class");
    has(spans("# c\n[server]\nport = 8080\n", "toml"), "hl-c:# c", "hl-k:[server]");
  }

  @Test
  void shortcodeBracesNeverMeetATagInTheHtml() {
    String code = "{{< render file=\"_a.md\" >}}\n<p>{{<b>}}</p>\n";
    for (String language : List.of("md", "html", "go-html-template", "powershell", "diff", "sh", "text")) {
      String html = SyntaxHighlighter.highlight(code, SyntaxHighlighter.language(language));
      assertFalse(html.contains("{{<"), language + ": " + html);
      if (SyntaxHighlighter.highlights(SyntaxHighlighter.language(language))) spans(code, language);
    }
  }

  @Test
  void aMultiLineCommentCarriesAcrossLines() {
    has(spans("/* one\n two */ int x;\n", "java"), "hl-c:/* one", "hl-c: two */");
    has(spans("<!-- one\n two -->\n", "html"), "hl-c:<!-- one", "hl-c: two -->");
  }

  @Test
  void powerShellHasCmdletsVariablesParametersAndBlockComments() {
    List<String> spans = spans("""
        <# a
        block #>
        $ips = @("52.11.209.211")
        New-TransportRule -Name 'Area 1' -SetSCL 5
        if ($ok) { Write-Host "done `"x`"" }
        """, "ps1");
    has(spans, "hl-c:<# a\nblock #>", "hl-v:$ips", "hl-s:\"52.11.209.211\"", "hl-f:New-TransportRule", "hl-a:-Name",
        "hl-s:'Area 1'", "hl-n:5", "hl-k:if", "hl-v:$ok", "hl-f:Write-Host", "hl-s:\"done `\"x`\"\"");
  }

  @Test
  void diffLinesAreColouredByTheirFirstCharacter() {
    assertEquals(List.of("hl-c:--- a/x", "hl-c:+++ b/x", "hl-h:@@ -1,2 +1,2 @@", "hl-d:-old", "hl-i:+new"),
        spans("--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n same\n-old\n+new\n", "diff"));
  }

  @Test
  void plainTextAndUnknownLanguagesAreEscapedOnly() {
    assertEquals("a &lt;b&gt; &amp; c\n", SyntaxHighlighter.highlight("a <b> & c\n", "text"));
    assertEquals("x &lt; y\n", SyntaxHighlighter.highlight("x < y\n", SyntaxHighlighter.language("cobol-85")));
    assertFalse(SyntaxHighlighter.highlights("text"));
    assertEquals("text", SyntaxHighlighter.language(""));
    assertEquals("python", SyntaxHighlighter.language("python {linenos=true}"));
  }
}
