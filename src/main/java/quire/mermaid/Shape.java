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
  ELLIPSE;

  /** The shape for a name in {@code A@{ shape: name }}, if quire knows it. */
  static Optional<Shape> findByName(String name) {
    Shape s =
        switch (name) {
          case "rect", "rectangle", "proc", "process", "square" -> RECT;
          case "rounded", "event", "round" -> ROUND;
          case "stadium", "pill", "terminal" -> STADIUM;
          case "subroutine", "subproc", "fr-rect", "framed-rectangle" -> SUBROUTINE;
          case "cyl", "cylinder", "database", "db" -> CYLINDER;
          case "circle", "circ" -> CIRCLE;
          case "dbl-circ", "double-circle", "doublecircle" -> DOUBLE_CIRCLE;
          case "odd", "asymmetric" -> ODD;
          case "diamond", "diam", "decision", "question" -> DIAMOND;
          case "hex", "hexagon", "prepare" -> HEXAGON;
          case "lean-r", "lean-right", "in-out" -> LEAN_RIGHT;
          case "lean-l", "lean-left", "out-in" -> LEAN_LEFT;
          case "trap-b", "trapezoid", "priority", "trapezoid-bottom" -> TRAPEZOID;
          case "trap-t", "inv-trapezoid", "manual", "trapezoid-top" -> INV_TRAPEZOID;
          case "ellipse" -> ELLIPSE;
          default -> null;
        };
    return Optional.ofNullable(s);
  }
}
