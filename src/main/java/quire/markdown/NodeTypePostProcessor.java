package quire.markdown;

import com.vladsch.flexmark.parser.block.NodePostProcessor;
import com.vladsch.flexmark.parser.block.NodePostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeTracker;

/**
 * A Flexmark post-processor of the nodes of one type that keeps nothing per document, so one
 * instance serves every page. Subclasses say what to do with one node. Thread-safe when the
 * subclass is.
 */
abstract class NodeTypePostProcessor extends NodePostProcessorFactory {
  NodeTypePostProcessor(Class<? extends Node> type) {
    super(false);
    addNodes(type);
  }

  @Override
  public final NodePostProcessor apply(Document document) {
    return new NodePostProcessor() {
      @Override
      public void process(NodeTracker state, Node node) {
        NodeTypePostProcessor.this.process(state, node);
      }
    };
  }

  /** Handles one node of the type, reporting every node it adds or removes to {@code state}. */
  abstract void process(NodeTracker state, Node node);
}
