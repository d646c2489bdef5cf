package quire.markdown;

import java.util.Optional;
import java.util.function.Supplier;
import quire.diag.Markup;
import quire.diag.Rule;
import quire.mermaid.Diagram;
import quire.mermaid.MermaidRenderer;
import quire.url.SiteUrls;

/**
 * The one place a mermaid block becomes HTML. Flowcharts are drawn at build time as inline SVG,
 * the links of their nodes resolved as the page's links are; other diagram types keep the source in {@code <pre class="mermaid">} for mermaid.js, which the
 * site ships itself; a syntax error is reported at its line (through the source map, so inside
 * a partial it names the partial's line) and the source is shown as it is. A diagram the page's
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

  /**
   * The svg with its nodes' links resolved as the page's Markdown links are ({@code .md} files
   * to their pages, root-relative addresses under the base path), each recorded where it is
   * written, so that the check names the diagram's line for a broken one. The svg writes each
   * address as {@code href="…"}, and no other text of it can hold that (quotes are escaped).
   */
  private static String linked(Diagram.Svg svg, String source, int sourceStart, PageContext page) {
    if (svg.links().isEmpty() || page.page == null) {
      return svg.svg();
    }
    String html = svg.svg();
    for (Diagram.Link link : svg.links()) {
      String target = SiteUrls.resolveWritten(link.href(), page.page.page().path(), page.basePath);
      int written = source.indexOf(link.href(), link.offset());
      page.links.add(new LinkRef(LinkRef.Kind.LINK, target, link.href(), "", page.locate(sourceStart + (written >= 0 ? written : link.offset()))));
      if (!target.equals(link.href())) {
        html = html.replace(" href=\"" + Markup.escape(link.href()) + "\"", " href=\"" + Markup.escape(target) + "\"");
      }
    }
    return html;
  }
}
