package quire.shortcode;

/** Renders Markdown to HTML for template shortcodes' {@code markdownify}. Thread-safe. */
@FunctionalInterface
public interface Markdownifier {
  /** Inline HTML for a single line of text, block HTML (paragraphs, lists) otherwise. */
  String markdownify(String markdown);
}
