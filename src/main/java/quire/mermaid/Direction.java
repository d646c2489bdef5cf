package quire.mermaid;

import java.util.Optional;

/** The direction a flowchart or subgraph flows in. {@code TD} is read as {@link #TB}. */
enum Direction {
  TB,
  BT,
  LR,
  RL;

  /** The direction for a mermaid keyword (TB, TD, BT, LR, RL), if it is one. */
  static Optional<Direction> find(String word) {
    return switch (word) {
      case "TB", "TD" -> Optional.of(TB);
      case "BT" -> Optional.of(BT);
      case "LR" -> Optional.of(LR);
      case "RL" -> Optional.of(RL);
      default -> Optional.empty();
    };
  }

  /** The direction for mermaid's arrow-like header symbols ({@code >}, {@code <}, {@code ^}, {@code v}). */
  static Optional<Direction> findSymbol(char c) {
    return switch (c) {
      case '>' -> Optional.of(LR);
      case '<' -> Optional.of(RL);
      case '^' -> Optional.of(BT);
      case 'v' -> Optional.of(TB);
      default -> Optional.empty();
    };
  }
}
