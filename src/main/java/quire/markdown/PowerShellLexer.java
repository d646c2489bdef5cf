package quire.markdown;

import java.util.Locale;
import java.util.Set;

/**
 * PowerShell, which RSyntaxTextArea has no lexer for: {@code #} and {@code <# #>} comments,
 * single- and double-quoted strings (here-strings included, {@code `} escapes), {@code $variables},
 * {@code -Parameters} and {@code -operators}, keywords, {@code Verb-Noun} cmdlets, numbers and
 * {@code [types]}. A hand-written scanner over the whole block, so comments and strings may span
 * lines. Stateless; thread-safe.
 */
final class PowerShellLexer {
  private static final Set<String> KEYWORDS = Set.of("begin", "break", "catch", "class", "continue", "data",
      "do", "dynamicparam", "else", "elseif", "end", "enum", "exit", "filter", "finally", "for", "foreach",
      "function", "if", "in", "param", "process", "return", "switch", "throw", "trap", "try", "until",
      "using", "while");

  private PowerShellLexer() {}

  static String highlight(String code) {
    StringBuilder html = new StringBuilder(code.length() * 2);
    int n = code.length();
    int i = 0;
    int plain = 0;
    while (i < n) {
      char c = code.charAt(i);
      int end;
      String css;
      if (c == '<' && i + 1 < n && code.charAt(i + 1) == '#') {
        int close = code.indexOf("#>", i + 2);
        end = close < 0 ? n : close + 2;
        css = "hl-c";
      } else if (c == '#') {
        end = lineEnd(code, i);
        css = "hl-c";
      } else if (c == '@' && i + 1 < n && (code.charAt(i + 1) == '"' || code.charAt(i + 1) == '\'')) {
        String close = "\n" + code.charAt(i + 1) + "@";
        int at = code.indexOf(close, i + 2);
        end = at < 0 ? n : at + close.length();
        css = "hl-s";
      } else if (c == '"' || c == '\'') {
        end = stringEnd(code, i, c);
        css = "hl-s";
      } else if (c == '$' && i + 1 < n && (isWord(code.charAt(i + 1)) || code.charAt(i + 1) == '{')) {
        end = i + 1;
        if (code.charAt(end) == '{') {
          int close = code.indexOf('}', end);
          end = close < 0 ? n : close + 1;
        } else {
          while (end < n && (isWord(code.charAt(end)) || code.charAt(end) == ':')) end++;
        }
        css = "hl-v";
      } else if (c == '-' && i + 1 < n && Character.isLetter(code.charAt(i + 1)) && (i == 0 || !isWord(code.charAt(i - 1)))) {
        end = wordEnd(code, i + 1);
        css = "hl-a";
      } else if (c == '[' && i + 1 < n && Character.isLetter(code.charAt(i + 1))) {
        int close = code.indexOf(']', i);
        int eol = lineEnd(code, i);
        end = close < 0 || close > eol ? i + 1 : close + 1;
        css = end == i + 1 ? null : "hl-t";
      } else if (Character.isDigit(c) && (i == 0 || !isWord(code.charAt(i - 1)))) {
        end = i;
        while (end < n && (Character.isLetterOrDigit(code.charAt(end)) || code.charAt(end) == '.')) end++;
        css = "hl-n";
      } else if (Character.isLetter(c) && (i == 0 || !isWord(code.charAt(i - 1)) && code.charAt(i - 1) != '-')) {
        end = wordEnd(code, i);
        String word = code.substring(i, end);
        // Verb-Noun: a cmdlet; a keyword otherwise, or plain text (arguments, paths).
        int dash = word.indexOf('-');
        if (dash > 0 && dash < word.length() - 1 && Character.isUpperCase(word.charAt(0))) {
          css = "hl-f";
        } else if (KEYWORDS.contains(word.toLowerCase(Locale.ROOT))) {
          css = "hl-k";
        } else if (word.equalsIgnoreCase("true") || word.equalsIgnoreCase("false") || word.equalsIgnoreCase("null")) {
          css = "hl-n";
        } else {
          css = null;
        }
      } else {
        i++;
        continue;
      }
      if (css == null) {
        i = end;
        continue;
      }
      html.append(quire.diag.Markup.escape(code.substring(plain, i)));
      SyntaxHighlighter.span(html, css, code.substring(i, end));
      i = end;
      plain = end;
    }
    html.append(quire.diag.Markup.escape(code.substring(plain)));
    return html.toString();
  }

  private static boolean isWord(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int wordEnd(String code, int from) {
    int end = from;
    while (end < code.length() && (isWord(code.charAt(end)) || code.charAt(end) == '-' && end + 1 < code.length()
        && Character.isLetter(code.charAt(end + 1)))) {
      end++;
    }
    return end;
  }

  private static int lineEnd(String code, int from) {
    int newline = code.indexOf('\n', from);
    return newline < 0 ? code.length() : newline;
  }

  /** The end of a string opened at {@code from}: doubled quotes, and {@code `} escapes in "…", stay inside. */
  private static int stringEnd(String code, int from, char quote) {
    int i = from + 1;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (quote == '"' && c == '`') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < code.length() && code.charAt(i + 1) == quote) i += 2;
        else return i + 1;
      } else {
        i++;
      }
    }
    return code.length();
  }
}
