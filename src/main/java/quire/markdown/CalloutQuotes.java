package quire.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns GitHub's alert syntax into {@link Callout} nodes: a block quote whose first line is
 * {@code [!NOTE]} (or TIP, IMPORTANT, WARNING, CAUTION; any case) alone. Any other quote stays a
 * quote.
 */
final class CalloutQuotes extends NodeTypePostProcessor {
  private static final Pattern MARKER = Pattern.compile("\\[!([A-Za-z]+)\\][ \\t]*(\\r?\\n|$)");

  CalloutQuotes() {
    super(BlockQuote.class);
  }

  /** Whether {@link #process} may change this node: any block quote. */
  static boolean mayChange(Node node) {
    return node instanceof BlockQuote;
  }

  @Override
  void process(NodeTracker state, Node node) {
    if (node instanceof BlockQuote quote) convert(quote, state);
  }

  private static void convert(BlockQuote quote, NodeTracker state) {
    if (!(quote.getFirstChild() instanceof Paragraph first)) return;
    Matcher marker = MARKER.matcher(first.getChars());
    if (!marker.lookingAt()) return;
    Optional<Callout.Kind> kind = Callout.Kind.ofMarker(marker.group(1));
    if (kind.isEmpty()) return;
    int markerEnd = first.getChars().getStartOffset() + marker.end(1) + 1;
    // Drop the inline nodes that make up the marker, and the line break after it.
    Node child = first.getFirstChild();
    while (child != null && child.getEndOffset() <= markerEnd) {
      Node next = child.getNext();
      child.unlink();
      child = next;
    }
    if (child instanceof SoftLineBreak) child.unlink();
    if (first.getFirstChild() == null) first.unlink();
    Callout callout = new Callout(quote.getChars(), kind.get());
    callout.takeChildren(quote);
    quote.insertBefore(callout);
    quote.unlink();
    state.nodeRemoved(quote);
    state.nodeAddedWithChildren(callout);
  }
}
