package quire.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sizes and outlines: how big a label's text is, how big each node shape must be to hold its
 * label, the outline polygon of a shape, and where an edge meets a shape that is not a rectangle.
 * All in px. Stateless; safe to share.
 */
final class NodeGeometry {
  static final double FONT_SIZE = 16;
  static final double LINE_HEIGHT = 24;
  static final double PAD_X = 16;
  static final double PAD_Y = 12;

  private NodeGeometry() {}

  record Size(double w, double h) {}

  /** The size of lines of label text at {@link #FONT_SIZE}. */
  static Size text(List<String> lines) {
    double w = 0;
    for (String line : lines) {
      w = Math.max(w, GlyphWidths.SANS.width(line, FONT_SIZE));
    }
    return new Size(Math.ceil(w), lines.size() * LINE_HEIGHT);
  }

  static Size edgeLabel(List<String> lines) {
    Size t = text(lines);
    return new Size(t.w() + 8, t.h() + 4);
  }

  /** The size of a node of {@code shape} holding {@code lines}. */
  static Size node(Shape shape, List<String> lines) {
    Size t = text(lines);
    double w = t.w() + 2 * PAD_X;
    double h = t.h() + 2 * PAD_Y;
    return switch (shape) {
      case RECT, ROUND -> new Size(w, h);
      case SUBROUTINE -> new Size(w + 16, h);
      case STADIUM -> new Size(w + h / 2, h);
      case CYLINDER -> new Size(w, h + 2 * cylinderCap(w));
      case CIRCLE -> {
        double d = Math.max(t.w(), t.h()) + 2 * PAD_X;
        yield new Size(d, d);
      }
      case DOUBLE_CIRCLE -> {
        double d = Math.max(t.w(), t.h()) + 2 * PAD_X + 10;
        yield new Size(d, d);
      }
      case ELLIPSE -> new Size(t.w() * 1.42 + 2 * PAD_X, t.h() * 1.42 + 2 * PAD_Y);
      case DIAMOND -> {
        double s = t.w() + t.h() + 2 * PAD_X;
        yield new Size(s, s);
      }
      case HEXAGON -> new Size(w + h / 2, h);
      case LEAN_RIGHT, LEAN_LEFT, TRAPEZOID, INV_TRAPEZOID -> new Size(w + h, h);
      case ODD -> new Size(w + h / 4, h);
    };
  }

  /** The height of a cylinder's elliptic cap for a cylinder {@code w} wide. */
  static double cylinderCap(double w) {
    return Math.min(12, w / 8);
  }

  /**
   * The outline of {@code shape} filling {@code box}, as a closed polygon (first point not
   * repeated). Curved shapes are approximated; the SVG draws them with real curves.
   */
  static List<Layout.Point> outline(Shape shape, Layout.Box b) {
    double x = b.x();
    double y = b.y();
    double w = b.w();
    double h = b.h();
    return switch (shape) {
      case DIAMOND -> pts(x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2);
      case HEXAGON -> pts(x + h / 4, y, x + w - h / 4, y, x + w, y + h / 2, x + w - h / 4, y + h, x + h / 4, y + h, x, y + h / 2);
      case LEAN_RIGHT -> pts(x + h / 2, y, x + w, y, x + w - h / 2, y + h, x, y + h);
      case LEAN_LEFT -> pts(x, y, x + w - h / 2, y, x + w, y + h, x + h / 2, y + h);
      case TRAPEZOID -> pts(x + h / 2, y, x + w - h / 2, y, x + w, y + h, x, y + h);
      case INV_TRAPEZOID -> pts(x, y, x + w, y, x + w - h / 2, y + h, x + h / 2, y + h);
      case ODD -> pts(x, y, x + w, y, x + w, y + h, x, y + h, x + h / 4, y + h / 2);
      case CIRCLE, DOUBLE_CIRCLE, ELLIPSE -> ellipse(b.cx(), b.cy(), w / 2, h / 2);
      default -> pts(x, y, x + w, y, x + w, y + h, x, y + h);
    };
  }

  private static List<Layout.Point> pts(double... xy) {
    List<Layout.Point> out = new ArrayList<>();
    for (int i = 0; i < xy.length; i += 2) {
      out.add(new Layout.Point(xy[i], xy[i + 1]));
    }
    return out;
  }

  private static List<Layout.Point> ellipse(double cx, double cy, double rx, double ry) {
    List<Layout.Point> out = new ArrayList<>();
    int n = 48;
    for (int i = 0; i < n; i++) {
      double a = 2 * Math.PI * i / n;
      // StrictMath: the same bits on every machine, so the SVG is byte-identical everywhere.
      out.add(new Layout.Point(cx + rx * StrictMath.cos(a), cy + ry * StrictMath.sin(a)));
    }
    return out;
  }

  private static boolean boxLike(Shape s) {
    return s == Shape.RECT || s == Shape.ROUND || s == Shape.SUBROUTINE || s == Shape.CYLINDER || s == Shape.STADIUM;
  }

  /**
   * Moves the route's first and last points from the node's box onto its outline, along the
   * first and last segments, for shapes that do not fill their box (diamonds, circles...).
   */
  static List<Layout.Point> clipEnds(List<Layout.Point> points, Optional<Node> from, Optional<Node> to,
      Map<String, Layout.Box> boxes) {
    if (points.size() < 2) {
      return points;
    }
    List<Layout.Point> out = new ArrayList<>(points);
    if (from.isPresent() && !boxLike(from.get().shape())) {
      out.set(0, meet(out.get(1), out.get(0), outline(from.get().shape(), boxes.get(from.get().id()))));
    }
    int last = out.size() - 1;
    if (to.isPresent() && !boxLike(to.get().shape())) {
      out.set(last, meet(out.get(last - 1), out.get(last), outline(to.get().shape(), boxes.get(to.get().id()))));
    }
    return out;
  }

  /**
   * Where the ray from {@code outside} through {@code onBox} (and on) first meets the polygon, or
   * {@code onBox} if it never does.
   */
  static Layout.Point meet(Layout.Point outside, Layout.Point onBox, List<Layout.Point> polygon) {
    double dx = onBox.x() - outside.x();
    double dy = onBox.y() - outside.y();
    double len = Math.hypot(dx, dy);
    if (len == 0) {
      return onBox;
    }
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < polygon.size(); i++) {
      Layout.Point a = polygon.get(i);
      Layout.Point b = polygon.get((i + 1) % polygon.size());
      double ex = b.x() - a.x();
      double ey = b.y() - a.y();
      double denom = dx * ey - dy * ex;
      if (Math.abs(denom) < 1e-12) {
        continue;
      }
      double t = ((a.x() - outside.x()) * ey - (a.y() - outside.y()) * ex) / denom;
      double u = ((a.x() - outside.x()) * dy - (a.y() - outside.y()) * dx) / denom;
      if (t >= 0 && u >= 0 && u <= 1 && t < best) {
        best = t;
      }
    }
    if (best == Double.POSITIVE_INFINITY) {
      return onBox;
    }
    return new Layout.Point(outside.x() + dx * best, outside.y() + dy * best);
  }
}
