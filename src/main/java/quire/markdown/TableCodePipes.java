package quire.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * In a table cell, {@code \|} is a pipe even inside a code span (GFM, and goldmark): the escape
 * only keeps the pipe from ending the cell. Flexmark leaves the backslash in code spans.
 */
final class TableCodePipes extends NodeTypePostProcessor {
  TableCodePipes() {
    super(Code.class);
  }

  /** Whether {@link #process} may change this node: a code span with an escaped pipe. */
  static boolean mayChange(Node node) {
    return node instanceof Code code && code.getText().indexOf("\\|") >= 0;
  }

  @Override
  void process(NodeTracker state, Node node) {
    if (!(node instanceof Code code) || code.getText().indexOf("\\|") < 0) return;
    if (node.getAncestorOfType(TableCell.class) == null) return;
    // Code renders its text, not its children.
    code.setText(code.getText().replace("\\|", "|"));
  }
}
