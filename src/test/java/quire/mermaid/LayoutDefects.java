package quire.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.mermaid.LayoutGeometry.Box;
import quire.mermaid.LayoutGeometry.Item;
import quire.mermaid.LayoutGeometry.Point;
import quire.mermaid.LayoutGeometry.Route;

/**
 * The defects a reader sees in a drawn flowchart, counted the same way for quire's drawing and
 * mermaid.js's: pairs of crossing edges, an edge through a node that is not its end, an edge
 * through another edge's label, an edge through a cluster's title, overlapping labels (texts
 * over each other, or an edge label over a node), and text outside its shape; with the bends of
 * the routes and the drawing's area, which are not defects but say how plain a drawing is.
 */
record LayoutDefects(int crossings, int throughNode, int throughLabel, int throughTitle, int overlappingLabels,
    int textOutside, int bends, double area, List<String> found) {

  static final LayoutDefects NONE = new LayoutDefects(0, 0, 0, 0, 0, 0, 0, 0, List.of());

  /** All defects; bends and area are not defects. */
  int total() {
    return crossings + throughNode + throughLabel + throughTitle + overlappingLabels + textOutside;
  }

  LayoutDefects plus(LayoutDefects o) {
    List<String> all = new ArrayList<>(found);
    all.addAll(o.found);
    return new LayoutDefects(crossings + o.crossings, throughNode + o.throughNode, throughLabel + o.throughLabel,
        throughTitle + o.throughTitle, overlappingLabels + o.overlappingLabels, textOutside + o.textOutside,
        bends + o.bends, area + o.area, all);
  }

  /** A one-line summary. */
  String summary() {
    return String.format("%d defects: %d crossings, %d edges through nodes, %d through edge labels, %d through cluster titles,"
        + " %d overlapping labels, %d texts outside their shape; %d bends, %.1f Mpx\u00b2", total(), crossings, throughNode,
        throughLabel, throughTitle, overlappingLabels, textOutside, bends, area / 1e6);
  }

  /** The room allowed between a line and a box, or two boxes, before it counts (px). */
  private static final double MARGIN = 2;

  static LayoutDefects count(LayoutGeometry g) {
    List<String> found = new ArrayList<>();
    String at = g.name() + ": ";
    int crossings = 0;
    for (int i = 0; i < g.edges().size(); i++) {
      for (int j = i + 1; j < g.edges().size(); j++) {
        if (cross(g.edges().get(i).points(), g.edges().get(j).points())) {
          crossings++;
          found.add(at + "edges " + g.edges().get(i).id() + " and " + g.edges().get(j).id() + " cross");
        }
      }
    }
    int throughNode = 0;
    int throughLabel = 0;
    int throughTitle = 0;
    int bends = 0;
    for (Route r : g.edges()) {
      if (r.points().size() < 2) {
        continue;
      }
      bends += bends(r.points());
      Point first = r.points().get(0);
      Point last = r.points().get(r.points().size() - 1);
      for (Item n : g.nodes()) {
        if (!near(n.box(), first) && !near(n.box(), last) && through(r.points(), n.box().shrink(MARGIN))) {
          throughNode++;
          found.add(at + "edge " + r.id() + " through node " + n.id());
        }
      }
      for (Route o : g.edges()) {
        if (o != r && o.label().isPresent() && through(r.points(), o.label().get().shrink(MARGIN))) {
          throughLabel++;
          found.add(at + "edge " + r.id() + " through the label of " + o.id());
        }
      }
      for (Item c : g.clusters()) {
        if (c.label().isPresent() && through(r.points(), c.label().get().shrink(MARGIN))) {
          throughTitle++;
          found.add(at + "edge " + r.id() + " through the title of " + c.id());
        }
      }
    }
    List<Optional<Box>> texts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    g.nodes().forEach(n -> { texts.add(n.label()); names.add("node " + n.id()); });
    g.clusters().forEach(c -> { texts.add(c.label()); names.add("title of " + c.id()); });
    g.edges().forEach(e -> { texts.add(e.label()); names.add("label of " + e.id()); });
    int overlapping = 0;
    for (int i = 0; i < texts.size(); i++) {
      for (int j = i + 1; j < texts.size(); j++) {
        if (texts.get(i).isPresent() && texts.get(j).isPresent()
            && texts.get(i).get().shrink(MARGIN / 2).overlaps(texts.get(j).get().shrink(MARGIN / 2))) {
          overlapping++;
          found.add(at + names.get(i) + " overlaps " + names.get(j));
        }
      }
    }
    for (Route e : g.edges()) {
      for (Item n : g.nodes()) {
        if (e.label().isPresent() && e.label().get().shrink(MARGIN).overlaps(n.box().shrink(MARGIN))) {
          overlapping++;
          found.add(at + "label of " + e.id() + " over node " + n.id());
        }
      }
    }
    int outside = 0;
    for (Item n : g.nodes()) {
      if (n.label().isPresent() && !n.box().contains(n.label().get(), 1)) {
        outside++;
        found.add(at + "text of node " + n.id() + " outside its shape");
      }
    }
    for (Item c : g.clusters()) {
      if (c.label().isPresent() && !c.box().contains(c.label().get(), 1)) {
        outside++;
        found.add(at + "title of " + c.id() + " outside its box");
      }
    }
    return new LayoutDefects(crossings, throughNode, throughLabel, throughTitle, overlapping, outside, bends, area(g), found);
  }

  private static double area(LayoutGeometry g) {
    List<Point> pts = new ArrayList<>();
    for (Item i : g.nodes()) {
      pts.add(new Point(i.box().x(), i.box().y()));
      pts.add(new Point(i.box().right(), i.box().bottom()));
    }
    for (Item i : g.clusters()) {
      pts.add(new Point(i.box().x(), i.box().y()));
      pts.add(new Point(i.box().right(), i.box().bottom()));
    }
    g.edges().forEach(e -> pts.addAll(e.points()));
    if (pts.isEmpty()) {
      return 0;
    }
    Box b = LayoutGeometry.bounds(pts);
    return b.w() * b.h();
  }

  private static boolean near(Box b, Point p) {
    return p.x() >= b.x() - 4 && p.x() <= b.right() + 4 && p.y() >= b.y() - 4 && p.y() <= b.bottom() + 4;
  }

  /**
   * How much a route turns, in right angles (two for a jog around a corner, one for a quarter
   * turn), after dropping points less than 2 px off a straight line: a curve and a polyline that
   * turn as much count the same.
   */
  static int bends(List<Point> pts) {
    List<Point> s = simplify(pts, 2);
    double degrees = 0;
    for (int i = 1; i + 1 < s.size(); i++) {
      double a1 = Math.atan2(s.get(i).y() - s.get(i - 1).y(), s.get(i).x() - s.get(i - 1).x());
      double a2 = Math.atan2(s.get(i + 1).y() - s.get(i).y(), s.get(i + 1).x() - s.get(i).x());
      degrees += Math.abs(Math.toDegrees(Math.atan2(Math.sin(a2 - a1), Math.cos(a2 - a1))));
    }
    return (int) Math.round(degrees / 90);
  }

  private static List<Point> simplify(List<Point> pts, double epsilon) {
    if (pts.size() < 3) {
      return pts;
    }
    int index = -1;
    double most = 0;
    Point a = pts.get(0);
    Point b = pts.get(pts.size() - 1);
    for (int i = 1; i < pts.size() - 1; i++) {
      double d = distance(pts.get(i), a, b);
      if (d > most) {
        most = d;
        index = i;
      }
    }
    if (most <= epsilon) {
      return List.of(a, b);
    }
    List<Point> left = simplify(pts.subList(0, index + 1), epsilon);
    List<Point> right = simplify(pts.subList(index, pts.size()), epsilon);
    List<Point> out = new ArrayList<>(left.subList(0, left.size() - 1));
    out.addAll(right);
    return out;
  }

  private static double distance(Point p, Point a, Point b) {
    double dx = b.x() - a.x();
    double dy = b.y() - a.y();
    double len2 = dx * dx + dy * dy;
    double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2));
    return Math.hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
  }

  /** Whether two routes cross, away from their ends (edges that share a node meet there). */
  static boolean cross(List<Point> a, List<Point> b) {
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        Optional<Point> p = intersection(a.get(i), a.get(i + 1), b.get(j), b.get(j + 1));
        if (p.isPresent() && !nearEnd(p.get(), a) && !nearEnd(p.get(), b)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean nearEnd(Point p, List<Point> route) {
    Point f = route.get(0);
    Point l = route.get(route.size() - 1);
    return Math.hypot(p.x() - f.x(), p.y() - f.y()) < 8 || Math.hypot(p.x() - l.x(), p.y() - l.y()) < 8;
  }

  private static Optional<Point> intersection(Point p1, Point p2, Point p3, Point p4) {
    double d = (p2.x() - p1.x()) * (p4.y() - p3.y()) - (p2.y() - p1.y()) * (p4.x() - p3.x());
    if (Math.abs(d) < 1e-9) {
      return Optional.empty(); // parallel; overlapping runs are not counted as crossings
    }
    double t = ((p3.x() - p1.x()) * (p4.y() - p3.y()) - (p3.y() - p1.y()) * (p4.x() - p3.x())) / d;
    double u = ((p3.x() - p1.x()) * (p2.y() - p1.y()) - (p3.y() - p1.y()) * (p2.x() - p1.x())) / d;
    if (t < 0 || t > 1 || u < 0 || u > 1) {
      return Optional.empty();
    }
    return Optional.of(new Point(p1.x() + t * (p2.x() - p1.x()), p1.y() + t * (p2.y() - p1.y())));
  }

  /** Whether a route enters the box (Liang-Barsky clipping of each segment). */
  static boolean through(List<Point> pts, Box b) {
    if (b.isEmpty()) {
      return false;
    }
    for (int i = 0; i + 1 < pts.size(); i++) {
      if (segmentEnters(pts.get(i), pts.get(i + 1), b)) {
        return true;
      }
    }
    return false;
  }

  private static boolean segmentEnters(Point a, Point c, Box b) {
    double t0 = 0;
    double t1 = 1;
    double dx = c.x() - a.x();
    double dy = c.y() - a.y();
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {a.x() - b.x(), b.right() - a.x(), a.y() - b.y(), b.bottom() - a.y()};
    for (int k = 0; k < 4; k++) {
      if (p[k] == 0) {
        if (q[k] < 0) {
          return false;
        }
      } else {
        double r = q[k] / p[k];
        if (p[k] < 0) {
          t0 = Math.max(t0, r);
        } else {
          t1 = Math.min(t1, r);
        }
      }
    }
    return t0 < t1;
  }
}
