package quire.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

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

  static boolean mayHoldLink(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') return true;
      if (c == ':' && i + 2 < text.length() && text.charAt(i + 1) == '/' && text.charAt(i + 2) == '/') return true;
      if ((c == 'w' || c == 'W') && i + 3 < text.length() && text.charAt(i + 3) == '.'
          && Character.toLowerCase(text.charAt(i + 1)) == 'w' && Character.toLowerCase(text.charAt(i + 2)) == 'w') {
        return true;
      }
    }
    return false;
  }
}
