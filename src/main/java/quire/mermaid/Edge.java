package quire.mermaid;

import java.util.List;
import java.util.Objects;

/**
 * A flowchart edge from node (or subgraph) {@code from} to {@code to}. {@code id} is the id
 * written before its link ({@code A e1@--> B}) or the one mermaid makes ({@code L_A_B_0});
 * {@code text} is its label, empty when there is none; {@code animated} is set by
 * {@code e1@{ animate: true }}; {@code length} is mermaid's extra rank span (1 for
 * {@code -->}, 2 for {@code --->}); {@code style} holds CSS declarations from {@code linkStyle}.
 * Immutable.
 */
record Edge(
    String id,
    String from,
    String to,
    Label text,
    Stroke stroke,
    Arrow start,
    Arrow end,
    int length,
    List<String> style,
    boolean animated,
    int offset) {
  Edge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(stroke, "stroke");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (length < 1) {
      throw new IllegalArgumentException("length must be >= 1: " + length);
    }
    style = List.copyOf(style);
  }

  Edge withText(Label newText) {
    return new Edge(id, from, to, newText, stroke, start, end, length, style, animated, offset);
  }

  Edge withStyle(List<String> newStyle) {
    return new Edge(id, from, to, text, stroke, start, end, length, newStyle, animated, offset);
  }

  Edge withAnimated(boolean newAnimated) {
    return new Edge(id, from, to, text, stroke, start, end, length, style, newAnimated, offset);
  }

  /** The label's text as a reader sees it; empty when the edge has none. */
  String label() {
    return text.text();
  }

  /** The label's lines; empty when the edge has no label. */
  List<String> lines() {
    return text.isEmpty() ? List.of() : text.textLines();
  }
}
