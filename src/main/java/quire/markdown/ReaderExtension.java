package quire.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import quire.diag.Markup;
import quire.shortcode.HtmlPlaceholders;

/**
 * What readers see of Markdown beyond plain HTML, as one Flexmark extension beside
 * {@link QuireExtension}: code blocks highlighted at build time ({@link SyntaxHighlighter}) in a
 * focusable, scrollable {@code <pre>}; GitHub's {@code > [!NOTE]} quotes as callouts
 * ({@link CalloutQuotes}); images with their {@code width} and {@code height} read from the file
 * and wrapped in a link to themselves, which the theme's script opens enlarged; and tables in a
 * focusable box that scrolls sideways. Mermaid blocks are left to {@link QuireExtension}, whose
 * handler runs when this one delegates. Thread-safe.
 */
final class ReaderExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {
  private final Function<String, Optional<ImageSize>> imageSizes;

  /** @param imageSizes the size of an image by its resolved URL (as the page links it); empty when unknown */
  ReaderExtension(Function<String, Optional<ImageSize>> imageSizes) {
    this.imageSizes = imageSizes;
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.postProcessorFactory(new PostProcessing());
  }

  /** Callouts, on a page that has a block quote. */
  static final class PostProcessing extends SelectivePostProcessing {
    PostProcessing() {
      super(List.of(new CalloutQuotes()), CalloutQuotes::mayChange);
    }
  }

  @Override
  public void rendererOptions(MutableDataHolder options) {}

  @Override
  public void extend(HtmlRenderer.Builder builder, String rendererType) {
    builder.nodeRendererFactory(options -> new Renderer());
  }

  /**
   * Code's HTML; in {@code markdownify}, shortcode HTML standing in it goes in as text, as
   * Hugo shows it there ({@link HtmlPlaceholders#asText}).
   */
  static String inCode(NodeRendererContext context, String html) {
    return PageContext.of(context).page == null ? HtmlPlaceholders.asText(html) : html;
  }

  private final class Renderer implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(FencedCodeBlock.class, this::fencedCode),
          new NodeRenderingHandler<>(IndentedCodeBlock.class, this::indentedCode),
          new NodeRenderingHandler<>(Callout.class, this::callout),
          new NodeRenderingHandler<>(Image.class, this::image),
          new NodeRenderingHandler<>(TableBlock.class, this::table));
    }

    private void fencedCode(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
      String info = node.getInfo().toString();
      if (info.strip().equals("mermaid")) {
        context.delegateRender();
        return;
      }
      String language = SyntaxHighlighter.language(info);
      String code = node.getContentChars().normalizeEOL();
      html.line();
      writeCodeBlock(html, PageContext.of(context).deferred, language, inCode(context, SyntaxHighlighter.highlight(code, language)));
      html.line();
    }

    private void indentedCode(IndentedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
      html.line();
      writeCodeBlock(html, PageContext.of(context).deferred, "text",
          inCode(context, Markup.escape(node.getContentChars().trimTailBlankLines().normalizeEndWithEOL())));
      html.line();
    }

    private void callout(Callout node, NodeRendererContext context, HtmlWriter html) {
      html.line();
      html.raw(Callout.open(node.kind, node.kind.title));
      html.raw("<div class=\"callout-body\">\n");
      context.renderChildren(node);
      html.raw("</div></aside>\n");
    }

    private void image(Image node, NodeRendererContext context, HtmlWriter html) {
      ResolvedLink link = context.resolveLink(LinkType.IMAGE, node.getUrl().unescape(), null, null);
      String src = link.getUrl();
      String alt = new TextCollectingVisitor().collectAndGetText(node);
      StringBuilder img = new StringBuilder("<img src=\"").append(Markup.escape(src)).append("\" alt=\"")
          .append(Markup.escape(alt)).append('"');
      if (node.getTitle().isNotNull() && !node.getTitle().isEmpty()) {
        img.append(" title=\"").append(Markup.escape(node.getTitle().unescape())).append('"');
      }
      Optional<ImageSize> size = imageSizes.apply(src);
      size.ifPresent(s -> img.append(" width=\"").append(s.width()).append("\" height=\"").append(s.height()).append('"'));
      img.append(" loading=\"lazy\" decoding=\"async\">");
      // An image of the site opens enlarged (the script) or on its own (no script); one inside a
      // link keeps that link. An image that is no file of the site (missing, external) gets no
      // link of its own, so the check reports it once, as an image.
      if (node.getAncestorOfType(Link.class) != null || size.isEmpty()) {
        html.raw(img);
      } else {
        html.raw("<a class=\"zoom\" href=\"" + Markup.escape(src) + "\">" + img + "</a>");
      }
    }

    private void table(TableBlock node, NodeRendererContext context, HtmlWriter html) {
      html.line();
      html.raw("<div class=\"table-scroll\" tabindex=\"0\" role=\"group\" aria-label=\"Table\">");
      html.line();
      context.delegateRender();
      html.line();
      html.raw("</div>");
      html.line();
    }
  }

  /**
   * A code block: the language as a label for the script's copy button, the code in a
   * focusable pre. It goes to the writer as one placeholder ({@link DeferredHtml#deferPre});
   * written out, the writer is told it is inside a pre, or it would drop leading spaces.
   */
  static void writeCodeBlock(HtmlWriter html, DeferredHtml deferred, String language, String codeHtml) {
    String lang = Markup.escape(language);
    String open = "<div class=\"code-block\" data-lang=\"" + lang + "\"><pre tabindex=\"0\"><code class=\"language-" + lang + "\">";
    String close = "</code></pre></div>";
    String block = deferred.deferPre(open + codeHtml + close);
    if (block.charAt(0) == DeferredHtml.OPEN) {
      html.raw(block);
      return;
    }
    html.raw(open);
    html.openPre();
    html.raw(codeHtml);
    html.closePre();
    html.raw(close);
  }
}
