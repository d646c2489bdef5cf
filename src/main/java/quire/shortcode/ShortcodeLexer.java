package quire.shortcode;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits shortcode tags into tokens. Text outside tags is never tokenized: the parser asks for the
 * next tag start and then for the tokens of that one tag. Not thread-safe; one per parse.
 *
 * <p>Modelled on Hugo's page lexer ({@code parser/pageparser/pagelexer_shortcode.go}), but a
 * lexical error ends the tag with an {@link TokenKind#ERROR} token instead of ending the whole
 * parse.
 */
final class ShortcodeLexer {
  private final String text;
  private final int length;
  /**
   * Offsets from which a search for a closer already failed: any later search for it fails too,
   * so an unclosed backtick or escape repeated along the text is not searched for again to the
   * end each time (which made such text quadratic, found by fuzzing). -1: not yet known.
   */
  private int noBacktickFrom = -1;
  private final int[] noEscapeCloserFrom = {-1, -1};

  ShortcodeLexer(String text) {
    this.text = text;
    this.length = text.length();
  }

  /** Offset of the next <code>{{&lt;</code> or <code>{{%</code> at or after {@code from}, or -1. */
  int findTagStart(int from) {
    int at = from;
    while ((at = text.indexOf("{{", at)) >= 0 && at + 2 < length) {
      char c = text.charAt(at + 2);
      if (c == '<' || c == '%') return at;
      at++;
    }
    return -1;
  }

  /**
   * The tokens of the tag starting at {@code start}, which must be a {@link #findTagStart tag
   * start}. The list is one {@link TokenKind#ESCAPED_TAG}; or a {@link TokenKind#LEFT_DELIMITER},
   * the tokens inside, and a right or self-closing delimiter; or ends in an
   * {@link TokenKind#ERROR}.
   */
  List<Token> lexTag(int start) {
    Delimiter delimiter = delimiterAt(start);
    List<Token> tokens = new ArrayList<>();
    int pos = start + 3;
    if (text.startsWith("/*", pos)) {
      tokens.add(escapedTag(start, delimiter));
      return tokens;
    }
    tokens.add(new Token(TokenKind.LEFT_DELIMITER, start, pos, ""));
    String right = delimiter.right();
    String otherRight = delimiter.other().right();
    boolean afterEquals = false;
    while (true) {
      while (pos < length && isSpace(text.charAt(pos))) pos++;
      if (pos >= length || text.startsWith("{{", pos)) {
        tokens.add(error(start, "`" + delimiter.left() + "` is never closed by `" + right + "`"));
        return tokens;
      }
      if (text.startsWith(right, pos)) {
        tokens.add(new Token(TokenKind.RIGHT_DELIMITER, pos, pos + 3, ""));
        return tokens;
      }
      if (text.startsWith("/" + right, pos)) {
        tokens.add(new Token(TokenKind.SELF_CLOSING_DELIMITER, pos, pos + 4, ""));
        return tokens;
      }
      if (text.startsWith(otherRight, pos) || text.startsWith("/" + otherRight, pos)) {
        tokens.add(error(pos, "`" + delimiter.left() + "` is closed by `" + otherRight
            + "`; write `" + right + "`"));
        return tokens;
      }
      if (text.startsWith("}}", pos)) {
        tokens.add(error(pos, "`" + delimiter.left() + "` is closed by `}}`; write `" + right
            + "`"));
        return tokens;
      }
      char c = text.charAt(pos);
      if (c == '"') {
        Token quoted = quotedString(pos);
        tokens.add(quoted);
        if (quoted.kind() == TokenKind.ERROR) return tokens;
        pos = quoted.end();
        afterEquals = false;
      } else if (c == '`') {
        int close = noBacktickFrom >= 0 && pos + 1 >= noBacktickFrom ? -1 : text.indexOf('`', pos + 1);
        if (close < 0) {
          if (noBacktickFrom < 0 || pos + 1 < noBacktickFrom) noBacktickFrom = pos + 1;
          tokens.add(error(pos, "raw string starting with ` is never closed by another `"));
          return tokens;
        }
        tokens.add(new Token(TokenKind.RAW_STRING, pos, close + 1, text.substring(pos + 1, close)));
        pos = close + 1;
        afterEquals = false;
      } else if (c == '=') {
        tokens.add(new Token(TokenKind.EQUALS, pos, pos + 1, ""));
        pos++;
        afterEquals = true;
      } else if (c == '/') {
        tokens.add(new Token(TokenKind.SLASH, pos, pos + 1, ""));
        pos++;
      } else if (isWordChar(c)) {
        int wordStart = pos;
        // After `=` a bare value runs to the next space, as in Hugo, so it may hold `=`.
        while (pos < length
            && isWordChar(text.charAt(pos))
            && (afterEquals || text.charAt(pos) != '=')
            && !endsTag(pos, right, otherRight)) {
          pos++;
        }
        tokens.add(new Token(TokenKind.WORD, wordStart, pos, text.substring(wordStart, pos)));
        afterEquals = false;
      } else {
        tokens.add(error(pos, "unexpected character `" + c
            + "` in a shortcode; quote a value that contains it"));
        return tokens;
      }
    }
  }

  /**
   * Where to carry on after a tag with an error at {@code start}: the end of its line or the next
   * tag start, whichever comes first. The broken tag up to there becomes text.
   */
  int resyncAfter(int start) {
    // Only up to the next tag start is searched for the line end, so each character is looked
    // at once however many broken tags a long line holds.
    int nextTag = text.indexOf("{{", start + 1);
    int limit = nextTag < 0 ? length : nextTag;
    for (int i = start; i < limit; i++) {
      if (text.charAt(i) == '\n') return i + 1;
    }
    return limit;
  }

  private Delimiter delimiterAt(int start) {
    return text.charAt(start + 2) == '<' ? Delimiter.ANGLE : Delimiter.PERCENT;
  }

  private Token escapedTag(int start, Delimiter delimiter) {
    int innerStart = start + 5;
    String closer = "*/" + delimiter.right();
    int known = noEscapeCloserFrom[delimiter.ordinal()];
    int close = known >= 0 && innerStart >= known ? -1 : text.indexOf(closer, innerStart);
    if (close < 0) {
      if (known < 0 || innerStart < known) noEscapeCloserFrom[delimiter.ordinal()] = innerStart;
      return error(start, "escaped shortcode `" + delimiter.left() + "/*` is never closed by `"
          + closer + "`");
    }
    String literal = delimiter.left() + text.substring(innerStart, close) + delimiter.right();
    return new Token(TokenKind.ESCAPED_TAG, start, close + closer.length(), literal);
  }

  private Token quotedString(int quote) {
    StringBuilder value = new StringBuilder();
    int pos = quote + 1;
    while (pos < length) {
      char c = text.charAt(pos);
      if (c == '"') {
        return new Token(TokenKind.QUOTED_STRING, quote, pos + 1, value.toString());
      }
      if (c == '\n') break;
      char next = pos + 1 < length ? text.charAt(pos + 1) : 0;
      if (c == '\\' && (next == '"' || next == '\\')) {
        value.append(next);
        pos += 2;
      } else {
        value.append(c);
        pos++;
      }
    }
    return error(quote, "quoted string is never closed by `\"` on its line"
        + " (use a `raw string` for a value over several lines)");
  }

  private boolean endsTag(int pos, String right, String otherRight) {
    char c = text.charAt(pos);
    if (c != '>' && c != '%' && c != '/') return false;
    return text.startsWith(right, pos)
        || text.startsWith(otherRight, pos)
        || text.startsWith("/" + right, pos)
        || text.startsWith("/" + otherRight, pos);
  }

  private static Token error(int at, String message) {
    return new Token(TokenKind.ERROR, at, at, message);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  /** Characters of a bare word: anything but space, quotes, backticks and braces or brackets. */
  private static boolean isWordChar(char c) {
    return !isSpace(c) && c != '"' && c != '`' && c != '{' && c != '}' && c != '<' && c != '>';
  }
}
