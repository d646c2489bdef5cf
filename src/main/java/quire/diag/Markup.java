package quire.diag;

/** Text made safe for HTML and XML documents. Stateless. */
public final class Markup {
  private Markup() {}

  /**
   * {@code text} for element content or a quoted attribute: {@code & < > " '} escaped, and the
   * control characters XML 1.0 cannot hold (all but tab, line feed and carriage return) dropped.
   */
  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? "" : null;
      };
      if (replacement != null && out == null) out = new StringBuilder(text.length() + 16).append(text, 0, i);
      if (out != null) {
        if (replacement != null) out.append(replacement); else out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }
}
