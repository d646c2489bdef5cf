package quire.diag;

import java.util.Locale;

/**
 * Text made safe for HTML, XML and JSON documents: the one place that escapes markup, for pages,
 * the sitemap, the JUnit report, the JSON reports and the search index alike. Stateless.
 */
public final class Markup {
  private Markup() {}

  /**
   * {@code text} for element content or a quoted attribute: {@code & < > " '} escaped, and the
   * characters XML 1.0 cannot hold dropped (the control characters other than tab, line feed and
   * carriage return, and U+FFFE and U+FFFF).
   */
  public static String escape(String text) {
    return escape(text, false);
  }

  /**
   * Like {@link #escape}, and tab, line feed and carriage return written as character
   * references, so that they survive XML's normalisation of attribute values (which turns them
   * into spaces).
   */
  public static String escapeAttribute(String text) {
    return escape(text, true);
  }

  private static String escape(String text, boolean keepBreaks) {
    int plain = 0;
    while (plain < text.length() && kept(text.charAt(plain), keepBreaks)) {
      plain++;
    }
    if (plain == text.length()) {
      return text; // most text needs nothing: one scan, no copy
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, plain);
    for (int i = plain; i < text.length(); i++) {
      char c = text.charAt(i);
      if (kept(c, keepBreaks)) {
        out.append(c);
        continue;
      }
      out.append(switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\t' -> "&#9;";
        case '\n' -> "&#10;";
        case '\r' -> "&#13;";
        default -> ""; // a character XML 1.0 cannot hold
      });
    }
    return out.toString();
  }

  /** Whether {@link #escape} writes {@code c} as it is. */
  private static boolean kept(char c, boolean keepBreaks) {
    if (c < 0x20) {
      return !keepBreaks && (c == '\t' || c == '\n' || c == '\r');
    }
    return c != '&' && c != '<' && c != '>' && c != '"' && c != '\'' && c != '\uFFFE' && c != '\uFFFF';
  }

  /**
   * {@code text} as a JSON string (RFC 8259), quotes included; U+2028 and U+2029 are escaped too,
   * since they end a line in JavaScript that embeds the JSON. The JSON reports and the search
   * index both write strings with it.
   */
  public static String jsonString(String text) {
    int plain = 0;
    while (plain < text.length() && !escaped(text.charAt(plain))) plain++;
    if (plain == text.length()) return "\"" + text + "\"";
    StringBuilder quoted = new StringBuilder(text.length() + 8).append('"').append(text, 0, plain);
    for (int i = plain; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        case '\t' -> quoted.append("\\t");
        case '\b' -> quoted.append("\\b");
        case '\f' -> quoted.append("\\f");
        default -> {
          // Control characters, and U+2028/2029 which break JavaScript that embeds the JSON.
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  /** Whether {@link #jsonString} writes {@code c} other than as itself. */
  private static boolean escaped(char c) {
    return c < 0x20 || c == '"' || c == '\\' || c == '\u2028' || c == '\u2029';
  }
}
