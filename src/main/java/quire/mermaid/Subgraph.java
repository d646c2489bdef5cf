package quire.mermaid;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A subgraph: its id (mermaid's {@code subGraphN} when the source gives none), title (as drawn), own
 * direction if it sets one, the nodes and subgraphs directly inside it, in mermaid's order.
 * Immutable.
 */
record Subgraph(
    String id,
    Label heading,
    Optional<Direction> direction,
    List<String> nodeIds,
    List<String> subgraphIds,
    List<String> classes,
    List<String> style) {
  Subgraph {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(direction, "direction");
    nodeIds = List.copyOf(nodeIds);
    subgraphIds = List.copyOf(subgraphIds);
    classes = List.copyOf(classes);
    style = List.copyOf(style);
  }

  /** The title as a reader sees it. */
  String title() {
    return heading.text();
  }
}
