package quire.mermaid;

/** How an edge's line is drawn. */
enum Stroke {
  NORMAL,
  THICK,
  DOTTED,
  INVISIBLE;

  /** The SVG class mermaid uses for this stroke's pattern. */
  String patternClass() {
    return this == DOTTED ? "edge-pattern-dotted" : "edge-pattern-solid";
  }

  /** The SVG class mermaid uses for this stroke's thickness. */
  String thicknessClass() {
    return switch (this) {
      case THICK -> "edge-thickness-thick";
      case INVISIBLE -> "edge-thickness-invisible";
      default -> "edge-thickness-normal";
    };
  }
}
