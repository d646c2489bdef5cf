package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quire.shortcode.Trees.parse;
import static quire.shortcode.Trees.show;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening and closing tags pair up; the text between them is the inner. */
class ShortcodePairingTest {

  private static String shown(String text) {
    ParsedText parsed = parse(text);
    assertEquals(List.of(), parsed.errors(), "errors");
    return show(text, parsed.nodes());
  }

  @Test
  void pairsACallWithNestedShortcodesInside() {
    String text = "{{<Aside type=\"note\">}}text with "
        + "{{<glossary-tooltip term_id=\"disposition\">}}"
        + "dispositions{{</glossary-tooltip>}}{{</Aside>}}";
    assertEquals("<Aside type=\"note\">['text with ' "
        + "<glossary-tooltip term_id=\"disposition\">['dispositions']]", shown(text));
    Call aside = (Call) parse(text).nodes().get(0);
    assertEquals(0, aside.start());
    assertEquals(text.length(), aside.end());
    Inner inner = aside.inner().orElseThrow();
    assertEquals(text.indexOf("text with"), inner.start());
    assertEquals(text.indexOf("{{</Aside>}}"), inner.end());
    Call tooltip = (Call) inner.nodes().get(1);
    assertEquals(text.indexOf("{{</glossary-tooltip>}}") + "{{</glossary-tooltip>}}".length(),
        tooltip.end());
  }

  @Test
  void pairsAPercentCallAroundAMarkdownList() {
    String text = "{{% aside %}}\n- one\n- two\n{{% /aside %}}\n";
    assertEquals("%aside%['\\n- one\\n- two\\n'] '\\n'", shown(text));
  }

  @Test
  void acceptsAClosingTagWithTheOtherDelimiterAsHugoDoes() {
    assertEquals("%x%['a']", shown("{{% x %}}a{{< /x >}}"));
  }

  @Test
  void makesCallsPoppedByALaterCloseStandalone() {
    String text = "{{< box >}}a {{< icon >}} b {{< img src=\"x\" >}} c{{< /box >}}";
    assertEquals("<box>['a ' <icon> ' b ' <img src=\"x\"> ' c']", shown(text));
    Call box = (Call) parse(text).nodes().get(0);
    Call icon = (Call) box.inner().orElseThrow().nodes().get(1);
    assertEquals(icon.openEnd(), icon.end());
  }

  @Test
  void pairsWithTheInnermostOpenCallOfTheSameName() {
    assertEquals("<x>['a' <x>['b'] 'c']", shown("{{< x >}}a{{< x >}}b{{< /x >}}c{{< /x >}}"));
  }

  @Test
  void leavesCallsWithoutAClosingTagStandaloneWithTheTextAfterThem() {
    assertEquals("<x> 'a' <y> 'b'", shown("{{< x >}}a{{< y >}}b"));
  }

  @Test
  void neverPairsASelfClosedCall() {
    assertEquals("<x/> 'a' <x>['b']", shown("{{< x />}}a{{< x >}}b{{< /x >}}"));
  }

  @Test
  void pairsNamesCaseSensitively() {
    ParsedText parsed = parse("{{< aside >}}a{{< /Aside >}}");
    assertEquals(1, parsed.errors().size());
    assertEquals("<aside> 'a'", show("{{< aside >}}a{{< /Aside >}}", parsed.nodes()));
  }
}
