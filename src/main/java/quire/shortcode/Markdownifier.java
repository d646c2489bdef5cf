package quire.shortcode;

/** Renders Markdown to HTML for template shortcodes' {@code markdownify}. Thread-safe. */
@FunctionalInterface
public interface Markdownifier {
  /**
   * Hugo's {@code markdownify}: a text that is one paragraph gives that paragraph's inline HTML,
   * without {@code <p>}; anything else gives block HTML. Placeholders in the text come out as
   * placeholders ({@link HtmlPlaceholders}), resolved with the page's HTML.
   */
  String markdownify(String markdown);
}
