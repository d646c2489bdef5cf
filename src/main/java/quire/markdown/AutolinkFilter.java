package quire.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.autolink.internal.AutolinkNodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * GFM autolinks (bare URLs, {@code www.} addresses, e-mail addresses) through Flexmark's own
 * post-processor, but only for text that could hold one. The post-processor runs a word-boundary
 * regular expression over every text node of a page, which was a third of Markdown parsing on
 * the bench corpus; a text without {@code ://}, {@code www.} or {@code @} has no link to find.
 * Unlike Flexmark's own use of it, a link ends before a backslash, as goldmark's does.
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
        if (!mayHoldLink(node.getChars())) return;
        List<Text> pieces = piecesBetweenBackslashes(node);
        Node parent = node.getParent();
        if (pieces.isEmpty() || parent == null) {
          autolinks.process(state, node);
          return;
        }
        for (Text piece : pieces) {
          node.insertBefore(piece);
          state.nodeAdded(piece);
        }
        node.unlink();
        state.nodeRemoved(node);
        for (Text piece : pieces) {
          if (mayHoldLink(piece.getChars())) autolinks.process(state, piece);
        }
        // A scheme cut off by a backslash ("https://" of "https://\\[HOST]…") links nothing.
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
          Node link = n instanceof TextBase base ? base.getLastChild() : n;
          if (link instanceof AutoLink && link.getChars().endsWith("://")
              && link.getChars().getEndOffset() < link.getChars().getBaseSequence().length()
              && link.getChars().getBaseSequence().charAt(link.getChars().getEndOffset()) == '\\') {
            Text text = new Text(link.getChars());
            link.insertBefore(text);
            state.nodeAdded(text);
            link.unlink();
            state.nodeRemoved(link);
          }
        }
      }
    };
  }

  /**
   * The text cut before each backslash escape, so that no link runs across one: goldmark's
   * linkify (Hugo's) ends a link at a backslash, so {@code https://x.org/golang\_proto} links
   * {@code https://x.org/golang} and {@code https://\[HOST].example.com} nothing, where Flexmark
   * would link the whole, backslashes included. Empty when the text has no backslash after its
   * first character. An escaped backslash stays with the backslash that escapes it.
   */
  private static List<Text> piecesBetweenBackslashes(Node node) {
    BasedSequence chars = node.getChars();
    List<Text> pieces = new ArrayList<>();
    int from = 0;
    for (int i = 0; i < chars.length(); i++) {
      if (chars.charAt(i) != '\\') continue;
      if (i > from) {
        pieces.add(new Text(chars.subSequence(from, i)));
        from = i;
      }
      i++;
    }
    if (pieces.isEmpty()) return pieces;
    pieces.add(new Text(chars.subSequence(from, chars.length())));
    return pieces;
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
