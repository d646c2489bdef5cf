package quire.mermaid;

import java.util.List;
import java.util.Objects;

/** What {@link MermaidRenderer#render} makes of one diagram's text. Immutable. */
public sealed interface Diagram {

  /**
   * A drawn diagram: {@code svg} is one {@code <svg class="mermaid" ...>} element; {@code name}
   * is what a screen reader calls it (its accTitle or title, else "Flowchart"); {@code links} are
   * the addresses it links to ({@code click}, {@code <a href>} in a label) and the images its
   * labels show ({@code <img src>}), each written in the svg as {@code href="…"} just as given
   * (the page resolves them).
   */
  record Svg(String svg, String name, List<Link> links) implements Diagram {
    public Svg {
      Objects.requireNonNull(svg, "svg");
      Objects.requireNonNull(name, "name");
      links = List.copyOf(links);
    }
  }

  /**
   * An address a diagram links to or shows as an image, as written, and where in the diagram's
   * text (0-based) it is written or, when quire cannot tell, the node or edge that holds it starts.
   */
  record Link(String href, int offset, boolean image) {
    public Link {
      Objects.requireNonNull(href, "href");
    }
  }

  /**
   * A diagram type quire does not draw (e.g. {@code sequenceDiagram}); the page falls back to
   * mermaid.js.
   */
  record Unsupported(String diagramType) implements Diagram {
    public Unsupported {
      Objects.requireNonNull(diagramType, "diagramType");
    }
  }

  /**
   * A flowchart with a syntax error at {@code offset} (0-based, into the diagram text); {@code
   * message} is one plain sentence.
   */
  record Invalid(int offset, String message) implements Diagram {
    public Invalid {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must be >= 0: " + offset);
      }
      Objects.requireNonNull(message, "message");
    }
  }

  /**
   * A flowchart over one of quire's limits (nodes, edges, edges per statement) at {@code offset}
   * (0-based, into the diagram text); it is not laid out.
   */
  record TooLarge(int offset, String message) implements Diagram {
    public TooLarge {
      if (offset < 0) {
        throw new IllegalArgumentException("offset must be >= 0: " + offset);
      }
      Objects.requireNonNull(message, "message");
    }
  }
}
