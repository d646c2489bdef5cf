package quire.markdown;

import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.util.data.DataKey;
import java.util.ArrayList;
import java.util.List;
import quire.diag.Located;
import quire.diag.Problems;
import quire.shortcode.ExpandedPage;

/**
 * What quire's Flexmark extension needs while one page renders, stored on the parsed document
 * and collecting what rendering finds. Not thread-safe: one per page render.
 */
final class PageContext {
  static final DataKey<PageContext> KEY = new DataKey<>("QUIRE_PAGE", (PageContext) null, x -> null);
  /** Set on a document that is one paragraph rendered inline ({@code markdownify}): no {@code <p>}. */
  static final DataKey<Boolean> INLINE = new DataKey<>("QUIRE_INLINE", false);

  final ExpandedPage page;
  final Problems problems;
  final String basePath;
  /** Diagrams drawn before, for this page ({@link DiagramStore#NONE} when none are kept). */
  final DiagramStore diagramStore;
  final List<LinkRef> links = new ArrayList<>();
  final List<Heading> headings = new ArrayList<>();
  boolean usesMermaidJs;
  boolean usesSvgDiagrams;
  int diagrams;
  /** Characters of mermaid source in the page's diagrams so far ({@link quire.diag.Limits#MERMAID_CHARS_PER_PAGE}). */
  int diagramChars;
  /** Pieces of HTML handed to the writer as placeholders, put back once the page is rendered. */
  final DeferredHtml deferred;

  PageContext(ExpandedPage page, Problems problems, String basePath) {
    this(page, problems, basePath, DiagramStore.NONE, DeferredHtml.NONE);
  }

  PageContext(ExpandedPage page, Problems problems, String basePath, DiagramStore diagramStore, DeferredHtml deferred) {
    this.page = page;
    this.problems = problems;
    this.basePath = basePath;
    this.diagramStore = diagramStore;
    this.deferred = deferred;
  }

  /** The context of the page being rendered; a blank one for a document without (never in a build). */
  static PageContext of(NodeRendererContext context) {
    PageContext page = KEY.get(context.getDocument());
    return page != null ? page : new PageContext(null, new Problems(), "/");
  }

  /** Where an offset of the expanded Markdown was written. */
  Located locate(int offset) {
    return page == null ? Located.UNKNOWN : page.map().locate(offset);
  }
}
