package quire.shortcode;

/**
 * A token of a shortcode tag.
 *
 * @param kind what it is
 * @param start offset of its first character (0-based)
 * @param end offset just past it (exclusive)
 * @param value the word, the unescaped string without quotes, the escaped tag's literal, or the
 *     error message; empty for punctuation
 */
record Token(TokenKind kind, int start, int end, String value) {
  /** How messages name this token: punctuation and words as written, strings by kind. */
  String describe(String text) {
    return switch (kind) {
      case QUOTED_STRING, RAW_STRING, ESCAPED_TAG, ERROR -> kind.plainName();
      case WORD -> "`" + value + "`";
      default -> "`" + text.substring(start, end) + "`";
    };
  }
}
