package quire.shortcode;

import java.util.List;
import quire.diag.SourceMap;
import quire.site.SourcePage;

/**
 * A page with every shortcode expanded: Markdown ready for the Markdown stage.
 *
 * @param markdown the expanded body; each {@code {{< >}}} shortcode's HTML output stands in it as
 *     a placeholder ({@link HtmlPlaceholders}) so Markdown leaves it untouched
 * @param map where every offset of {@code markdown} was written, with its render chain
 * @param htmlFragments the HTML the placeholders stand for, by index; a fragment may hold
 *     placeholders of fragments made before it
 */
public record ExpandedPage(SourcePage page, String markdown, SourceMap map, List<String> htmlFragments) {
  public ExpandedPage {
    htmlFragments = List.copyOf(htmlFragments);
  }
}
