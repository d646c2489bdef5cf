package quire.shortcode;

/**
 * How a piece of HTML made by a shortcode stands in expanded Markdown: two private-use
 * characters around its index. They cannot occur in a writer's text by accident, and the
 * Markdown stage turns them back into the HTML, untouched.
 */
public final class HtmlPlaceholders {
  public static final char OPEN = '\uE000';
  public static final char CLOSE = '\uE001';

  private HtmlPlaceholders() {}

  public static String of(int index) {
    return OPEN + Integer.toString(index) + CLOSE;
  }
}
