package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quire.shortcode.Trees.parse;
import static quire.shortcode.Trees.show;

import java.util.List;
import org.junit.jupiter.api.Test;

/** An escaped shortcode, <code>{{&lt;/* name *&#47;&gt;}}</code>, prints the shortcode itself. */
class EscapedShortcodeTest {

  @Test
  void printsTheTagWithoutTheCommentMarkers() {
    String text = "Write {{</* render file=\"x\" */>}} to include x.";
    ParsedText parsed = parse(text);
    assertEquals(List.of(), parsed.errors());
    assertEquals(List.of(new Text(0, 6),
        new Escaped(6, text.indexOf(" to"), "{{< render file=\"x\" >}}"),
        new Text(text.indexOf(" to"), text.length())), parsed.nodes());
  }

  @Test
  void escapesPercentTagsAndClosingTags() {
    String text = "{{%/* aside */%}}a{{%/* /aside */%}} {{</* /x */>}}";
    ParsedText parsed = parse(text);
    assertEquals(List.of(), parsed.errors());
    assertEquals("escaped({{% aside %}}) 'a' escaped({{% /aside %}}) ' ' escaped({{< /x >}})",
        show(text, parsed.nodes()));
  }

  @Test
  void keepsTheInnerTextExactlyAsWritten() {
    String text = "{{</*render  file=`a\nb`*/>}}";
    assertEquals("escaped({{<render  file=`a\nb`>}})", show(text, parse(text).nodes()));
  }

  @Test
  void isNotPairedWithARealClosingTag() {
    String text = "{{</* x */>}}a{{< x >}}b{{< /x >}}";
    assertEquals("escaped({{< x >}}) 'a' <x>['b']", show(text, parse(text).nodes()));
  }
}
