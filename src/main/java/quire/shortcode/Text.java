package quire.shortcode;

/** Text that is not a shortcode, from {@code start} (0-based) to {@code end} (exclusive). */
public record Text(int start, int end) implements Node {
  public Text {
    Spans.requireSpan(start, end);
  }
}
