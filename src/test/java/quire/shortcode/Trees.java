package quire.shortcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Test helpers: parse with the tree's invariants checked, show a tree as one line, and turn an
 * offset into "line:col".
 */
final class Trees {
  private Trees() {}

  /** Parses {@code text} and checks offsets: in order, inside the text, no gaps unless dropped. */
  static ParsedText parse(String text) {
    ParsedText parsed = ShortcodeParser.parse(text);
    boolean dropped = parsed.errors().stream()
        .anyMatch(e -> e.message().contains("closes no open shortcode"));
    checkCovers(parsed.nodes(), 0, text.length(), !dropped);
    return parsed;
  }

  private static void checkCovers(List<Node> nodes, int from, int to, boolean noGaps) {
    int at = from;
    for (Node node : nodes) {
      assertTrue(node.start() >= at, "node " + node + " starts before " + at);
      if (noGaps) assertEquals(at, node.start(), "gap before " + node);
      if (node instanceof Call call) {
        assertTrue(call.openEnd() <= call.end());
        call.inner().ifPresent(inner -> {
          assertEquals(call.openEnd(), inner.start());
          assertTrue(inner.end() < call.end());
          checkCovers(inner.nodes(), inner.start(), inner.end(), noGaps);
        });
      }
      at = node.end();
    }
    assertTrue(at <= to, "nodes run past " + to);
    if (noGaps) assertEquals(to, at, "gap at the end");
  }

  /**
   * The nodes as one line: text as {@code 'text'}, calls as {@code <name args>} or
   * {@code %name args%} ({@code />} when self-closed), a pair's inner in {@code [ ]}, escaped
   * shortcodes as {@code escaped(literal)}. Arguments show their kind: {@code "q"}, {@code `r`},
   * {@code bare}.
   */
  static String show(String text, List<Node> nodes) {
    return nodes.stream().map(node -> show(text, node)).collect(Collectors.joining(" "));
  }

  private static String show(String text, Node node) {
    if (node instanceof Text t) {
      return "'" + text.substring(t.start(), t.end()).replace("\n", "\\n") + "'";
    }
    if (node instanceof Escaped e) return "escaped(" + e.literal() + ")";
    Call c = (Call) node;
    String args = c.arguments().stream().map(Trees::show).map(a -> " " + a)
        .collect(Collectors.joining());
    String left = c.delimiter() == Delimiter.ANGLE ? "<" : "%";
    String right = c.delimiter() == Delimiter.ANGLE ? ">" : "%";
    String tag = left + c.name() + args + (c.selfClosed() ? "/" : "") + right;
    return c.inner().map(inner -> tag + "[" + show(text, inner.nodes()) + "]").orElse(tag);
  }

  private static String show(Argument argument) {
    String value = switch (argument.kind()) {
      case QUOTED -> "\"" + argument.value() + "\"";
      case RAW -> "`" + argument.value() + "`";
      case BARE -> argument.value();
    };
    return argument.name().map(name -> name + "=" + value).orElse(value);
  }

  /** The 1-based "line:col" of a 0-based offset. */
  static String lineCol(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return line + ":" + (offset - lineStart + 1);
  }

  /** Every error as "line:col message", one per line. */
  static String errors(String text, ParsedText parsed) {
    return parsed.errors().stream()
        .map(e -> lineCol(text, e.offset()) + " " + e.message())
        .collect(Collectors.joining("\n"));
  }
}
