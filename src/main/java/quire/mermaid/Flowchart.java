package quire.mermaid;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed flowchart: nodes in order of first mention, edges in source order, subgraphs in the
 * order they close (inner before outer, as mermaid numbers them), class definitions (name to CSS
 * declarations), the accessible title and description, and the diagram's own configuration
 * (front matter and {@code %%{init}%%}). Immutable.
 */
record Flowchart(
    Direction direction,
    List<Node> nodes,
    List<Edge> edges,
    List<Subgraph> subgraphs,
    Map<String, List<String>> classDefs,
    Optional<String> accTitle,
    Optional<String> accDescr,
    DiagramConfig config) {
  Flowchart {
    Objects.requireNonNull(direction, "direction");
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
    subgraphs = List.copyOf(subgraphs);
    classDefs = Map.copyOf(classDefs);
    Objects.requireNonNull(accTitle, "accTitle");
    Objects.requireNonNull(accDescr, "accDescr");
    Objects.requireNonNull(config, "config");
  }

  /**
   * Where the chart links to and the images it shows: each node's {@code click} address, and each
   * address of an {@code <a href>} and each {@code <img src>} in a label (a node's, an edge's, a
   * subgraph's title), with the offset (0-based) of the node's {@code click} address, or of the
   * node or edge whose label holds it (0 for a subgraph's title).
   */
  List<Diagram.Link> links() {
    List<Diagram.Link> out = new ArrayList<>();
    for (Node n : nodes) {
      n.link().ifPresent(l -> out.add(new Diagram.Link(l.href(), l.offset(), false)));
      addLinks(n.text(), n.offset(), out);
    }
    for (Edge e : edges) {
      addLinks(e.text(), e.offset(), out);
    }
    for (Subgraph s : subgraphs) {
      addLinks(s.heading(), 0, out);
    }
    return out;
  }

  private static void addLinks(Label label, int offset, List<Diagram.Link> out) {
    label.image().filter(img -> !img.icon()).ifPresent(img -> out.add(new Diagram.Link(img.src(), offset, true)));
    label.links().forEach(href -> out.add(new Diagram.Link(href, offset, false)));
  }

  /** The chart's nodes and subgraphs by id (the first of each id), for a pass that looks many up. */
  record Ids(Map<String, Node> nodes, Map<String, Subgraph> subgraphs) {}

  /**
   * The nodes and subgraphs by id, made anew on each call: a layout or an SVG looks up every edge
   * end and nested subgraph, where {@link #findNode} and {@link #findSubgraph} search the lists.
   */
  Ids byId() {
    Map<String, Node> nodesById = new HashMap<>();
    for (Node n : nodes) nodesById.putIfAbsent(n.id(), n);
    Map<String, Subgraph> subgraphsById = new HashMap<>();
    for (Subgraph s : subgraphs) subgraphsById.putIfAbsent(s.id(), s);
    return new Ids(nodesById, subgraphsById);
  }

  Optional<Node> findNode(String id) {
    return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
  }

  Optional<Subgraph> findSubgraph(String id) {
    return subgraphs.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** Nodes that are in no subgraph, in order. */
  List<Node> topLevelNodes() {
    Set<String> inside = new HashSet<>();
    subgraphs.forEach(s -> inside.addAll(s.nodeIds()));
    List<Node> out = new ArrayList<>();
    for (Node n : nodes) {
      if (!inside.contains(n.id())) {
        out.add(n);
      }
    }
    return out;
  }

  /** Subgraphs that are inside no other subgraph, in order. */
  List<Subgraph> topLevelSubgraphs() {
    Set<String> inside = new HashSet<>();
    subgraphs.forEach(s -> inside.addAll(s.subgraphIds()));
    return subgraphs.stream().filter(s -> !inside.contains(s.id())).toList();
  }

  /** The CSS declarations for a node: {@code classDef default}, its classes, then its style. */
  List<String> styleOf(Node node) {
    List<String> out = new ArrayList<>(classDefs.getOrDefault("default", List.of()));
    for (String c : node.classes()) {
      out.addAll(classDefs.getOrDefault(c, List.of()));
    }
    out.addAll(node.style());
    return out;
  }
}
