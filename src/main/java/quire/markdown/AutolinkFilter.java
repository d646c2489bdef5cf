package quire.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * GFM autolinks (bare URLs, {@code www.} addresses, e-mail addresses) through Flexmark's own
 * post-processor, but only for text that could hold one. The post-processor runs a word-boundary
 * regular expression over every text node of a page, which was a third of Markdown parsing on
 * the bench corpus; a text without {@code ://}, {@code www.} or {@code @} has no link to find.
 */
final class AutolinkFilter extends NodePostProcessorFactory {
  AutolinkFilter() {
    super(false);
    addNodes(Text.class);
  }

  @Override
  public NodePostProcessor apply(Document document) {
    AutolinkNodePostProcessor autolinks = new AutolinkNodePostProcessor(document);
    return new NodePostProcessor() {
      @Override
      public void process(NodeTracker state, Node node) {
        if (mayHoldLink(node.getChars())) autolinks.process(state, node);
      }
    };
  }

  /** Whether the post-processor may change this node: a text that could hold a link. */
  static boolean mayChange(Node node) {
    return node instanceof Text && mayHoldLink(node.getChars());
  }

  static boolean mayHoldLink(CharSequence text) {
    // The page's own text, read in place: a sequence of the parsed String, as Flexmark makes them.
    if (text instanceof SubSequence sub && sub.getBase() instanceof String base) {
      return mayHoldLink(base, sub.getStartOffset(), sub.getEndOffset());
    }
    return mayHoldLink(text, 0, text.length());
  }

  private static boolean mayHoldLink(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '@') return true;
      if (c == ':' && i + 2 < to && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
      if ((c == 'w' || c == 'W') && i + 3 < to && text.charAt(i + 3) == '.'
          && Character.toLowerCase(text.charAt(i + 1)) == 'w' && Character.toLowerCase(text.charAt(i + 2)) == 'w') {
        return true;
      }
    }
    return false;
  }
}
