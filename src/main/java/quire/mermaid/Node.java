package quire.mermaid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A flowchart node. {@code text} is its label as drawn;
 * {@code style} holds CSS declarations from {@code style ID ...}; {@code offset} is where the
 * node is first mentioned (0-based); {@code link} and {@code tooltip} come from {@code click ID
 * "address" "tooltip"}. Immutable.
 */
record Node(String id, Label text, Shape shape, List<String> classes, List<String> style, int offset, Optional<Link> link,
    Optional<String> tooltip) {
  Node {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(shape, "shape");
    classes = List.copyOf(classes);
    style = List.copyOf(style);
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(tooltip, "tooltip");
  }

  /**
   * Where a click on the node goes: {@code href} as written (never a {@code javascript:}, {@code
   * data:} or {@code vbscript:} address), the window it opens in ({@code _blank} ...), and where
   * the address starts in the diagram's text (0-based).
   */
  record Link(String href, Optional<String> target, int offset) {
    Link {
      Objects.requireNonNull(href, "href");
      Objects.requireNonNull(target, "target");
    }
  }

  Node withText(Label newText) {
    return new Node(id, newText, shape, classes, style, offset, link, tooltip);
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
