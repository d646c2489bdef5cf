package quire.markdown;

import java.util.Optional;
import quire.mermaid.Diagram;

/**
 * Diagrams an earlier build drew, for the page being rendered: {@link MarkdownRenderer#render}
 * asks it before it draws a mermaid block, and hands it every diagram it drew, so a page rendered
 * again takes its unchanged diagrams from it without parsing or laying them out. What a diagram
 * becomes depends only on its text, its id prefix and quire itself; the store (the build's cache)
 * owns how it keys and keeps them, and must never answer with a diagram it cannot vouch for.
 * One per page render; need not be thread-safe.
 */
public interface DiagramStore {
  /** Keeps nothing: every diagram is drawn. */
  DiagramStore NONE = new DiagramStore() {
    @Override
    public Optional<Diagram> find(String source, String idPrefix) {
      return Optional.empty();
    }

    @Override
    public void put(String source, String idPrefix, Diagram diagram) {}
  };

  /** What the block with this text and id prefix became when it was drawn before, if kept. */
  Optional<Diagram> find(String source, String idPrefix);

  /** What the block with this text and id prefix became, drawn now. */
  void put(String source, String idPrefix, Diagram diagram);
}
