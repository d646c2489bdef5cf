package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any text parses without an exception, and the tree keeps its offsets right. */
class ShortcodeRobustnessTest {
  private static final String[] PIECES = {
    "{{<", "{{%", ">}}", "%}}", "/>}}", "{{</*", "*/>}}", "*/%}}", "{{", "}}", " ", "\n", "/",
    "x", "aside", "=", "\"", "\\\"", "`", "a=\"b\"", "k=v", "text", "<", "%", "-", "{{< /x >}}",
    "{{< x >}}", "{{% aside %}}", "{{% /aside %}}",
  };

  @Test
  void keepsOffsetsRightOnRandomMixesOfTagFragments() {
    Random random = new Random(20240611L);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder text = new StringBuilder();
      int count = random.nextInt(30);
      for (int i = 0; i < count; i++) text.append(PIECES[random.nextInt(PIECES.length)]);
      Trees.parse(text.toString()); // checks the invariants
    }
  }

  @Test
  void keepsManyCallsWithoutClosingTagsFlatAndInOrder() {
    String text = "{{< render file=\"a.md\" >}}\ntext\n".repeat(2_000) + "{{< /render >}}";
    ParsedText parsed = Trees.parse(text);
    // The last render is paired with the closing tag; the others stay standalone.
    assertEquals(2 * 1_999 + 1, parsed.nodes().size());
    Call last = (Call) parsed.nodes().get(parsed.nodes().size() - 1);
    assertEquals(text.length(), last.end());
    assertEquals(1, last.inner().orElseThrow().nodes().size());
  }
}
