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
