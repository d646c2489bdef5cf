package quire.mermaid;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where everything of a flowchart goes, in px, absolute (origin at the top left of the drawing):
 * a box per node and per subgraph (by id), a box per subgraph title, a route per edge (same order as {@link
 * Flowchart#edges()}), and the drawing's size. Immutable.
 */
record Layout(double width, double height, Map<String, Box> nodes, Map<String, Box> clusters, Map<String, Box> titles,
    List<Route> edges) {
  Layout {
    nodes = Map.copyOf(nodes);
    clusters = Map.copyOf(clusters);
    titles = Map.copyOf(titles);
    edges = List.copyOf(edges);
  }

  /** How many pairs of edges cross (away from their ends, where edges sharing a node meet). */
  int crossings() {
    int n = 0;
    for (int i = 0; i < edges.size(); i++) {
      for (int j = i + 1; j < edges.size(); j++) {
        if (cross(edges.get(i).points(), edges.get(j).points())) {
          n++;
        }
      }
    }
    return n;
  }

  private static boolean cross(List<Point> a, List<Point> b) {
    for (int i = 0; i + 1 < a.size(); i++) {
      for (int j = 0; j + 1 < b.size(); j++) {
        Point p1 = a.get(i);
        Point p2 = a.get(i + 1);
        Point p3 = b.get(j);
        Point p4 = b.get(j + 1);
        double d = (p2.x() - p1.x()) * (p4.y() - p3.y()) - (p2.y() - p1.y()) * (p4.x() - p3.x());
        if (Math.abs(d) < 1e-9) {
          continue;
        }
        double t = ((p3.x() - p1.x()) * (p4.y() - p3.y()) - (p3.y() - p1.y()) * (p4.x() - p3.x())) / d;
        double u = ((p3.x() - p1.x()) * (p2.y() - p1.y()) - (p3.y() - p1.y()) * (p2.x() - p1.x())) / d;
        if (t >= 0 && t <= 1 && u >= 0 && u <= 1) {
          Point p = new Point(p1.x() + t * (p2.x() - p1.x()), p1.y() + t * (p2.y() - p1.y()));
          if (!nearEnd(p, a) && !nearEnd(p, b)) {
            return true;
          }
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

  /** An axis-aligned box: top-left corner, width and height. */
  record Box(double x, double y, double w, double h) {
    double cx() {
      return x + w / 2;
    }

    double cy() {
      return y + h / 2;
    }

    double right() {
      return x + w;
    }

    double bottom() {
      return y + h;
    }
  }

  record Point(double x, double y) {}

  /** An edge's polyline from source to target, and its label's box if it has a label. */
  record Route(List<Point> points, Optional<Box> label) {
    Route {
      points = List.copyOf(points);
    }
  }
}
