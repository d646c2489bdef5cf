package quire.mermaid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.elk.alg.layered.options.GreedySwitchType;
import org.eclipse.elk.alg.layered.options.LayerConstraint;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.alg.layered.options.NodePlacementStrategy;
import org.eclipse.elk.alg.layered.options.OrderingStrategy;
import org.eclipse.elk.alg.layered.options.SelfLoopDistributionStrategy;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.math.KVector;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.options.PortConstraints;
import org.eclipse.elk.core.options.PortSide;
import org.eclipse.elk.core.options.SizeConstraint;
import org.eclipse.elk.core.util.NullElkProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkConnectableShape;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.ElkPort;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * Lays a {@link Flowchart} out with Eclipse ELK's layered algorithm: subgraphs are compound nodes
 * (edges may cross their borders), a subgraph keeps its own direction when no edge crosses its
 * border (as in mermaid), edges are routed orthogonally and their labels placed by ELK. An edge
 * beside a fan of edges into a subgraph may pass through that subgraph ({@link #passesThrough}); an
 * edge between a subgraph and its own content meets the subgraph's border ({@link Nesting}). Sizes
 * come from {@link NodeGeometry}. Stateless; safe to share between threads (each call builds its own
 * ELK graph).
 */
final class FlowchartLayout {
  static final double CLUSTER_PADDING = 16;
  static final double CLUSTER_TITLE_GAP = 8;

  /**
   * Lays out {@code chart}; the same chart always gives the same layout. One ELK run, which
   * prefers the written order of nodes within a layer where it crosses no more; where its edges
   * cross just past a node because they leave it in the wrong order ({@link PortOrder}), a second
   * run with those nodes' edges in the order they head off in, kept if it crosses less. Above
   * {@link #LARGE} nodes and edges, one run without the written order.
   */
  Layout layout(Flowchart chart) {
    Elk first = elk(chart, Map.of());
    if (crossingThoroughness(chart) != SMALL_THOROUGHNESS) {
      return first.layout(chart); // above LARGE, time goes before crossings, as in ELK's own options
    }
    List<PortOrder.Path> paths = first.paths(chart);
    int crossings = PortOrder.crossings(paths);
    if (crossings > 0) {
      Map<String, List<PortOrder.End>> order = PortOrder.uncrossed(paths, first.nodeBoxes(chart));
      if (!order.isEmpty()) {
        Elk second = elk(chart, order);
        if (PortOrder.crossings(second.paths(chart)) < crossings) {
          return second.layout(chart);
        }
      }
    }
    return first.layout(chart);
  }

  /**
   * An ELK graph of a chart, laid out: the ELK node of each node and subgraph by id, the title
   * node of each subgraph that has one, and per chart edge its ELK edge (null when an end is
   * missing) and the ELK edge that continues it from an invisible joining point (or null).
   */
  private record Elk(ElkNode root, Map<String, ElkNode> shapes, Map<String, ElkNode> titleNodes, List<ElkEdge> edges, List<ElkEdge> onwards) {
    Map<String, Layout.Box> nodeBoxes(Flowchart chart) {
      Map<String, Layout.Box> boxes = new LinkedHashMap<>();
      for (Node n : chart.nodes()) {
        boxes.put(n.id(), absolute(shapes.get(n.id())));
      }
      return boxes;
    }

    /** Each edge's route as ELK laid it, ends on its nodes' borders. */
    List<PortOrder.Path> paths(Flowchart chart) {
      List<PortOrder.Path> paths = new ArrayList<>();
      for (int i = 0; i < edges.size(); i++) {
        List<Layout.Point> points = new ArrayList<>();
        if (edges.get(i) != null) {
          addPoints(edges.get(i), points);
          if (onwards.get(i) != null) {
            addPoints(onwards.get(i), points);
          }
        }
        Edge e = chart.edges().get(i);
        paths.add(new PortOrder.Path(e.from(), e.to(), straightened(points)));
      }
      return paths;
    }

    Layout layout(Flowchart chart) {
      Flowchart.Ids ids = chart.byId();
      Map<String, Layout.Box> nodeBoxes = nodeBoxes(chart);
      Map<String, Layout.Box> clusterBoxes = new LinkedHashMap<>();
      for (Subgraph s : chart.subgraphs()) {
        ElkNode c = shapes.get(s.id());
        if (c != null) {
          clusterBoxes.put(s.id(), absolute(c));
        }
      }
      List<Layout.Route> routes = new ArrayList<>();
      for (int i = 0; i < edges.size(); i++) {
        routes.add(route(edges.get(i), onwards.get(i), ids, chart.edges().get(i), nodeBoxes));
      }
      Map<String, Layout.Box> titles = new LinkedHashMap<>();
      for (Subgraph sg : chart.subgraphs()) {
        Layout.Box box = clusterBoxes.get(sg.id());
        if (box != null && !sg.heading().isEmpty()) {
          ElkNode t = titleNodes.get(sg.id());
          titles.put(sg.id(), t != null ? absolute(t) : placeTitle(sg, box, routes, clusterBoxes, titles));
        }
      }
      return new Layout(root.getWidth(), root.getHeight(), nodeBoxes, clusterBoxes, titles, routes);
    }
  }

  /** Builds the ELK graph of {@code chart} and lays it out; the nodes of {@code portOrder} get their edges in that order. */
  private Elk elk(Flowchart chart, Map<String, List<PortOrder.End>> portOrder) {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(8));
    int thoroughness = crossingThoroughness(chart);
    commonOptions(root, chart.direction(), chart.config(), thoroughness);

    Map<String, ElkNode> shapes = new HashMap<>();
    Flowchart.Ids ids = chart.byId();
    Map<String, Set<String>> inside = descendants(chart);
    Nesting nesting = Nesting.of(chart, inside);
    Map<String, ElkNode> titleNodes = new HashMap<>();
    for (Subgraph s : chart.topLevelSubgraphs()) {
      addCluster(root, s, chart.direction(), chart, ids, shapes, titleNodes, nesting, thoroughness);
    }
    for (Node n : chart.topLevelNodes()) {
      addNode(root, n, chart, shapes);
    }

    List<ElkEdge> elkEdges = new ArrayList<>();
    List<ElkEdge> onwards = new ArrayList<>();
    Map<Integer, String> passes = passesThrough(chart, inside);
    for (int i = 0; i < chart.edges().size(); i++) {
      Edge e = chart.edges().get(i);
      ElkNode from = shapes.get(e.from());
      ElkNode to = shapes.get(e.to());
      onwards.add(null);
      if (from == null || to == null) {
        elkEdges.add(null);
        continue;
      }
      ElkConnectableShape source = end(from, portOrder.get(e.from()), i, true);
      ElkConnectableShape target = end(to, portOrder.get(e.to()), i, false);
      ElkNode joinIn = joinedInside(from, to, passes.get(i), shapes);
      if (joinIn != null) {
        ElkNode pass = ElkGraphUtil.createNode(joinIn);
        pass.setIdentifier(" pass " + i);
        pass.setDimensions(0, 0);
        onwards.set(i, ElkGraphUtil.createSimpleEdge(pass, target));
        target = pass;
      }
      if (from == to) {
        // A node's self-loops go on two opposite sides: stacked on one, a labelled loop ran
        // through the label of the loop inside it. (The option means nothing to other nodes.)
        from.setProperty(LayeredOptions.EDGE_ROUTING_SELF_LOOP_DISTRIBUTION, SelfLoopDistributionStrategy.NORTH_SOUTH);
      }
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(source, target);
      if (!e.text().isEmpty()) {
        NodeGeometry.Size size = NodeGeometry.edgeLabel(e.text(), NodeGeometry.fontSize(e.style()));
        ElkLabel label = ElkGraphUtil.createLabel(e.label(), edge);
        label.setDimensions(size.w(), size.h());
        label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
        label.setProperty(CoreOptions.EDGE_LABELS_INLINE, true);
      }
      elkEdges.add(edge);
    }

    new RecursiveGraphLayoutEngine().layout(root, new NullElkProgressMonitor());
    return new Elk(root, shapes, titleNodes, elkEdges, onwards);
  }

  /**
   * Where edge {@code edge}'s source or target end attaches: the node itself, or, for a node
   * whose edges have a fixed order, a port of its own on the side and at the place in that order.
   */
  private static ElkConnectableShape end(ElkNode node, List<PortOrder.End> order, int edge, boolean source) {
    if (order == null) {
      return node;
    }
    for (int k = 0; k < order.size(); k++) {
      PortOrder.End end = order.get(k);
      if (end.edge() == edge && end.source() == source) {
        node.setProperty(CoreOptions.PORT_CONSTRAINTS, PortConstraints.FIXED_ORDER);
        ElkPort port = ElkGraphUtil.createPort(node);
        port.setProperty(CoreOptions.PORT_SIDE, PortSide.valueOf(end.side().name()));
        port.setProperty(CoreOptions.PORT_INDEX, k);
        return port;
      }
    }
    return node;
  }

  /**
   * The subgraph an edge is drawn as two ELK edges joined at an invisible point in, or null for
   * one ELK edge. An edge between a subgraph and a node deeper inside it (inside a subgraph of
   * the subgraph) is joined at a point that is the subgraph's own child, which ELK reaches from
   * the subgraph's near side (on its own ELK starts such an edge on the far side of the box). An
   * edge through a subgraph ({@link #passesThrough}) is joined at a point that ELK orders among
   * that subgraph's nodes like any other.
   */
  private static ElkNode joinedInside(ElkNode from, ElkNode to, String through, Map<String, ElkNode> shapes) {
    ElkNode subgraph = isAncestor(from, to) ? from : isAncestor(to, from) ? to : null;
    if (subgraph != null) {
      return (subgraph == from ? to : from).getParent() == subgraph ? null : subgraph;
    }
    return through == null ? null : shapes.get(through);
  }

  /** Above this many nodes and edges, ELK's crossing minimisation makes fewer random restarts. */
  static final int LARGE = 100;

  private static final int SMALL_THOROUGHNESS = 7;

  /**
   * How many randomised crossing-minimisation runs ELK makes (it stops at the first without
   * crossings): its default of 7 up to {@link #LARGE} nodes and edges, where a run costs little
   * and each saves crossings; 3 above, where the runs are most of the layout time (a 100-node
   * flowchart: 25 ms with 7, 17 ms with 3).
   */
  static int crossingThoroughness(Flowchart chart) {
    return chart.nodes().size() + chart.edges().size() <= LARGE ? SMALL_THOROUGHNESS : 3;
  }

  private static void commonOptions(ElkNode graph, Direction direction, DiagramConfig config, int thoroughness) {
    graph.setProperty(CoreOptions.DIRECTION, elkDirection(direction));
    graph.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
    spacing(graph, config);
    // Measured on mermaid's documented examples, the fixtures and the use cases (LayoutQualityTest),
    // one layout with 7 random restarts, before edges passed through subgraphs: preferring the
    // written order of nodes draws 15 crossings, ignoring it 13 (but one more in the use cases),
    // keeping the order of nodes and edges 24; with one restart 32. Greedy switching after it
    // changes no count. With edges through subgraphs, 10. Only up to LARGE: ELK sorts each layer
    // by written order in time cubic in the layer's size, and a random chart at the size limit,
    // whose layers hold thousands of points of long edges, took more than ten minutes.
    OrderingStrategy order = thoroughness == SMALL_THOROUGHNESS ? OrderingStrategy.PREFER_NODES : OrderingStrategy.NONE;
    graph.setProperty(LayeredOptions.CONSIDER_MODEL_ORDER_STRATEGY, order);
    graph.setProperty(LayeredOptions.THOROUGHNESS, thoroughness);
    graph.setProperty(LayeredOptions.CROSSING_MINIMIZATION_GREEDY_SWITCH_TYPE, GreedySwitchType.OFF);
    graph.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, placement(thoroughness));
  }

  /**
   * The spaces between nodes, layers, edges and labels: mermaid's nodeSpacing and rankSpacing,
   * when the diagram sets them. ELK reads them from each graph it lays out, so a subgraph, whose
   * content is a graph of its own, gets them too: without them its content would be drawn closer
   * together than the rest, at ELK's defaults, whatever the diagram set.
   */
  private static void spacing(ElkNode graph, DiagramConfig config) {
    graph.setProperty(CoreOptions.SPACING_NODE_NODE, config.nodeSpacing().orElse(30.0));
    graph.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, config.rankSpacing().orElse(40.0));
    graph.setProperty(CoreOptions.SPACING_EDGE_NODE, 15.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 15.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_EDGE, 12.0);
    graph.setProperty(LayeredOptions.SPACING_EDGE_EDGE_BETWEEN_LAYERS, 12.0);
    graph.setProperty(CoreOptions.SPACING_EDGE_LABEL, 4.0);
  }

  /**
   * Network simplex node placement straightens more edges than Brandes-Koepf (LayoutQualityTest:
   * 370 right-angle bends to 405, with the same defects) but takes twice the time on a 100-node
   * chart, so it places the charts up to {@link #LARGE} nodes and edges.
   */
  private static NodePlacementStrategy placement(int thoroughness) {
    return thoroughness == SMALL_THOROUGHNESS ? NodePlacementStrategy.NETWORK_SIMPLEX : NodePlacementStrategy.BRANDES_KOEPF;
  }

  private static org.eclipse.elk.core.options.Direction elkDirection(Direction d) {
    return switch (d) {
      case TB -> org.eclipse.elk.core.options.Direction.DOWN;
      case BT -> org.eclipse.elk.core.options.Direction.UP;
      case LR -> org.eclipse.elk.core.options.Direction.RIGHT;
      case RL -> org.eclipse.elk.core.options.Direction.LEFT;
    };
  }

  /**
   * Adds a subgraph as a compound node. {@code flow} is the direction its content flows in unless
   * it sets its own. In a vertical flow edges enter a subgraph through its top, so its title is
   * a node of its own in the top layer, which edges route around; in a horizontal flow the title
   * has a band at the top (see {@link #placeTitle}).
   */
  private void addCluster(ElkNode parent, Subgraph s, Direction flow, Flowchart chart, Flowchart.Ids ids, Map<String, ElkNode> shapes,
      Map<String, ElkNode> titleNodes, Nesting nesting, int thoroughness) {
    ElkNode c = ElkGraphUtil.createNode(parent);
    c.setIdentifier(s.id());
    shapes.put(s.id(), c);
    NodeGeometry.Size title = NodeGeometry.text(s.heading(), NodeGeometry.fontSize(s.style()));
    Direction own = flow;
    if (s.direction().isPresent() && apart(chart, s.id(), nesting.inside())) {
      // mermaid honours a subgraph's direction only when no edge crosses its border.
      c.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.SEPARATE_CHILDREN);
      c.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
      commonOptions(c, s.direction().get(), chart.config(), thoroughness);
      own = s.direction().get();
    }
    // ELK places a subgraph's content with the subgraph's own options, not the diagram's.
    c.setProperty(LayeredOptions.NODE_PLACEMENT_STRATEGY, placement(thoroughness));
    spacing(c, chart.config());
    boolean vertical = own == Direction.TB || own == Direction.BT;
    double top = s.heading().isEmpty() ? CLUSTER_PADDING
        : vertical ? CLUSTER_PADDING / 2 : CLUSTER_PADDING / 2 + title.h() + CLUSTER_TITLE_GAP;
    c.setProperty(CoreOptions.PADDING, nesting.padding(s.id(), own, new ElkPadding(top, CLUSTER_PADDING, CLUSTER_PADDING, CLUSTER_PADDING)));
    c.setProperty(CoreOptions.NODE_SIZE_CONSTRAINTS, EnumSet.of(SizeConstraint.MINIMUM_SIZE));
    c.setProperty(CoreOptions.NODE_SIZE_MINIMUM, new KVector(title.w() + 2 * CLUSTER_PADDING, top + CLUSTER_PADDING));
    if (vertical && !s.heading().isEmpty()) {
      ElkNode t = ElkGraphUtil.createNode(c);
      t.setIdentifier(" title " + s.id());
      t.setDimensions(title.w(), title.h());
      t.setProperty(LayeredOptions.LAYERING_LAYER_CONSTRAINT, own == Direction.TB ? LayerConstraint.FIRST : LayerConstraint.LAST);
      titleNodes.put(s.id(), t);
    }
    for (String childId : s.subgraphIds()) {
      Direction inner = own;
      Subgraph child = ids.subgraphs().get(childId);
      if (child != null) {
        addCluster(c, child, inner, chart, ids, shapes, titleNodes, nesting, thoroughness);
      }
    }
    for (String nodeId : s.nodeIds()) {
      Node n = ids.nodes().get(nodeId);
      if (n != null) {
        addNode(c, n, chart, shapes);
      }
    }
  }

  /**
   * Where a subgraph's title goes in the band the layout left for it at the top of its box: the
   * place nearest the middle that no edge (or edge label, or inner box) crosses, so that edges
   * never run through a title; the middle when there is no such place.
   */
  private static Layout.Box placeTitle(Subgraph s, Layout.Box box, List<Layout.Route> routes, Map<String, Layout.Box> clusters,
      Map<String, Layout.Box> placed) {
    NodeGeometry.Size size = NodeGeometry.text(s.heading(), NodeGeometry.fontSize(s.style()));
    double top = box.y() + CLUSTER_PADDING / 2;
    double bottom = top + size.h();
    List<double[]> blocked = new ArrayList<>();
    double gap = 4;
    for (Layout.Route r : routes) {
      List<Layout.Point> pts = r.points();
      for (int i = 0; i + 1 < pts.size(); i++) {
        Layout.Point a = pts.get(i);
        Layout.Point b = pts.get(i + 1);
        if (Math.max(a.y(), b.y()) >= top - gap && Math.min(a.y(), b.y()) <= bottom + gap) {
          blocked.add(new double[] {Math.min(a.x(), b.x()) - gap, Math.max(a.x(), b.x()) + gap});
        }
      }
      r.label().ifPresent(l -> block(l, top, bottom, gap, blocked));
    }
    clusters.forEach((id, c) -> {
      if (!id.equals(s.id()) && c.x() > box.x() && c.right() < box.right() + 0.5) {
        block(c, top, bottom, gap, blocked);
      }
    });
    placed.values().forEach(t -> block(t, top, bottom, gap, blocked));
    double min = box.x() + CLUSTER_PADDING / 2;
    double max = box.right() - CLUSTER_PADDING / 2 - size.w();
    double middle = box.cx() - size.w() / 2;
    List<Double> candidates = new ArrayList<>();
    candidates.add(middle);
    for (double[] b : blocked) {
      candidates.add(b[1]);
      candidates.add(b[0] - size.w());
    }
    candidates.add(min);
    candidates.add(max);
    double best = middle;
    double bestDistance = Double.MAX_VALUE;
    for (double x : candidates) {
      if (x < min - 0.01 || x > max + 0.01) {
        continue;
      }
      boolean free = true;
      for (double[] b : blocked) {
        if (x < b[1] && x + size.w() > b[0]) {
          free = false;
          break;
        }
      }
      if (free && Math.abs(x - middle) < bestDistance) {
        best = x;
        bestDistance = Math.abs(x - middle);
      }
    }
    return new Layout.Box(best, top, size.w(), size.h());
  }

  private static void block(Layout.Box b, double top, double bottom, double gap, List<double[]> blocked) {
    if (b.bottom() >= top - gap && b.y() <= bottom + gap) {
      blocked.add(new double[] {b.x() - gap, b.right() + gap});
    }
  }

  private static void addNode(ElkNode parent, Node n, Flowchart chart, Map<String, ElkNode> shapes) {
    ElkNode e = ElkGraphUtil.createNode(parent);
    e.setIdentifier(n.id());
    NodeGeometry.Size size = NodeGeometry.node(n.shape(), n.text(), NodeGeometry.fontSize(chart.styleOf(n)), chart.direction());
    e.setDimensions(size.w(), size.h());
    shapes.put(n.id(), e);
  }

  /** The room an edge between a subgraph's border and the subgraph's content adds on that side. */
  static final double BORDER_EDGE_GAP = 24;

  /**
   * What is inside each subgraph ({@link #descendants}), and which subgraphs have an edge to
   * something inside them ({@code entered}) or an edge from something inside them ({@code left}).
   * ELK draws such an edge from the subgraph's border on the side the flow comes from, or to the
   * border on the side it goes to, and leaves only the subgraph's padding between that border and
   * the nearest layer inside; {@link #padding} widens it there so the edge shows as an arrow.
   */
  record Nesting(Map<String, Set<String>> inside, Set<String> entered, Set<String> left) {
    static Nesting of(Flowchart chart, Map<String, Set<String>> inside) {
      Set<String> entered = new HashSet<>();
      Set<String> left = new HashSet<>();
      for (Edge e : chart.edges()) {
        if (inside.getOrDefault(e.from(), Set.of()).contains(e.to())) {
          entered.add(e.from());
        }
        if (inside.getOrDefault(e.to(), Set.of()).contains(e.from())) {
          left.add(e.to());
        }
      }
      return new Nesting(inside, entered, left);
    }

    /** {@code base} with {@link #BORDER_EDGE_GAP} added where an edge meets subgraph {@code id}'s border. */
    ElkPadding padding(String id, Direction flow, ElkPadding base) {
      if (entered.contains(id)) {
        widen(base, flow, BORDER_EDGE_GAP, 0);
      }
      if (left.contains(id)) {
        widen(base, flow, 0, BORDER_EDGE_GAP);
      }
      return base;
    }

    private static void widen(ElkPadding p, Direction flow, double start, double end) {
      switch (flow) {
        case TB -> {
          p.top += start;
          p.bottom += end;
        }
        case BT -> {
          p.bottom += start;
          p.top += end;
        }
        case LR -> {
          p.left += start;
          p.right += end;
        }
        case RL -> {
          p.right += start;
          p.left += end;
        }
      }
    }
  }

  /** The nodes and subgraphs inside each subgraph, at any depth, by subgraph id. */
  static Map<String, Set<String>> descendants(Flowchart chart) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Subgraph s : chart.subgraphs()) {
      collect(chart, s, out);
    }
    return out;
  }

  private static Set<String> collect(Flowchart chart, Subgraph s, Map<String, Set<String>> out) {
    Set<String> done = out.get(s.id());
    if (done != null) {
      return done;
    }
    Set<String> all = new HashSet<>(s.nodeIds());
    out.put(s.id(), all);
    for (String c : s.subgraphIds()) {
      all.add(c);
      chart.findSubgraph(c).ifPresent(child -> all.addAll(collect(chart, child, out)));
    }
    return all;
  }

  /**
   * Whether a subgraph can be laid out apart, in a direction of its own: no edge crosses its
   * border, nor the border of a subgraph inside it. ELK lays out the content of a subgraph laid
   * out apart apart too, and routes no edge into such content, so an edge there would not be
   * drawn at all; mermaid then keeps the subgraph's direction, quire the diagram's.
   */
  private static boolean apart(Flowchart chart, String id, Map<String, Set<String>> inside) {
    Set<String> own = inside.get(id);
    if (crossesBorder(chart, own)) {
      return false;
    }
    for (String member : own) {
      Set<String> nested = inside.get(member);
      if (nested != null && crossesBorder(chart, nested)) {
        return false;
      }
    }
    return true;
  }

  private static boolean crossesBorder(Flowchart chart, Set<String> inside) {
    for (Edge e : chart.edges()) {
      if (inside.contains(e.from()) != inside.contains(e.to())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(ElkNode maybeAncestor, ElkNode node) {
    for (ElkNode p = node.getParent(); p != null; p = p.getParent()) {
      if (p == maybeAncestor) {
        return true;
      }
    }
    return false;
  }

  private static Layout.Box absolute(ElkNode n) {
    KVector o = offset(n.getParent());
    return new Layout.Box(o.x + n.getX(), o.y + n.getY(), n.getWidth(), n.getHeight());
  }

  /** The absolute position of {@code n}'s own coordinate system (its top left corner). */
  private static KVector offset(ElkNode n) {
    KVector v = new KVector();
    for (ElkNode p = n; p != null && p.getParent() != null; p = p.getParent()) {
      v.x += p.getX();
      v.y += p.getY();
    }
    return v;
  }

  private static Layout.Route route(ElkEdge edge, ElkEdge onward, Flowchart.Ids ids, Edge e, Map<String, Layout.Box> nodeBoxes) {
    if (edge == null || edge.getSections().isEmpty()) {
      return new Layout.Route(List.of(), Optional.empty());
    }
    KVector o = offset(edge.getContainingNode());
    List<Layout.Point> points = new ArrayList<>();
    addPoints(edge, points);
    if (onward != null) {
      addPoints(onward, points);
      points = straightened(points);
    }
    Optional<Layout.Box> label = Optional.empty();
    if (!edge.getLabels().isEmpty()) {
      ElkLabel l = edge.getLabels().get(0);
      label = Optional.of(new Layout.Box(o.x + l.getX(), o.y + l.getY(), l.getWidth(), l.getHeight()));
    }
    points = NodeGeometry.clipEnds(points, Optional.ofNullable(ids.nodes().get(e.from())), Optional.ofNullable(ids.nodes().get(e.to())), nodeBoxes);
    return new Layout.Route(points, label);
  }

  /** {@code points} without repeated points and without points in the middle of a straight run. */
  static List<Layout.Point> straightened(List<Layout.Point> points) {
    List<Layout.Point> out = new ArrayList<>();
    for (Layout.Point p : points) {
      if (!out.isEmpty() && near(out.get(out.size() - 1), p)) {
        continue;
      }
      if (out.size() >= 2 && inLine(out.get(out.size() - 2), out.get(out.size() - 1), p)) {
        out.remove(out.size() - 1);
      }
      out.add(p);
    }
    return out;
  }

  private static boolean near(Layout.Point a, Layout.Point b) {
    return Math.abs(a.x() - b.x()) < 0.01 && Math.abs(a.y() - b.y()) < 0.01;
  }

  private static boolean inLine(Layout.Point a, Layout.Point b, Layout.Point c) {
    return (Math.abs(a.x() - b.x()) < 0.01 && Math.abs(b.x() - c.x()) < 0.01)
        || (Math.abs(a.y() - b.y()) < 0.01 && Math.abs(b.y() - c.y()) < 0.01);
  }

  private static void addPoints(ElkEdge edge, List<Layout.Point> points) {
    if (edge.getSections().isEmpty()) {
      return;
    }
    KVector o = offset(edge.getContainingNode());
    ElkEdgeSection s = edge.getSections().get(0);
    points.add(new Layout.Point(o.x + s.getStartX(), o.y + s.getStartY()));
    for (ElkBendPoint b : s.getBendPoints()) {
      points.add(new Layout.Point(o.x + b.getX(), o.y + b.getY()));
    }
    points.add(new Layout.Point(o.x + s.getEndX(), o.y + s.getEndY()));
  }

  /**
   * Edges drawn through a subgraph they have no end in, by edge index. A node whose edges all go
   * into one subgraph (to two or more of its nodes) but one, an unlabelled edge to a node
   * downstream of that subgraph, has that edge drawn through the subgraph, between the others,
   * instead of around it: around it, it must cross whatever enters the subgraph from that side.
   * The innermost such subgraph; never one with a direction of its own.
   */
  static Map<Integer, String> passesThrough(Flowchart chart, Map<String, Set<String>> inside) {
    Map<String, Set<String>> next = new HashMap<>();
    for (Edge e : chart.edges()) {
      next.computeIfAbsent(e.from(), k -> new HashSet<>()).add(e.to());
    }
    Map<String, Set<String>> downstream = new HashMap<>();
    Map<Integer, String> out = new HashMap<>();
    for (int i = 0; i < chart.edges().size(); i++) {
      Edge e = chart.edges().get(i);
      if (!e.text().isEmpty() || e.from().equals(e.to()) || inside.containsKey(e.from()) || inside.containsKey(e.to())) {
        continue;
      }
      String best = null;
      for (Subgraph s : chart.subgraphs()) {
        Set<String> in = inside.get(s.id());
        if (s.direction().isPresent() || in.contains(e.from()) || in.contains(e.to())) {
          continue;
        }
        int fed = 0;
        for (String target : next.get(e.from())) {
          fed += in.contains(target) ? 1 : 0;
        }
        if (fed >= 2 && fed == next.get(e.from()).size() - 1 && downstream.computeIfAbsent(s.id(), k -> reachable(in, next)).contains(e.to())
            && (best == null || inside.get(best).containsAll(in))) {
          best = s.id();
        }
      }
      if (best != null) {
        out.put(i, best);
      }
    }
    return out;
  }

  /** The nodes outside {@code from} that its nodes lead to, following edges forwards. */
  private static Set<String> reachable(Set<String> from, Map<String, Set<String>> next) {
    ArrayDeque<String> todo = new ArrayDeque<>(from);
    Set<String> seen = new HashSet<>(from);
    Set<String> out = new HashSet<>();
    while (!todo.isEmpty()) {
      for (String n : next.getOrDefault(todo.poll(), Set.of())) {
        if (seen.add(n)) {
          out.add(n);
          todo.add(n);
        }
      }
    }
    return out;
  }
}
