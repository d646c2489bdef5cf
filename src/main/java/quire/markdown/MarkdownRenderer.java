package quire.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.definition.DefinitionExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.ParserEmulationProfile;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import quire.diag.Limits;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.mermaid.MermaidRenderer;
import quire.shortcode.ExpandedPage;
import quire.shortcode.HtmlPlaceholders;
import quire.shortcode.Markdownifier;
import quire.url.SiteUrls;

/**
 * Markdown to HTML with Flexmark, read as Hugo's goldmark reads it: GFM tables (found where goldmark
 * finds them), strikethrough, task lists and autolinks, definition lists and footnotes,
 * GitHub-style heading ids (unique per page), raw HTML passed through, and quire's extension.
 * One instance per build; the parser and renderer are built once and shared by every thread.
 */
public final class MarkdownRenderer implements Markdownifier {
  /**
   * One diagram renderer for every build of this process: its cache (bounded, keyed by the
   * diagram's text) lets {@code quire serve}'s rebuilds skip the layout of unchanged diagrams.
   * Made on first use, so a build whose diagrams all come from its {@link DiagramStore} never
   * loads ELK.
   */
  private static final class Diagrams {
    static final MermaidRenderer RENDERER = new MermaidRenderer();
  }

  private final Parser parser;
  private final HtmlRenderer renderer;
  private final String basePath;

  /**
   * @param typographer smart quotes, dashes and ellipses
   * @param basePath the site's base path, prefixed to root-relative links
   */
  public MarkdownRenderer(boolean typographer, String basePath) {
    this(typographer, basePath, url -> Optional.empty());
  }

  /**
   * @param typographer smart quotes, dashes and ellipses
   * @param basePath the site's base path, prefixed to root-relative links
   * @param siteFile the file behind a URL of the site (base path included), for image sizes;
   *     empty for a URL that is no file of the site
   */
  public MarkdownRenderer(boolean typographer, String basePath, Function<String, Optional<Path>> siteFile) {
    this.basePath = basePath;
    Map<String, Optional<ImageSize>> sizes = new ConcurrentHashMap<>();
    Function<String, Optional<ImageSize>> imageSizes = url ->
        sizes.computeIfAbsent(SiteUrls.rebase(url, basePath), u -> siteFile.apply(u).flatMap(ImageSize::read));
    List<Extension> extensions = new ArrayList<>(List.of(
        StrikethroughExtension.create(),
        DefinitionExtension.create(),
        FootnoteExtension.create(),
        TaskListExtension.create(),
        new QuireExtension(new DiagramBlocks(() -> Diagrams.RENDERER)),
        new ReaderExtension(imageSizes)));
    if (typographer) extensions.add(TypographicExtension.create());
    MutableDataSet options = new MutableDataSet()
        .set(Parser.EXTENSIONS, extensions)
        // Lists, HTML blocks and emphasis as CommonMark has them; where Flexmark's 0.29 differs from
        // goldmark's 0.30, the README's Hugo parity section lists the cases (SpecParityTest).
        .set(Parser.PARSER_EMULATION_PROFILE, ParserEmulationProfile.COMMONMARK)
        // goldmark's definition lists take ':' only; its footnote back-links are ↩ as text.
        .set(DefinitionExtension.TILDE_MARKER, false)
        .set(FootnoteExtension.FOOTNOTE_BACK_REF_STRING, "&#x21a9;&#xfe0e;")
        .set(TablesExtension.COLUMN_SPANS, false)
        .set(TablesExtension.APPEND_MISSING_COLUMNS, true)
        .set(TablesExtension.DISCARD_EXTRA_COLUMNS, true)
        .set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false)
        .set(TablesExtension.MIN_SEPARATOR_DASHES, 1)
        .set(TablesExtension.MIN_HEADER_ROWS, 1)
        .set(TablesExtension.MAX_HEADER_ROWS, 1)
        .set(HtmlRenderer.GENERATE_HEADER_ID, true)
        .set(HtmlRenderer.RENDER_HEADER_ID, false)
        .set(HtmlRenderer.FENCED_CODE_LANGUAGE_CLASS_PREFIX, "language-")
        // A www. address links to https://, as goldmark's linkify (Hugo) does; Flexmark's default is http://.
        .set(HtmlRenderer.AUTOLINK_WWW_PREFIX, "https://")
        .set(HtmlRenderer.SOFT_BREAK, "\n");
    if (!typographer) options.set(Parser.EXTENSIONS, extensions);
    parser = LinearInlineParser.install(Parser.builder(options)).build();
    renderer = HtmlRenderer.builder(options).build();
  }

  /** Renders one expanded page; problems (mermaid syntax, …) go to the sink. */
  public RenderedPage render(ExpandedPage page, Problems problems) {
    return render(page, problems, DiagramStore.NONE);
  }

  /**
   * Renders one expanded page, taking the diagrams {@code diagrams} kept from it and handing it
   * the ones drawn; problems (mermaid syntax, …) go to the sink, whichever way a diagram came.
   */
  public RenderedPage render(ExpandedPage page, Problems problems, DiagramStore diagrams) {
    return render(page, problems, diagrams, basePath, true);
  }

  /**
   * As {@link #render(ExpandedPage, Problems, DiagramStore)}, with root-relative links under
   * {@link SiteUrls#ANY_BASE} instead of the site's base path: content a build cache can keep for
   * a build of the site at any URL, which {@link RenderedPage#rebased} puts under one. Only for a
   * page whose expanded text and HTML fragments do not hold {@link SiteUrls#ANY_BASE_MARK}.
   */
  public RenderedPage renderForAnyBase(ExpandedPage page, Problems problems, DiagramStore diagrams) {
    return render(page, problems, diagrams, SiteUrls.ANY_BASE, true);
  }

  /**
   * As {@link #render(ExpandedPage, Problems, DiagramStore)}; {@code deferring} false hands
   * Flexmark's writer every piece of HTML itself instead of {@link DeferredHtml}'s placeholders
   * (the oracle the deferred rendering is tested against).
   */
  RenderedPage render(ExpandedPage page, Problems problems, DiagramStore diagrams, boolean deferring) {
    return render(page, problems, diagrams, basePath, deferring);
  }

  private RenderedPage render(ExpandedPage page, Problems problems, DiagramStore diagrams, String base, boolean deferring) {
    String markdown = page.markdown();
    OptionalInt tooDeep = BlockNesting.tooDeep(markdown);
    if (tooDeep.isPresent()) {
      problems.report(Rule.LIMIT_EXCEEDED, page.map().locate(tooDeep.getAsInt()), "lists and block quotes nest more than "
          + Limits.MARKDOWN_DEPTH + " deep here; the page is rendered only up to this line");
      markdown = markdown.substring(0, markdown.lastIndexOf('\n', tooDeep.getAsInt()) + 1);
    }
    Document document = parse(markdown, page);
    PageContext context = new PageContext(page, problems, base, diagrams, deferring ? DeferredHtml.forPage() : DeferredHtml.NONE);
    document.set(PageContext.KEY, context);
    Optional<String> rendered = context.deferred.resolve(renderer.render(document));
    if (rendered.isEmpty()) {
      // The page's own text holds a placeholder's character: rendered again, writing everything
      // out (a problem found twice is kept once).
      document = parse(markdown, page);
      context = new PageContext(page, problems, base, diagrams, DeferredHtml.NONE);
      document.set(PageContext.KEY, context);
      rendered = Optional.of(renderer.render(document));
    }
    String html = HtmlPlaceholders.resolve(rendered.get(), page.htmlFragments());
    return new RenderedPage(page, html, context.headings, context.links, context.usesMermaidJs, context.usesSvgDiagrams,
        summary(document));
  }

  /** The page's Markdown parsed, its lists tight or loose as the files they were written in make them. */
  private Document parse(String markdown, ExpandedPage page) {
    Document document = parser.parse(markdown);
    if (!page.partialCalls().isEmpty()) PartialListTightness.apply(document, page.map());
    return document;
  }

  /** The plain text of the page's first top-level paragraph, whitespace collapsed; empty if it has none. */
  private static String summary(Document document) {
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Paragraph) {
        StringBuilder text = new StringBuilder();
        collectText(node, text);
        return text.toString().replaceAll("\\s+", " ").strip();
      }
    }
    return "";
  }

  private static void collectText(Node node, StringBuilder out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof com.vladsch.flexmark.ast.Text || child instanceof com.vladsch.flexmark.ast.Code) {
        out.append(child instanceof com.vladsch.flexmark.ast.Code code ? code.getText() : child.getChars());
      } else if (child instanceof com.vladsch.flexmark.ast.SoftLineBreak || child instanceof com.vladsch.flexmark.ast.HardLineBreak) {
        out.append(' ');
      } else {
        collectText(child, out);
      }
    }
  }

  /**
   * Hugo's {@code markdownify}: a text that is one paragraph gives that paragraph's inline HTML,
   * without {@code <p>}; anything else gives block HTML. The text is parsed exactly as given.
   * Shortcode placeholders in it come out as placeholders, resolved with the page's HTML.
   */
  @Override
  public String markdownify(String markdown) {
    Document document = parser.parse(markdown);
    document.set(PageContext.KEY, new PageContext(null, new Problems(), basePath));
    Node first = document.getFirstChild();
    boolean oneParagraph = first instanceof Paragraph && first.getNext() == null;
    document.set(PageContext.INLINE, oneParagraph);
    String html = renderer.render(document);
    return oneParagraph ? html.strip() : html;
  }
}
