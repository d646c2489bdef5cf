package quire.mermaid;

import java.util.List;
import java.util.Objects;

/**
 * A flowchart edge from node (or subgraph) {@code from} to {@code to}. {@code label} is decoded
 * text, empty when there is none; {@code length} is mermaid's extra rank span (1 for
 * {@code -->}, 2 for {@code --->}); {@code style} holds CSS declarations from {@code linkStyle}.
 * Immutable.
 */
record Edge(
    String from,
    String to,
    String label,
    Stroke stroke,
    Arrow start,
    Arrow end,
    int length,
    List<String> style,
    int offset) {
  Edge {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(stroke, "stroke");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (length < 1) {
      throw new IllegalArgumentException("length must be >= 1: " + length);
    }
    style = List.copyOf(style);
  }

  Edge withStyle(List<String> newStyle) {
    return new Edge(from, to, label, stroke, start, end, length, newStyle, offset);
  }

  /** The label's lines; empty when the edge has no label. */
  List<String> lines() {
    return label.isEmpty() ? List.of() : List.of(label.split("\n", -1));
  }
}
