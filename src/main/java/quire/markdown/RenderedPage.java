package quire.markdown;

import java.util.ArrayList;
import java.util.List;
import quire.shortcode.ExpandedPage;
import quire.url.SiteUrls;

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

  /**
   * This content, rendered under {@link SiteUrls#ANY_BASE} ({@link MarkdownRenderer#renderForAnyBase}),
   * under {@code basePath}: its HTML and its links' targets. Only for content rendered so: in other
   * content a {@link SiteUrls#ANY_BASE_MARK} is the page's own.
   */
  public RenderedPage rebased(String basePath) {
    if (html.indexOf(SiteUrls.ANY_BASE_MARK) < 0 && links.isEmpty()) return this;
    return new RenderedPage(from, SiteUrls.rebase(html, basePath), headings, rebased(links, basePath), usesMermaidJs,
        usesSvgDiagrams, summary);
  }

  /** {@code links} under {@code basePath} ({@link #rebased(String)}); the same list when none moves. */
  public static List<LinkRef> rebased(List<LinkRef> links, String basePath) {
    List<LinkRef> moved = null;
    for (int i = 0; i < links.size(); i++) {
      LinkRef link = links.get(i);
      LinkRef rebased = link.rebased(basePath);
      if (rebased != link && moved == null) moved = new ArrayList<>(links.subList(0, i));
      if (moved != null) moved.add(rebased);
    }
    return moved == null ? links : moved;
  }
}
