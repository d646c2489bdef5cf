package quire.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;

/**
 * An attribute block at the end of a heading, as goldmark reads it with Hugo's default
 * {@code parser.attribute.title}: {@code ## Step one {#first .wide data-x="y"}} is the heading
 * "Step one" with the id {@code first}. The block must close the heading's line and hold only
 * {@code #id}, {@code .class} and {@code name=value} items (a value quoted or bare); anything
 * else leaves the braces as text, as goldmark does. The id is kept; the other attributes are
 * dropped. Thread-safe.
 */
final class HeadingAttributes extends NodeTypePostProcessor {
  HeadingAttributes() {
    super(Heading.class);
  }

  /** Whether {@link #process} may change this node: a heading whose text ends with a brace. */
  static boolean mayChange(Node node) {
    return node instanceof Heading heading && heading.getText().trimEnd().endsWith("}");
  }

  @Override
  void process(NodeTracker state, Node node) {
    if (!(node instanceof Heading heading) || !(heading.getLastChild() instanceof Text text)) return;
    BasedSequence chars = text.getChars();
    String line = chars.toString();
    int end = line.stripTrailing().length();
    if (end == 0 || line.charAt(end - 1) != '}') return;
    for (int open = line.lastIndexOf('{', end - 1); open >= 0; open = line.lastIndexOf('{', open - 1)) {
      Optional<String> id = parse(line, open + 1, end - 1);
      if (id == null) continue;
      id.ifPresent(value -> {
        heading.setAnchorRefId(value);
        heading.setExplicitAnchorRefId(true);
      });
      BasedSequence before = chars.subSequence(0, open).trimEnd();
      if (before.isEmpty()) {
        text.unlink();
        state.nodeRemoved(text);
      } else {
        text.setChars(before);
      }
      return;
    }
  }

  /**
   * The id of the attribute items between {@code from} and {@code to} (empty when they name
   * none), or null when they are not attribute items.
   */
  @SuppressWarnings("OptionalAssignedToNull")
  private static Optional<String> parse(String text, int from, int to) {
    String id = null;
    int i = skipSpaces(text, from, to);
    if (i == to) return null;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '#' || c == '.') {
        int start = ++i;
        while (i < to && !isSpace(text.charAt(i)) && (!isPunct(text.charAt(i)) || "_-:.".indexOf(text.charAt(i)) >= 0)) i++;
        if (c == '#') id = text.substring(start, i);
      } else if (Character.isLetter(c) && c < 128 || c == '_' || c == ':') {
        while (i < to && (Character.isLetterOrDigit(text.charAt(i)) && text.charAt(i) < 128 || "_:.-".indexOf(text.charAt(i)) >= 0)) i++;
        i = skipSpaces(text, i, to);
        if (i == to || text.charAt(i) != '=') return null;
        i = skipSpaces(text, i + 1, to);
        if (i == to) return null;
        char quote = text.charAt(i);
        if (quote == '"' || quote == '\'') {
          int close = text.indexOf(quote, i + 1);
          if (close < 0 || close >= to) return null;
          i = close + 1;
        } else {
          int start = i;
          while (i < to && !isSpace(text.charAt(i)) && text.charAt(i) != ',') i++;
          if (i == start) return null;
        }
      } else {
        return null;
      }
      if (i < to && !isSpace(text.charAt(i)) && text.charAt(i) != ',') return null;
      i = skipSpaces(text, i, to);
      if (i < to && text.charAt(i) == ',') i = skipSpaces(text, i + 1, to);
    }
    return Optional.ofNullable(id);
  }

  private static int skipSpaces(String text, int i, int to) {
    while (i < to && isSpace(text.charAt(i))) i++;
    return i;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean isPunct(char c) {
    return c < 128 && !Character.isLetterOrDigit(c) && c > ' ';
  }
}
