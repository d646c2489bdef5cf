package quire.shortcode;

/** Argument checks shared by the node records. */
final class Spans {
  private Spans() {}

  static void requireSpan(int start, int end) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span: start " + start + ", end " + end);
    }
  }
}
