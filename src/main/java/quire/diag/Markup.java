package quire.diag;

/**
 * Text made safe for HTML and XML documents: the one place that escapes markup, for pages, the
 * sitemap and the JUnit report alike. Stateless.
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
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\t' -> keepBreaks ? "&#9;" : null;
        case '\n' -> keepBreaks ? "&#10;" : null;
        case '\r' -> keepBreaks ? "&#13;" : null;
        default -> c < 0x20 || c == '\uFFFE' || c == '\uFFFF' ? "" : null;
      };
      if (replacement != null && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
      if (out != null) {
        if (replacement != null) out.append(replacement); else out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
