package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quire.shortcode.Trees.errors;
import static quire.shortcode.Trees.parse;
import static quire.shortcode.Trees.show;

import org.junit.jupiter.api.Test;

/** Each kind of syntax error, where it is reported, and how parsing carries on after it. */
class ShortcodeSyntaxErrorTest {

  private static String errorsOf(String text) {
    return errors(text, parse(text));
  }

  @Test
  void reportsATagNeverClosedAtItsOpeningDelimiter() {
    String text = "one\ntwo {{< x a=\"1\"\nthree";
    assertEquals("2:5 `{{<` is never closed by `>}}`", errorsOf(text));
    assertEquals("'one\\ntwo {{< x a=\"1\"\\nthree'", show(text, parse(text).nodes()));
  }

  @Test
  void reportsATagCutShortByTheNextTagAndParsesThatTag() {
    String text = "{{< x a=\"1\" {{< y >}}";
    assertEquals("1:1 `{{<` is never closed by `>}}`", errorsOf(text));
    assertEquals("'{{< x a=\"1\" ' <y>", show(text, parse(text).nodes()));
  }

  @Test
  void reportsAMissingName() {
    assertEquals("1:5 expected a shortcode name after `{{<`, found `>}}`", errorsOf("{{< >}}"));
    assertEquals("1:5 expected a shortcode name after `{{<`, found quoted string",
        errorsOf("{{< \"x\" >}}"));
    assertEquals("1:7 expected a shortcode name after `{{% /`, found `%}}`",
        errorsOf("{{% / %}}"));
  }

  @Test
  void reportsABadName() {
    assertEquals("1:5 `-x` is not a shortcode name: use letters, digits, `-`, `_` and `/`,"
        + " starting with a letter or digit", errorsOf("{{< -x >}}"));
  }

  @Test
  void reportsAnUnterminatedQuoteAtTheQuote() {
    assertEquals("2:9 quoted string is never closed by `\"` on its line (use a `raw string`"
        + " for a value over several lines)", errorsOf("text\n{{< x a=\"b >}}\nmore"));
  }

  @Test
  void reportsAnUnterminatedRawStringAtTheBacktick() {
    assertEquals("1:9 raw string starting with ` is never closed by another `",
        errorsOf("{{< x a=`b >}}"));
  }

  @Test
  void reportsATagClosedWithTheOtherDelimiter() {
    assertEquals("1:7 `{{<` is closed by `%}}`; write `>}}`", errorsOf("{{< x %}}"));
    assertEquals("1:7 `{{%` is closed by `>}}`; write `%}}`", errorsOf("{{% x />}}"));
    assertEquals("1:7 `{{<` is closed by `}}`; write `>}}`", errorsOf("{{< x }}"));
  }

  @Test
  void reportsMixedNamedAndPositionalArguments() {
    assertEquals("1:14 positional argument after the named argument `file`: one shortcode takes"
        + " named or positional arguments, not both", errorsOf("{{< x file=a b >}}"));
    assertEquals("1:9 named argument `file` after a positional one: one shortcode takes named"
        + " or positional arguments, not both", errorsOf("{{< x b file=\"a\" >}}"));
  }

  @Test
  void reportsAnEqualsSignWithoutAValueOrKey() {
    assertEquals("1:11 `=` after `file` has no value; found `>}}`", errorsOf("{{< x file= >}}"));
    assertEquals("1:7 `=` has no key before it", errorsOf("{{< x =a >}}"));
    assertEquals("1:10 a key before `=` is written without quotes", errorsOf("{{< x \"a\"=b >}}"));
  }

  @Test
  void reportsAnUnexpectedCharacter() {
    assertEquals("1:8 unexpected character `<` in a shortcode; quote a value that contains it",
        errorsOf("{{< x a<b >}}"));
  }

  @Test
  void reportsASlashInTheWrongPlace() {
    assertEquals("1:7 unexpected `/`: a closing tag has it before the name, as in"
        + " `{{< /name >}}`, and a self-closing tag just before `>}}`", errorsOf("{{< x / a >}}"));
  }

  @Test
  void reportsArgumentsOnAClosingTag() {
    assertEquals("1:17 the closing tag `{{< /x >}}` takes no arguments",
        errorsOf("{{< x >}}{{< /x a=\"1\" >}}"));
    assertEquals("1:16 a closing tag cannot also be self-closing; write `>}}`",
        errorsOf("{{< x >}}{{</x />}}"));
  }

  @Test
  void reportsAClosingTagThatClosesNothingAndDropsIt() {
    String text = "a\n{{% /aside %}}b";
    ParsedText parsed = parse(text);
    assertEquals("2:1 `{{% /aside %}}` closes no open shortcode", errors(text, parsed));
    assertEquals("'a\\n' 'b'", show(text, parsed.nodes()));
  }

  @Test
  void namesTheOpenShortcodeWhenAClosingTagClosesNothing() {
    String text = "{{< box >}}a{{< /bx >}}b{{< /box >}}";
    ParsedText parsed = parse(text);
    assertEquals("1:13 `{{< /bx >}}` closes no open shortcode; the open one is `box`",
        errors(text, parsed));
    assertEquals("<box>['a' 'b']", show(text, parsed.nodes()));
  }

  @Test
  void reportsAnEscapedTagNeverClosed() {
    assertEquals("1:3 escaped shortcode `{{</*` is never closed by `*/>}}`",
        errorsOf("a {{</* x >}}"));
  }

  @Test
  void reportsEveryErrorInOneTextAndKeepsTheGoodTags() {
    String text = String.join("\n",
        "{{< render file=\"a.md >}}",
        "{{< render file=\"ok.md\" >}}",
        "123 {{< x a= >}} {{< y %}}",
        "{{< /nothing >}}",
        "{{< z \"p\" k=v >}}",
        "{{% aside %}}fine{{% /aside %}}");
    ParsedText parsed = parse(text);
    assertEquals(String.join("\n",
        "1:17 quoted string is never closed by `\"` on its line (use a `raw string` for a value"
            + " over several lines)",
        "3:12 `=` after `a` has no value; found `>}}`",
        "3:24 `{{<` is closed by `%}}`; write `>}}`",
        "4:1 `{{< /nothing >}}` closes no open shortcode; the open one is `render`",
        "5:11 named argument `k` after a positional one: one shortcode takes named or positional"
            + " arguments, not both"), errors(text, parsed));
    // The dropped closing tag on line 4 leaves the only gap, between the two text runs.
    assertEquals("'{{< render file=\"a.md >}}\\n' <render file=\"ok.md\">"
        + " '\\n123 {{< x a= >}} {{< y %}}\\n' '\\n{{< z \"p\" k=v >}}\\n' %aside%['fine']",
        show(text, parsed.nodes()));
  }
}
