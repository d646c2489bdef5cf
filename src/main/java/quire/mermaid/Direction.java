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
}
