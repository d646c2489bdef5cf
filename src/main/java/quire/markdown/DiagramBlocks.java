package quire.markdown;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quire.diag.Limits;
import quire.diag.Located;
import quire.diag.Markup;
import quire.diag.Rule;
import quire.mermaid.Diagram;
import quire.mermaid.MermaidRenderer;
import quire.url.SiteUrls;

/**
 * The one place a mermaid block becomes HTML. Flowcharts are drawn at build time as inline SVG,
 * their links resolved as the page's links are; other diagram types keep the source in
 * {@code <pre class="mermaid">} for mermaid.js, which the site ships itself; a syntax error is
 * reported at its line (through the source map, so inside a partial it names the partial's
 * line) and the source is shown as it is; so are the diagrams past the page's share of mermaid
 * source ({@link Limits#MERMAID_CHARS_PER_PAGE}, counted whether a diagram is kept or drawn, so a
 * build draws the same diagrams with its cache as without). A diagram the page's
 * {@link DiagramStore} kept is taken from it: the renderer (and with it ELK) is only asked for,
 * and so only set up, when a diagram has to be drawn. Thread-safe.
 */
final class DiagramBlocks {
  private final Supplier<MermaidRenderer> mermaid;

  DiagramBlocks(Supplier<MermaidRenderer> mermaid) {
    this.mermaid = mermaid;
  }

  /**
   * @param source the block's text
   * @param sourceStart offset of {@code source} in the page's expanded Markdown
   */
  String render(String source, int sourceStart, PageContext page) {
    page.diagrams++;
    page.diagramChars += source.length();
    if (page.diagramChars > Limits.MERMAID_CHARS_PER_PAGE) {
      page.problems.report(Rule.LIMIT_EXCEEDED, page.locate(sourceStart), String.format("mermaid: the page's diagrams"
          + " hold more than %,d characters of source up to this one, which is shown as source, not drawn; split the"
          + " page", Limits.MERMAID_CHARS_PER_PAGE));
      return "<pre class=\"mermaid-source\">" + Markup.escape(source) + "</pre>\n";
    }
    String idPrefix = "mermaid-" + page.diagrams;
    Optional<Diagram> kept = page.diagramStore.find(source, idPrefix);
    Diagram diagram = kept.isPresent() ? kept.get() : mermaid.get().render(source, idPrefix);
    if (kept.isEmpty()) page.diagramStore.put(source, idPrefix, diagram);
    if (diagram instanceof Diagram.Svg svg) {
      page.usesSvgDiagrams = true;
      // A diagram wider than the column scrolls sideways: its container takes the keyboard focus
      // (so the arrow keys scroll it; axe scrollable-region-focusable, issue 14) and says what it holds.
      return "<div class=\"diagram\" tabindex=\"0\" role=\"group\" aria-label=\"" + Markup.escape(svg.name()) + "\">"
          + linked(svg, source, sourceStart, page) + "</div>\n";
    }
    if (diagram instanceof Diagram.TooLarge large) {
      page.problems.report(Rule.LIMIT_EXCEEDED, page.locate(sourceStart + large.offset()), "mermaid: " + large.message());
      return "<pre class=\"mermaid-source\">" + Markup.escape(source) + "</pre>\n";
    }
    if (diagram instanceof Diagram.Invalid invalid) {
      page.problems.report(Rule.MERMAID_SYNTAX, page.locate(sourceStart + invalid.offset()),
          "mermaid: " + invalid.message());
      return "<pre class=\"mermaid-source\">" + Markup.escape(source) + "</pre>\n";
    }
    page.usesMermaidJs = true;
    return "<pre class=\"mermaid\">" + Markup.escape(source) + "</pre>\n";
  }

  /** An address as the svg writes it: {@code href="…"}, which no other text of it can hold (quotes are escaped). */
  private static final Pattern HREF = Pattern.compile(" href=\"([^\"]*)\"");

  /**
   * The svg with its links and images resolved as the page's Markdown links and images are
   * ({@code .md} files to their pages, root-relative addresses under the base path), each
   * recorded where it is written, so that the check names the diagram's line and column for a
   * broken one. One pass over the svg, however many links it has.
   */
  private static String linked(Diagram.Svg svg, String source, int sourceStart, PageContext page) {
    if (svg.links().isEmpty() || page.page == null) {
      return svg.svg();
    }
    Map<String, String> resolved = new HashMap<>();
    // A label's links come in the order they are written: each is looked for after the one before.
    Map<Integer, Integer> searchFrom = new HashMap<>();
    for (Diagram.Link link : svg.links()) {
      String target = SiteUrls.resolveWritten(link.href(), page.page.page().path(), page.basePath);
      int written = source.indexOf(link.href(), searchFrom.getOrDefault(link.offset(), link.offset()));
      if (written >= 0) {
        searchFrom.put(link.offset(), written + link.href().length());
      }
      Located at = page.locate(sourceStart + (written >= 0 ? written : link.offset()));
      page.links.add(new LinkRef(link.image() ? LinkRef.Kind.IMAGE : LinkRef.Kind.LINK, target, link.href(), "", at));
      if (!target.equals(link.href())) {
        resolved.put(Markup.escape(link.href()), Markup.escape(target));
      }
    }
    if (resolved.isEmpty()) {
      return svg.svg();
    }
    Matcher href = HREF.matcher(svg.svg());
    StringBuilder html = new StringBuilder(svg.svg().length() + 64);
    while (href.find()) {
      String target = resolved.get(href.group(1));
      href.appendReplacement(html, Matcher.quoteReplacement(target == null ? href.group() : " href=\"" + target + "\""));
    }
    return href.appendTail(html).toString();
  }
}
