package quire.markdown;

/**
 * Unified diffs: each line is coloured by its first character ({@code +} inserted, {@code -}
 * deleted, {@code @@} hunk header, file headers as comments). Stateless; thread-safe.
 */
final class DiffLexer {
  private DiffLexer() {}

  static String highlight(String code) {
    StringBuilder html = new StringBuilder(code.length() + 64);
    int start = 0;
    while (start < code.length()) {
      int newline = code.indexOf('\n', start);
      int end = newline < 0 ? code.length() : newline;
      String line = code.substring(start, end);
      String css;
      if (line.startsWith("+++") || line.startsWith("---") || line.startsWith("diff ") || line.startsWith("index ")) {
        css = "hl-c";
      } else if (line.startsWith("@@")) {
        css = "hl-h";
      } else if (line.startsWith("+") || line.startsWith(">")) {
        css = "hl-i";
      } else if (line.startsWith("-") || line.startsWith("<")) {
        css = "hl-d";
      } else {
        css = null;
      }
      SyntaxHighlighter.span(html, line.isEmpty() ? null : css, line);
      if (newline >= 0) html.append('\n');
      start = end + 1;
    }
    return html.toString();
  }
}
