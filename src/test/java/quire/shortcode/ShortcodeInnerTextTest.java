package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static quire.shortcode.Trees.show;

import java.util.List;
import org.junit.jupiter.api.Test;
import quire.diag.Limits;

/**
 * As in Hugo, only a shortcode that takes inner text pairs with a closing tag, so a stray closing
 * tag never swallows the text before it; and paired shortcodes nest at most
 * {@link Limits#SHORTCODE_DEPTH} deep.
 */
class ShortcodeInnerTextTest {
  /** {@code render} never takes inner text; every other name here does. */
  private static ParsedText parse(String text) {
    return ShortcodeParser.parse(text, name -> !name.equals("render"));
  }

  @Test
  void aStrayClosingTagOfAShortcodeWithoutInnerTextKeepsTheTextAndIsAnError() {
    String text = "{{< render file=\"_a.md\" >}}\n\nkept\n\n{{< /render >}}\n";
    ParsedText parsed = parse(text);
    assertEquals("<render file=\"_a.md\"> '\\n\\nkept\\n\\n' '\\n'", show(text, parsed.nodes()));
    assertEquals(List.of(new SyntaxError(text.indexOf("{{< /render"), "`{{< /render >}}` closes no open shortcode: "
        + "`render` takes no inner text, so its calls need no closing tag")), parsed.errors());
  }

  @Test
  void aShortcodeThatTakesInnerTextStillPairsAroundOneThatDoesNot() {
    String text = "{{< note >}}a {{< render \"_a.md\" >}} b{{< /note >}}";
    ParsedText parsed = parse(text);
    assertEquals(List.of(), parsed.errors());
    assertEquals("<note>['a ' <render \"_a.md\"> ' b']", show(text, parsed.nodes()));
  }

  @Test
  void pairsNestedDeeperThanTheLimitAreOneErrorAtTheFirstClosingTagOverIt() {
    int deep = Limits.SHORTCODE_DEPTH + 500;
    String text = "{{% note %}}".repeat(deep) + "x" + "{{% /note %}}".repeat(deep);
    ParsedText parsed = parse(text);
    int firstOver = text.indexOf("{{% /note %}}") + "{{% /note %}}".length() * Limits.SHORTCODE_DEPTH;
    assertEquals(List.of(new SyntaxError(firstOver, "`{{% /note %}}` would nest paired shortcodes "
        + (Limits.SHORTCODE_DEPTH + 1) + " deep; at most " + Limits.SHORTCODE_DEPTH + " are allowed")), parsed.errors());
  }
}
