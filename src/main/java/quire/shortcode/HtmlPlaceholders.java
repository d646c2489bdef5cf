package quire.shortcode;

import java.util.List;
import quire.diag.Markup;

/**
 * How a piece of HTML made by a shortcode stands in expanded Markdown: the private-use character
 * {@link #OPEN}, the fragment's index in decimal, then {@link #CLOSE}. Markdown treats the token
 * as opaque text, so it survives every path a shortcode's output can take: printed raw by an
 * enclosing shortcode, passed through {@code markdownify}, nested at any depth, or sitting in a
 * code block or an HTML block. The Markdown stage puts the HTML back in once, in the page's final
 * HTML ({@link #resolve}).
 *
 * <p>Real text may hold private-use characters (icon fonts use them), so a token can never be
 * confused with a writer's text: every {@link #OPEN} that comes from a source file, a parameter
 * value or an argument enters the expanded Markdown as a token of its own whose fragment is that
 * character ({@link Expansion#protect}). In expanded text, {@link #OPEN} therefore always starts
 * a token.
 */
public final class HtmlPlaceholders {
  public static final char OPEN = '\uE000';
  public static final char CLOSE = '\uE001';
  /**
   * Closes a token whose fragment goes in as text, escaped, where it stood in code that
   * {@code markdownify} rendered ({@link #asText}).
   */
  public static final char CLOSE_AS_TEXT = '\uE002';

  private HtmlPlaceholders() {}

  public static String of(int index) {
    return OPEN + Integer.toString(index) + CLOSE;
  }

  /**
   * {@code html} with every token in it closed by {@link #CLOSE_AS_TEXT}, so its fragment goes in
   * as escaped text: for code that {@code markdownify} rendered. In Hugo a shortcode nested in
   * another is text of the outer one's {@code .Inner} before the outer one renders it, so in a
   * code block or code span its HTML shows as code (Cloudflare's Stream and Workers stream pages
   * indent an {@code Aside} into a {@code definitions} list, where it is an indented code block).
   */
  public static String asText(String html) {
    int open = html.indexOf(OPEN);
    if (open < 0) return html;
    StringBuilder out = new StringBuilder(html);
    for (; open >= 0; open = html.indexOf(OPEN, open + 1)) {
      int end = tokenEnd(html, open, CLOSE);
      if (end > 0) out.setCharAt(end - 1, CLOSE_AS_TEXT);
    }
    return out.toString();
  }

  /** {@code text} with every token in it left out (a heading's id takes nothing from shortcode HTML). */
  public static String withoutTokens(String text) {
    int open = text.indexOf(OPEN);
    if (open < 0) return text;
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (; open >= 0; open = text.indexOf(OPEN, open + 1)) {
      int end = tokenEnd(text, open);
      if (end > 0) {
        out.append(text, copied, open);
        copied = end;
      }
    }
    return out.append(text, copied, text.length()).toString();
  }

  /**
   * Replaces every token in {@code html} by its fragment, itself resolved (escaped when the
   * token is closed by {@link #CLOSE_AS_TEXT}). A fragment refers only
   * to fragments made before it (a shortcode's inner text is expanded before its own output), so
   * a token whose index is not lower than its container's is left as it stands, and resolution
   * always ends.
   */
  public static String resolve(String html, List<String> fragments) {
    if (html.indexOf(OPEN) < 0) return html;
    StringBuilder out = new StringBuilder(html.length() + 64);
    resolveInto(html, fragments, fragments.size(), out);
    return out.toString();
  }

  private static void resolveInto(String text, List<String> fragments, int below, StringBuilder out) {
    int copied = 0;
    int open = text.indexOf(OPEN);
    while (open >= 0) {
      int end = tokenEnd(text, open);
      boolean asText = end < 0 && (end = tokenEnd(text, open, CLOSE_AS_TEXT)) > 0;
      if (end > 0) {
        int index = parseIndex(text, open + 1, end - 1);
        if (index >= 0 && index < below) {
          out.append(text, copied, open);
          if (asText) {
            StringBuilder fragment = new StringBuilder();
            resolveInto(fragments.get(index), fragments, index, fragment);
            out.append(Markup.escape(fragment.toString()));
          } else {
            resolveInto(fragments.get(index), fragments, index, out);
          }
          copied = end;
        }
      }
      open = text.indexOf(OPEN, open + 1);
    }
    out.append(text, copied, text.length());
  }

  /**
   * The offset after the token starting at {@code open} (where {@code text} holds {@link #OPEN}),
   * or -1 when no token starts there.
   */
  public static int tokenEnd(CharSequence text, int open) {
    return tokenEnd(text, open, CLOSE);
  }

  private static int tokenEnd(CharSequence text, int open, char close) {
    int i = open + 1;
    while (i < text.length() && i - open <= 10 && text.charAt(i) >= '0' && text.charAt(i) <= '9') i++;
    return i > open + 1 && i < text.length() && text.charAt(i) == close ? i + 1 : -1;
  }

  /** The index written between {@code from} and {@code to}, or -1 when it is too large. */
  public static int parseIndex(CharSequence text, int from, int to) {
    long n = 0;
    for (int i = from; i < to; i++) {
      n = n * 10 + (text.charAt(i) - '0');
      if (n > Integer.MAX_VALUE) return -1;
    }
    return (int) n;
  }
}
