package quire.markdown;

import com.vladsch.flexmark.parser.PostProcessorFactory;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.parser.internal.PostProcessorManager;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.function.Predicate;

/**
 * Node post-processors run through Flexmark's own post-processor manager, but only on a
 * document that has a node one of them may change. The manager starts by classifying every node
 * of the document (an ordered set of them, and bit sets of their types and ancestors), which on a
 * page with nothing for the processors to do, the common case, was all the post-processing cost:
 * a walk of the tree with the processors' own first test decides instead. When the walk finds a
 * node, the manager runs as it always did, so what the processors do is unchanged.
 *
 * <p>Flexmark keeps one post-processor factory per class: each extension registers a subclass
 * of its own. Thread-safe when the processors' factories and test are.
 */
abstract class SelectivePostProcessing extends DocumentPostProcessorFactory {
  private final List<PostProcessorManager.PostProcessorDependencyStage> stages;
  private final Predicate<Node> mayChange;

  /**
   * @param processors the node post-processors, in the order they run
   * @param mayChange true for a node one of them may change (false only where none would)
   */
  SelectivePostProcessing(List<PostProcessorFactory> processors, Predicate<Node> mayChange) {
    this.stages = PostProcessorManager.calculatePostProcessors(new MutableDataSet(), processors);
    this.mayChange = mayChange;
  }

  @Override
  public DocumentPostProcessor apply(Document document) {
    return new DocumentPostProcessor() {
      @Override
      public Document processDocument(Document document) {
        return any(document, mayChange) ? PostProcessorManager.processDocument(document, stages) : document;
      }
    };
  }

  /** Whether a node under {@code root} passes the test, in document order. */
  static boolean any(Node root, Predicate<Node> test) {
    Node node = root.getFirstChild();
    while (node != null) {
      if (test.test(node)) return true;
      Node next = node.getFirstChild();
      while (next == null && node != root) {
        next = node.getNext();
        if (next == null) node = node.getParent();
      }
      node = next;
    }
    return false;
  }
}
