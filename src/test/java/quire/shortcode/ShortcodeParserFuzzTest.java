package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the shortcode parser: any text parses without throwing, into nodes whose spans lie in
 * the text, in order. A normal test run replays the corpus in
 * {@code ShortcodeParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (README, Safety).
 */
class ShortcodeParserFuzzTest {
  @FuzzTest
  void anyTextParsesIntoNodesInsideIt(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    ParsedText parsed = ShortcodeParser.parse(text);
    assertSpans(parsed.nodes(), 0, text.length());
    for (SyntaxError error : parsed.errors()) {
      assertTrue(error.offset() >= 0 && error.offset() <= text.length(), "error offset " + error.offset());
    }
  }

  private static void assertSpans(List<Node> nodes, int from, int to) {
    int previous = from;
    for (Node node : nodes) {
      int start = node.start();
      int end = node.end();
      assertTrue(start >= previous && end >= start && end <= to,
          "node " + node + " outside " + previous + ".." + to);
      if (node instanceof Call call && call.inner().isPresent()) {
        Inner inner = call.inner().get();
        assertSpans(inner.nodes(), inner.start(), inner.end());
      }
      previous = end;
    }
  }
}
