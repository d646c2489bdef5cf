package quire.markdown;

import java.util.List;
import quire.shortcode.ExpandedPage;

/**
 * A page's content as HTML, with what the layout and the checks need to know about it.
 *
 * @param html the content (not yet a full page)
 * @param headings every heading in document order, with the id it got
 * @param links every Markdown link and image, with its source position
 * @param usesMermaidJs true when a diagram on the page needs mermaid.js in the browser
 * @param usesSvgDiagrams true when the page has a diagram drawn at build time (it needs the font)
 * @param summary the plain text of the first paragraph (for a description when the page has none)
 */
public record RenderedPage(ExpandedPage from, String html, List<Heading> headings, List<LinkRef> links,
    boolean usesMermaidJs, boolean usesSvgDiagrams, String summary) {
  public RenderedPage {
    headings = List.copyOf(headings);
    links = List.copyOf(links);
  }
}
