package quire.mermaid;

import java.util.List;
import java.util.Objects;

/**
 * A flowchart node. {@code text} is its label as drawn;
 * {@code style} holds CSS declarations from {@code style ID ...}; {@code offset} is where the
 * node is first mentioned (0-based). Immutable.
 */
record Node(String id, Label text, Shape shape, List<String> classes, List<String> style, int offset) {
  Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(shape, "shape");
    classes = List.copyOf(classes);
    style = List.copyOf(style);
  }

  Node withText(Label newText) {
    return new Node(id, newText, shape, classes, style, offset);
  }

  /** The label's text as a reader sees it, lines separated by {@code '\n'}. */
  String label() {
    return text.text();
  }

  /** The label's lines as plain text (a label without {@code <br>} has one). */
  List<String> lines() {
    return text.textLines();
  }
}
