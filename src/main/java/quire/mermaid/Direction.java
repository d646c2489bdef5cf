package quire.mermaid;

/** The direction a flowchart or subgraph flows in. {@code TD} is read as {@link #TB}. */
enum Direction {
  TB,
  BT,
  LR,
  RL;

  /** The direction for a mermaid keyword (TB, TD, BT, LR, RL), if it is one. */
  static java.util.Optional<Direction> find(String word) {
    return switch (word) {
      case "TB", "TD" -> java.util.Optional.of(TB);
      case "BT" -> java.util.Optional.of(BT);
      case "LR" -> java.util.Optional.of(LR);
      case "RL" -> java.util.Optional.of(RL);
      default -> java.util.Optional.empty();
    };
  }
}
