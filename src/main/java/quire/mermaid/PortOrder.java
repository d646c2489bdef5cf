package quire.mermaid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order a node's edges should leave its sides in, read from a layout whose edges cross next to
 * the node. ELK orders the edges of a node after the places they go to, but when they go into a
 * subgraph that keeps its nodes in the written order, the subgraph's nodes can end up in the other
 * order, and the edges cross just past the node (a node linked to two nodes of a subgraph: {@code A
 * --> B & C}). {@link FlowchartLayout} then lays the chart out again with the edges of such nodes
 * fixed in the order found here, and keeps whichever layout crosses less.
 *
 * <p>Works on ELK's own orthogonal routes (absolute, one per edge, unclipped), so every route
 * starts and ends on its node's border.
 */
final class PortOrder {
  private PortOrder() {}

  /** A node's side, in the clockwise order ELK numbers ports in (starting at the top left). */
  enum Side {
    NORTH, EAST, SOUTH, WEST
  }

  /**
   * One end of an edge at a node: edge {@code edge}'s source end or target end, on {@code side},
   * leaving at {@code leaves} along that side and heading to {@code toward} once it has left the
   * node.
   */
  record End(int edge, boolean source, Side side, double leaves, double toward) {}

  /** An edge's route and the nodes it joins (ids; null for an edge ELK did not lay out). */
  record Path(String from, String to, List<Layout.Point> points) {}

  private static final double EPSILON = 0.5;

  /** How many times two routes cross (at a right angle, away from both routes' ends). */
  static int crossings(List<Path> paths) {
    int count = 0;
    for (int a = 0; a < paths.size(); a++) {
      for (int b = a + 1; b < paths.size(); b++) {
        count += crossings(paths.get(a).points(), paths.get(b).points());
      }
    }
    return count;
  }

  private static int crossings(List<Layout.Point> a, List<Layout.Point> b) {
    int count = 0;
    for (int i = 1; i < a.size(); i++) {
      for (int j = 1; j < b.size(); j++) {
        if (cross(a.get(i - 1), a.get(i), b.get(j - 1), b.get(j))) {
          count++;
        }
      }
    }
    return count;
  }

  /** Whether a horizontal and a vertical segment cross, each strictly inside the other. */
  private static boolean cross(Layout.Point a1, Layout.Point a2, Layout.Point b1, Layout.Point b2) {
    boolean aFlat = Math.abs(a1.y() - a2.y()) < EPSILON;
    boolean bFlat = Math.abs(b1.y() - b2.y()) < EPSILON;
    if (aFlat == bFlat) {
      return false;
    }
    Layout.Point h1 = aFlat ? a1 : b1, h2 = aFlat ? a2 : b2, v1 = aFlat ? b1 : a1, v2 = aFlat ? b2 : a2;
    return Math.abs(v1.x() - v2.x()) < EPSILON && strictlyBetween(v1.x(), h1.x(), h2.x()) && strictlyBetween(h1.y(), v1.y(), v2.y());
  }

  private static boolean strictlyBetween(double v, double a, double b) {
    return v > Math.min(a, b) + EPSILON && v < Math.max(a, b) - EPSILON;
  }

  /**
   * For each node (of {@code nodes}, by id) with two edges on one side that leave it in the
   * opposite order to the one they head off in and cross at the first turn, all the node's edge
   * ends in the clockwise order they should have; empty when no node has such edges. A node with
   * an edge to itself, or an edge at a corner, is left as ELK placed it.
   */
  static Map<String, List<End>> uncrossed(List<Path> paths, Map<String, Layout.Box> nodes) {
    Map<String, List<End>> ends = new HashMap<>();
    Set<String> looped = new HashSet<>();
    for (int i = 0; i < paths.size(); i++) {
      Path p = paths.get(i);
      if (p.points().size() < 2) {
        continue;
      }
      if (p.from().equals(p.to())) {
        looped.add(p.from());
        continue;
      }
      addEnd(ends, nodes, i, true, p.from(), p.points());
      addEnd(ends, nodes, i, false, p.to(), reversed(p.points()));
    }
    Map<String, List<End>> out = new HashMap<>();
    ends.forEach((node, list) -> {
      if (!looped.contains(node) && list.stream().noneMatch(e -> e.side() == null) && crossed(list, paths)) {
        List<End> sorted = new ArrayList<>(list);
        sorted.sort(Comparator.comparing(End::side).thenComparingDouble((End e) -> clockwise(e.side(), e.toward()))
            .thenComparingDouble(e -> clockwise(e.side(), e.leaves())));
        out.put(node, List.copyOf(sorted));
      }
    });
    return out;
  }

  private static void addEnd(Map<String, List<End>> ends, Map<String, Layout.Box> nodes, int edge, boolean source, String node,
      List<Layout.Point> fromNode) {
    Layout.Box box = nodes.get(node);
    if (box == null) {
      return; // a subgraph: ELK places the ends on its border itself
    }
    Side side = side(box, fromNode.get(0));
    End end = side == null ? new End(edge, source, null, 0, 0) : new End(edge, source, side, at(side, fromNode.get(0)), toward(side, fromNode));
    ends.computeIfAbsent(node, k -> new ArrayList<>()).add(end);
  }

  /** The side of {@code box} that {@code p} is on, or null when it is on none (or a corner). */
  private static Side side(Layout.Box box, Layout.Point p) {
    boolean alongX = p.x() > box.x() + EPSILON && p.x() < box.right() - EPSILON;
    boolean alongY = p.y() > box.y() + EPSILON && p.y() < box.bottom() - EPSILON;
    if (alongX && Math.abs(p.y() - box.y()) < EPSILON) return Side.NORTH;
    if (alongX && Math.abs(p.y() - box.bottom()) < EPSILON) return Side.SOUTH;
    if (alongY && Math.abs(p.x() - box.x()) < EPSILON) return Side.WEST;
    if (alongY && Math.abs(p.x() - box.right()) < EPSILON) return Side.EAST;
    return null;
  }

  /**
   * Where along its side a route heads: for one that turns after leaving the node, where its
   * first turn takes it (the far end of the segment after the turn); for a straight one, where
   * it leaves.
   */
  private static double toward(Side side, List<Layout.Point> fromNode) {
    return at(side, fromNode.size() > 2 ? fromNode.get(2) : fromNode.get(0));
  }

  /** Where along a side a point is (x on the top and bottom, y on the left and right). */
  private static double at(Side side, Layout.Point p) {
    return side == Side.NORTH || side == Side.SOUTH ? p.x() : p.y();
  }

  /** The position along a side in ELK's clockwise port order: left to right on top, and so on. */
  private static double clockwise(Side side, double along) {
    return side == Side.NORTH || side == Side.EAST ? along : -along;
  }

  /**
   * Whether two of the ends on one side leave in one order and head off in the other, so that
   * one's first turn crosses the other's way out of the node.
   */
  private static boolean crossed(List<End> ends, List<Path> paths) {
    for (int a = 0; a < ends.size(); a++) {
      for (int b = a + 1; b < ends.size(); b++) {
        End x = ends.get(a), y = ends.get(b);
        if (x.side() == y.side() && (x.leaves() - y.leaves()) * (x.toward() - y.toward()) < 0) {
          List<Layout.Point> u = fromNode(paths.get(x.edge()), x.source()), v = fromNode(paths.get(y.edge()), y.source());
          if (turnCrosses(u, v) || turnCrosses(v, u)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether the segment after {@code turning}'s first turn crosses {@code other}'s first segment. */
  private static boolean turnCrosses(List<Layout.Point> turning, List<Layout.Point> other) {
    return turning.size() > 2 && cross(turning.get(1), turning.get(2), other.get(0), other.get(1));
  }

  /** A path's points from the given end. */
  private static List<Layout.Point> fromNode(Path p, boolean source) {
    return source ? p.points() : reversed(p.points());
  }

  private static List<Layout.Point> reversed(List<Layout.Point> points) {
    List<Layout.Point> r = new ArrayList<>(points);
    Collections.reverse(r);
    return r;
  }
}
