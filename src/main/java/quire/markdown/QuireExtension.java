package quire.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import quire.shortcode.HtmlPlaceholders;
import quire.url.SiteUrls;

/**
 * quire's additions to Flexmark, as one extension: shortcode HTML placeholders, GFM autolinks
 * (Flexmark's, on text that could hold one: {@link AutolinkFilter}), tables where goldmark finds them ({@link GoldmarkTables},
 * {@link TableCodePipes}, rendered by Flexmark's table renderer), {@code .md} link resolution and
 * link/image records, heading ids with a copyable anchor, and mermaid blocks. Per-page state
 * comes from the document ({@link PageContext#KEY}).
 */
final class QuireExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final DiagramBlocks diagrams;

  QuireExtension(DiagramBlocks diagrams) {
    this.diagrams = diagrams;
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new HtmlFragmentParser.Factory());
    builder.paragraphPreProcessorFactory(new GoldmarkTables.Factory());
    builder.postProcessorFactory(new PostProcessing());
  }

  /** Autolinks, table code pipes and heading attributes, on a page that has a node one may change. */
  static final class PostProcessing extends SelectivePostProcessing {
    PostProcessing() {
      super(List.of(new AutolinkFilter(), new TableCodePipes(), new HeadingAttributes()),
          node -> AutolinkFilter.mayChange(node) || TableCodePipes.mayChange(node) || HeadingAttributes.mayChange(node));
    }
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
    builder.htmlIdGeneratorFactory(new HeadingIds.Factory());
    // Flexmark's table rendering; its parsing runs through GoldmarkTables.
    TablesExtension.create().extend(builder, rendererType);
    builder.linkResolverFactory(new ResolverFactory());
  }

  private static final Pattern LINE_END_IN_CODE = Pattern.compile("\\r?\\n[ \\t]*");

  private final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(HtmlFragment.class, this::fragment),
          new NodeRenderingHandler<>(Paragraph.class, this::paragraph),
          new NodeRenderingHandler<>(Heading.class, this::heading),
          new NodeRenderingHandler<>(FencedCodeBlock.class, this::fencedCode),
          new NodeRenderingHandler<>(Text.class, this::text),
          new NodeRenderingHandler<>(Code.class, this::code));
    }

    /**
     * A code span as CommonMark (and goldmark) has it: a line end and the indentation after it
     * are one space, and one space comes off each end only when both ends have one and the span
     * is not all spaces. Flexmark collapses every run of spaces and trims both ends, so
     * {@code `/downloads `endpoint} lost the only space between two words.
     */
    private void code(Code node, NodeRendererContext context, HtmlWriter html) {
      String text = node.getText().toString();
      if (text.indexOf('\n') >= 0) text = LINE_END_IN_CODE.matcher(text).replaceAll(" ");
      if (text.length() >= 2 && text.charAt(0) == ' ' && text.charAt(text.length() - 1) == ' ' && !text.isBlank()) {
        text = text.substring(1, text.length() - 1);
      }
      html.srcPos(node.getText()).withAttr().tag("code");
      html.raw(ReaderExtension.inCode(context, Escaping.escapeHtml(text, false)));
      html.tag("/code");
    }

    /**
     * Text as Flexmark writes it (backslash escapes and entities resolved, line ends made
     * {@code \n}, then {@code " & < >} escaped), in one step when it holds none of the characters
     * those three passes change, which is most text: the passes were a twentieth of a build.
     * Such text of one line goes to the writer as a placeholder ({@link DeferredHtml}).
     */
    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
      BasedSequence chars = node.getChars();
      // The page's own text, read in place: a sequence of the parsed String, as Flexmark makes them.
      String base = chars instanceof SubSequence sub && sub.getBase() instanceof String s ? s : null;
      int from = base == null ? 0 : chars.getStartOffset();
      int to = base == null ? chars.length() : chars.getEndOffset();
      boolean oneLine = true;
      for (int i = from; i < to; i++) {
        switch (base == null ? chars.charAt(i - from) : base.charAt(i)) {
          case '\\', '&', '\r', '"', '<', '>' -> {
            context.delegateRender();
            return;
          }
          // A NUL reads as U+FFFD through the sequence, not through the String.
          case '\n', '\0' -> oneLine = false;
          default -> { }
        }
      }
      if (base == null || !oneLine || to == from) {
        html.raw(chars.toString());
        return;
      }
      String text = base.substring(from, to);
      char first = text.charAt(0);
      html.raw(first == ' ' || first == '\t' ? text : PageContext.of(context).deferred.deferOneLine(text));
    }

    /** The placeholder itself: the page's final HTML puts the fragment in its place. */
    private void fragment(HtmlFragment node, NodeRendererContext context, HtmlWriter html) {
      html.raw(HtmlPlaceholders.of(node.index));
    }

    /**
     * A paragraph holding nothing but shortcode HTML is that HTML, not wrapped in {@code <p>};
     * the one paragraph of an inline {@code markdownify} is its inline content; the first
     * paragraph of a partial's blocks in a tight list item keeps its {@code <p>}
     * ({@link PartialListTightness}).
     */
    private void paragraph(Paragraph node, NodeRendererContext context, HtmlWriter html) {
      Node only = node.getFirstChild();
      if (PageContext.INLINE.get(context.getDocument()) && node.getParent() == context.getDocument()) {
        context.renderChildren(node);
      } else if (only instanceof HtmlFragment && only.getNext() == null) {
        context.render(only);
        html.line();
      } else if (PartialListTightness.isWrapped(context.getDocument(), node)) {
        html.srcPos(node.getChars()).withAttr().tagLine("p", () -> context.renderChildren(node));
      } else {
        context.delegateRender();
      }
    }

    private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
      String id = context.getNodeId(node);
      String text = new TextCollectingVisitor().collectAndGetText(node);
      PageContext.of(context).headings.add(new quire.markdown.Heading(node.getLevel(), id == null ? "" : id, text));
      if (id != null) html.attr("id", id);
      // The anchor follows the heading rather than sitting inside it, so the heading's name is
      // its text alone; the link's own name says which section it points at (issue 14).
      boolean anchor = id != null && node.getLevel() > 1;
      if (anchor) html.raw("<div class=\"heading\">");
      html.srcPos(node.getText()).withAttr().tagLine("h" + node.getLevel(), () -> context.renderChildren(node));
      if (anchor) {
        // No text of its own (the "#" is drawn by CSS), so the page's visible text is Hugo's.
        html.raw("<a class=\"heading-anchor\" href=\"#" + id + "\" aria-label=\"Section titled "
            + quire.diag.Markup.escape(text) + "\"></a></div>");
        html.line();
      }
    }

    private void fencedCode(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
      if (!node.getInfo().toString().strip().equals("mermaid")) {
        context.delegateRender();
        return;
      }
      PageContext page = PageContext.of(context);
      String source = node.getContentChars().normalizeEOL();
      String block = diagrams.render(source, node.getContentChars().getStartOffset(), page);
      // A drawn diagram is one line of SVG, tens of kilobytes: a placeholder for the writer.
      if (block.endsWith("\n")) {
        html.raw(page.deferred.defer(block.substring(0, block.length() - 1)));
        html.raw("\n");
      } else {
        html.raw(page.deferred.defer(block));
      }
    }
  }

  private static final class ResolverFactory extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      return new Resolver();
    }
  }

  /** Resolves {@code .md} and root-relative targets and records every link and image. */
  private static final class Resolver implements LinkResolver {
    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
      PageContext page = PageContext.KEY.get(context.getDocument());
      if (page == null || page.page == null) return link;
      String written = link.getUrl();
      String target = SiteUrls.resolveWritten(written, page.page.page().path(), page.basePath);
      int offset = node.getStartOffset();
      quire.markdown.LinkRef.Kind kind = null;
      String alt = "";
      if (node instanceof Image image) {
        kind = quire.markdown.LinkRef.Kind.IMAGE;
        offset = image.getUrl().getStartOffset();
        alt = image.getText().toString();
      } else if (node instanceof Link l) {
        kind = quire.markdown.LinkRef.Kind.LINK;
        offset = l.getUrl().getStartOffset();
      } else if (node instanceof ImageRef ref) {
        kind = quire.markdown.LinkRef.Kind.IMAGE;
        alt = ref.getText().toString();
      } else if (node instanceof LinkRef || node instanceof AutoLink) {
        kind = quire.markdown.LinkRef.Kind.LINK;
      }
      if (kind != null) page.links.add(new quire.markdown.LinkRef(kind, target, written, alt, page.locate(offset)));
      return target.equals(written) ? link : link.withStatus(LinkStatus.VALID).withUrl(target);
    }
  }
}
