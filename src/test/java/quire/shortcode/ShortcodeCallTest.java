package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static quire.shortcode.Trees.parse;
import static quire.shortcode.Trees.show;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single shortcode tags: names, delimiters, arguments and their offsets. */
class ShortcodeCallTest {

  private static String shown(String text) {
    ParsedText parsed = parse(text);
    assertEquals(List.of(), parsed.errors(), "errors");
    return show(text, parsed.nodes());
  }

  private static Call onlyCall(String text) {
    ParsedText parsed = parse(text);
    assertEquals(List.of(), parsed.errors(), "errors");
    return (Call) parsed.nodes().stream().filter(n -> n instanceof Call).findFirst().orElseThrow();
  }

  @Test
  void parsesTheSeedRenderCallWrittenWithoutSpaces() {
    String text = "Step 1\n{{<render file=\"deployment/_x.md\" withParameters=\"a;;b\">}}\nStep 2";
    assertEquals(
        "'Step 1\\n' <render file=\"deployment/_x.md\" withParameters=\"a;;b\"> '\\nStep 2'",
        shown(text));
    Call call = onlyCall(text);
    assertEquals(7, call.start());
    assertEquals(text.indexOf("\nStep 2"), call.end());
    assertEquals(call.end(), call.openEnd());
    assertEquals(10, call.nameStart());
    assertEquals(Delimiter.ANGLE, call.delimiter());
    assertEquals(false, call.selfClosed());
    assertEquals(Optional.empty(), call.inner());
  }

  @Test
  void parsesTheSeedRenderCallWrittenWithSpaces() {
    assertEquals("<render file=\"deployment/_x.md\" withParameters=\"a;;b\">",
        shown("{{< render file=\"deployment/_x.md\" withParameters=\"a;;b\" >}}"));
  }

  @Test
  void keepsTheOffsetsOfEachArgumentAndItsValue() {
    String text = "{{<render file=\"x.md\" withParameters = `a;;b`>}}";
    Call call = onlyCall(text);
    Argument file = call.arguments().get(0);
    Argument params = call.arguments().get(1);
    assertEquals(new Argument(Optional.of("file"), "x.md", ValueKind.QUOTED,
        text.indexOf("file"), text.indexOf("\"x.md\"")), file);
    assertEquals(new Argument(Optional.of("withParameters"), "a;;b", ValueKind.RAW,
        text.indexOf("withParameters"), text.indexOf("`a;;b`")), params);
  }

  @Test
  void readsNamedArgumentsQuotedRawAndBare() {
    assertEquals("<x a=\"one two\" b=`three` c=4.5 d=https://example.com/?q=1>",
        shown("{{< x a=\"one two\" b=`three` c=4.5 d=https://example.com/?q=1 >}}"));
  }

  @Test
  void readsPositionalArgumentsQuotedRawAndBare() {
    String text = "{{< x \"one two\" `three` 4.5 >}}";
    assertEquals("<x \"one two\" `three` 4.5>", shown(text));
    Argument raw = onlyCall(text).arguments().get(1);
    assertEquals(Optional.empty(), raw.name());
    assertEquals(text.indexOf('`'), raw.start());
    assertEquals(raw.start(), raw.valueStart());
  }

  @Test
  void unescapesQuotesAndBackslashesInQuotedValues() {
    Call call = onlyCall("{{< x title=\"say \\\"hi\\\" to C:\\\\dir and \\n\" >}}");
    assertEquals("say \"hi\" to C:\\dir and \\n", call.arguments().get(0).value());
  }

  @Test
  void keepsRawValuesAsWrittenOverSeveralLines() {
    String text = "{{< x body=`line one\n  \"line\" \\two\n{{< not a tag >}}` >}}\nafter";
    Call call = onlyCall(text);
    assertEquals("line one\n  \"line\" \\two\n{{< not a tag >}}", call.arguments().get(0).value());
    assertEquals(ValueKind.RAW, call.arguments().get(0).kind());
    assertEquals(text.indexOf("\nafter"), call.end());
  }

  @Test
  void allowsATagToSpanLines() {
    assertEquals("<render file=\"a.md\" withParameters=\"b\"> '!'",
        shown("{{< render\n  file=\"a.md\"\n  withParameters=\"b\"\n>}}!"));
  }

  @Test
  void readsThePercentDelimiter() {
    Call call = onlyCall("{{% aside type=\"note\" %}}");
    assertEquals(Delimiter.PERCENT, call.delimiter());
    assertEquals("%aside type=\"note\"%", shown("{{% aside type=\"note\" %}}"));
  }

  @Test
  void readsSelfClosingTagsWithAndWithoutSpace() {
    assertEquals("<x a=\"1\"/> ' ' <y/> ' ' %z b/%",
        shown("{{< x a=\"1\" />}} {{<y/>}} {{% z b /%}}"));
    assertTrue(onlyCall("{{< x />}}").selfClosed());
  }

  @Test
  void acceptsNamesWithDigitsHyphensUnderscoresAndSlashes() {
    assertEquals("<glossary-tooltip> <a/b_c2>", shown("{{< glossary-tooltip >}}{{< a/b_c2 >}}"));
  }

  @Test
  void keepsTheCaseOfNames() {
    assertEquals("<Aside> <aside>", shown("{{<Aside>}}{{<aside>}}"));
  }

  @Test
  void findsShortcodesInsideCodeFences() {
    assertEquals("'```\\n' <x> '\\n```'", shown("```\n{{< x >}}\n```"));
  }

  @Test
  void leavesOtherDoubleBracesAsText() {
    assertEquals("'{{ .Title }} {{{ and {{'", shown("{{ .Title }} {{{ and {{"));
  }

  @Test
  void returnsOneTextNodeForALongTextWithoutShortcodes() {
    String text = "abcdefghi\n".repeat(1000);
    ParsedText parsed = ShortcodeParser.parse(text);
    assertEquals(List.of(new Text(0, 10_000)), parsed.nodes());
    assertEquals(List.of(), parsed.errors());
  }

  @Test
  void returnsNoNodesForAnEmptyText() {
    assertEquals(new ParsedText(List.of(), List.of()), ShortcodeParser.parse(""));
  }
}
