package quire.mermaid;

/** What an edge's end looks like: nothing, an arrowhead, a circle or a cross. */
enum Arrow {
  NONE,
  POINT,
  CIRCLE,
  CROSS
}
