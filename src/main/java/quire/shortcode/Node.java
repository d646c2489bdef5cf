package quire.shortcode;

/**
 * One piece of a parsed text: plain text, an escaped shortcode, or a shortcode call. Offsets are
 * 0-based UTF-16 indexes into the parsed text; {@code end} is exclusive.
 */
public sealed interface Node permits Text, Escaped, Call {
  /** Offset of the first character (0-based). */
  int start();

  /** Offset just past the last character (0-based, exclusive). */
  int end();
}
