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
 * @param dependencies what the expansion read besides the page, in the order first read
 * @param partialCalls every partial rendered into the page, with the line that called it
 */
public record ExpandedPage(SourcePage page, String markdown, SourceMap map, List<String> htmlFragments,
    List<Dependency> dependencies, List<PartialCall> partialCalls) {
  public ExpandedPage {
    htmlFragments = List.copyOf(htmlFragments);
    dependencies = List.copyOf(dependencies);
    partialCalls = List.copyOf(partialCalls);
  }

  /** Whether the expanded text or one of its HTML fragments holds {@code c}. */
  public boolean holds(char c) {
    if (markdown.indexOf(c) >= 0) return true;
    for (String fragment : htmlFragments) {
      if (fragment.indexOf(c) >= 0) return true;
    }
    return false;
  }

  /** A page expanded without recording what it read. */
  public ExpandedPage(SourcePage page, String markdown, SourceMap map, List<String> htmlFragments) {
    this(page, markdown, map, htmlFragments, List.of(), List.of());
  }
}
