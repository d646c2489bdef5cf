package quire.mermaid;

import java.util.List;
import java.util.Objects;

/**
 * A flowchart node. {@code label} is the decoded label text, lines separated by {@code '\n'};
 * {@code style} holds CSS declarations from {@code style ID ...}; {@code offset} is where the
 * node is first mentioned (0-based). Immutable.
 */
record Node(String id, String label, Shape shape, List<String> classes, List<String> style, int offset) {
  Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(shape, "shape");
    classes = List.copyOf(classes);
    style = List.copyOf(style);
  }

  /** The label's lines (a label without {@code <br>} has one). */
  List<String> lines() {
    return List.of(label.split("\n", -1));
  }
}
