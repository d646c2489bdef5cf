package quire.shortcode;

import java.util.List;

/**
 * The text between a paired shortcode's opening and closing tags, parsed like the page.
 *
 * @param start offset just past the opening tag (0-based)
 * @param end offset of the closing tag (exclusive end of the inner text)
 * @param nodes the nodes covering {@code start..end}
 */
public record Inner(int start, int end, List<Node> nodes) {
  public Inner {
    Spans.requireSpan(start, end);
    nodes = List.copyOf(nodes);
  }
}
