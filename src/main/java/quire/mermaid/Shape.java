package quire.mermaid;

import java.util.Optional;

/** The outline of a node; the comment shows the mermaid syntax that gives it. */
enum Shape {
  /** {@code A[text]} */
  RECT,
  /** {@code A(text)} */
  ROUND,
  /** {@code A([text])} */
  STADIUM,
  /** {@code A[[text]]} */
  SUBROUTINE,
  /** {@code A[(text)]} */
  CYLINDER,
  /** {@code A((text))} */
  CIRCLE,
  /** {@code A(((text)))} */
  DOUBLE_CIRCLE,
  /** {@code A>text]} */
  ODD,
  /** {@code A{text}} */
  DIAMOND,
  /** {@code A{{text}}} */
  HEXAGON,
  /** {@code A[/text/]} */
  LEAN_RIGHT,
  /** {@code A[\text\]} */
  LEAN_LEFT,
  /** {@code A[/text\]} */
  TRAPEZOID,
  /** {@code A[\text/]} */
  INV_TRAPEZOID,
  /** {@code A(-text-)} */
  ELLIPSE,
  /** {@code A@{ shape: text }}: the label alone, no outline */
  TEXT,
  /** {@code A@{ shape: sm-circ }}: a small filled circle, a start */
  START,
  /** {@code A@{ shape: fr-circ }}: a small ringed circle with a dot in it, a stop */
  STOP,
  /** {@code A@{ shape: fork }}: a filled bar across the flow, a fork or a join */
  FORK,
  /** {@code A@{ shape: f-circ }}: a small circle filled with the outline's colour, a junction */
  JUNCTION,
  /** {@code A@{ shape: cross-circ }}: a circle with a cross in it, a summary */
  CROSSED_CIRCLE,
  /** {@code A@{ shape: bolt }}: a lightning bolt, a communication link */
  BOLT,
  /** {@code A@{ shape: hourglass }}: two triangles tip to tip, a collate */
  HOURGLASS;

  /** Whether the shape shows its label: mermaid draws these seven at a fixed size, without it. */
  boolean showsLabel() {
    return switch (this) {
      case START, STOP, FORK, JUNCTION, CROSSED_CIRCLE, BOLT, HOURGLASS -> false;
      default -> true;
    };
  }

  /**
   * The shape for a name in {@code A@{ shape: name }}: every name mermaid 11 accepts. The shapes
   * of mermaid's 2024 set that quire has no outline for are drawn as the nearest classic one
   * (a document or a card as a rectangle, a lined cylinder as a cylinder, a brace as text...).
   */
  static Optional<Shape> findByName(String name) {
    Shape s =
        switch (name) {
          case "rect", "rectangle", "proc", "process", "square" -> RECT;
          case "rounded", "event", "round" -> ROUND;
          case "stadium", "pill", "terminal" -> STADIUM;
          case "subroutine", "subproc", "subprocess", "fr-rect", "framed-rectangle" -> SUBROUTINE;
          case "cyl", "cylinder", "database", "db" -> CYLINDER;
          case "circle", "circ" -> CIRCLE;
          case "dbl-circ", "double-circle", "doublecircle" -> DOUBLE_CIRCLE;
          case "odd", "asymmetric" -> ODD;
          case "diamond", "diam", "decision", "question", "choice" -> DIAMOND;
          case "hex", "hexagon", "prepare" -> HEXAGON;
          case "lean-r", "lean-right", "in-out" -> LEAN_RIGHT;
          case "lean-l", "lean-left", "out-in" -> LEAN_LEFT;
          case "trap-b", "trapezoid", "priority", "trapezoid-bottom" -> TRAPEZOID;
          case "trap-t", "inv-trapezoid", "manual", "trapezoid-top" -> INV_TRAPEZOID;
          case "ellipse" -> ELLIPSE;
          case "text", "brace", "comment", "brace-l", "brace-r", "braces", "anchor", "icon" -> TEXT;
          case "datastore", "data-store", "notch-rect", "card", "notched-rectangle", "doc", "document", "div-rect",
              "div-proc", "divided-rectangle", "divided-process", "win-pane", "internal-storage", "window-pane", "sl-rect", "manual-input",
              "sloped-rectangle", "docs", "documents", "st-doc", "stacked-document", "st-rect", "procs", "processes",
              "stacked-rectangle", "tag-doc", "tagged-document", "tag-rect", "tagged-rectangle", "tag-proc",
              "tagged-process", "lin-doc", "lined-document", "state", "note" -> RECT;
          case "lin-rect", "lined-rectangle", "lined-process", "lin-proc", "shaded-process" -> SUBROUTINE;
          case "sm-circ", "start", "small-circle" -> START;
          case "fr-circ", "stop", "framed-circle" -> STOP;
          case "fork", "join" -> FORK;
          case "f-circ", "junction", "filled-circle" -> JUNCTION;
          case "cross-circ", "summary", "crossed-circle" -> CROSSED_CIRCLE;
          case "bolt", "com-link", "lightning-bolt" -> BOLT;
          case "hourglass", "collate" -> HOURGLASS;
          case "delay", "half-rounded-rectangle", "bow-rect", "stored-data", "bow-tie-rectangle" -> STADIUM;
          case "h-cyl", "das", "horizontal-cylinder", "lin-cyl", "disk", "lined-cylinder" -> CYLINDER;
          case "curv-trap", "curved-trapezoid", "display", "bang", "cloud" -> ROUND;
          case "tri", "extract", "triangle" -> TRAPEZOID;
          case "flip-tri", "manual-file", "flipped-triangle" -> INV_TRAPEZOID;
          case "notch-pent", "loop-limit", "notched-pentagon" -> HEXAGON;
          case "flag", "paper-tape" -> ODD;
          default -> null;
        };
    return Optional.ofNullable(s);
  }
}
