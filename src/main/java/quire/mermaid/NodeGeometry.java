package quire.mermaid;

import java.util.ArrayList;
import java.util.Collections;
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
  static final double IMAGE_GAP = 6;
  /**
   * The room between an icon and the sides of its square or rounded form: half of a flowchart
   * node's padding in mermaid (15 px).
   */
  static final double ICON_FORM_INSET = 7.5;
  /** The room mermaid leaves between an icon's corners and its circle form. */
  static final double ICON_CIRCLE_INSET = 20;
  /** The gap between an icon's form and the label beside it, as mermaid leaves it. */
  static final double ICON_FORM_GAP = 8;

  private NodeGeometry() {}

  record Size(double w, double h) {}

  private static final java.util.regex.Pattern FONT_SIZE_DECLARATION =
      java.util.regex.Pattern.compile("font-size\\s*:\\s*([0-9.]+)\\s*(px|pt|em|rem)?\\s*");

  /**
   * The font size in px that CSS declarations ({@code classDef}, {@code style}) ask for, 16 when
   * they ask for none; kept between 8 and 72 px.
   */
  static double fontSize(List<String> declarations) {
    double size = FONT_SIZE;
    for (String d : declarations) {
      java.util.regex.Matcher m = FONT_SIZE_DECLARATION.matcher(d);
      if (m.matches()) {
        try {
          double v = Double.parseDouble(m.group(1));
          String unit = m.group(2) == null ? "px" : m.group(2);
          size = switch (unit) {
            case "pt" -> v * 4 / 3;
            case "em", "rem" -> v * FONT_SIZE;
            default -> v;
          };
        } catch (NumberFormatException e) {
          // not a number: keep the size before it
        }
      }
    }
    return Math.max(8, Math.min(72, size));
  }

  /** The line height for text of {@code fontSize} px. */
  static double lineHeight(double fontSize) {
    return fontSize * LINE_HEIGHT / FONT_SIZE;
  }

  /** The width in px of one line of runs at {@code fontSize}; an icon takes one em. */
  static double width(List<Label.Run> line, double fontSize) {
    double w = 0;
    for (Label.Run r : line) {
      w += r.icon() ? fontSize
          : r.code() ? GlyphWidths.monospaceWidth(r.text(), fontSize)
          : (r.bold() ? GlyphWidths.SANS_BOLD : GlyphWidths.SANS).width(r.text(), fontSize);
    }
    return w;
  }

  /**
   * The size of an image in a label: as given, else a square of the other side, else 64 px; for
   * an icon on a form, the form's ({@link #iconForm}).
   */
  static Size image(Label.Image image) {
    if (image.form() != Label.IconForm.NONE) {
      double side = iconForm(image.form(), image.width());
      return new Size(side, side);
    }
    double w = image.width();
    double h = image.height();
    if (w <= 0 && h <= 0) {
      return new Size(64, 64);
    }
    return new Size(w > 0 ? w : h, h > 0 ? h : w);
  }

  /**
   * The side of the form behind an icon {@code iconSize} px square, as mermaid sizes it: a square
   * with the inset on each side, or a circle through the icon's corners with the circle's inset
   * beyond them (its diameter); the icon's own side for none.
   */
  static double iconForm(Label.IconForm form, double iconSize) {
    return switch (form) {
      case NONE -> iconSize;
      case SQUARE, ROUNDED -> iconSize + 2 * ICON_FORM_INSET;
      case CIRCLE -> iconSize * Math.sqrt(2) + 2 * ICON_CIRCLE_INSET;
    };
  }

  /** The gap between a label's image and its text (when it has text). */
  static double imageGap(Label.Image image) {
    return image.form() != Label.IconForm.NONE ? ICON_FORM_GAP : IMAGE_GAP;
  }

  /**
   * How far below a label's top its image starts, in px: 0, or the height of its lines and the
   * gap when the text goes above the image ({@link Label.TextSide#ABOVE}).
   */
  static double imageOffset(Label label, double fontSize) {
    Optional<Label.Image> image = label.image();
    if (image.isEmpty() || image.get().textSide() == Label.TextSide.BELOW || label.lines().isEmpty()) {
      return 0;
    }
    return label.lines().size() * lineHeight(fontSize) + imageGap(image.get());
  }

  /**
   * How far below a label's top its first line starts, in px: the height of its image and the
   * gap, or 0 when the label has no image or its text goes above the image.
   */
  static double linesOffset(Label label) {
    Optional<Label.Image> image = label.image();
    if (image.isEmpty() || image.get().textSide() == Label.TextSide.ABOVE) {
      return 0;
    }
    return image(image.get()).h() + imageGap(image.get());
  }

  /** The size of a label's text and image, one above the other, at {@code fontSize}. */
  static Size text(Label label, double fontSize) {
    double w = 0;
    for (List<Label.Run> line : label.lines()) {
      w = Math.max(w, width(line, fontSize));
    }
    if (label.image().isPresent()) {
      w = Math.max(w, image(label.image().get()).w());
    }
    return new Size(Math.ceil(w), textHeight(label, fontSize));
  }

  /** The height of a label's text (and image) at {@code fontSize}: {@link #text}'s, without measuring widths. */
  static double textHeight(Label label, double fontSize) {
    double h = label.lines().size() * lineHeight(fontSize);
    if (label.image().isPresent()) {
      h += image(label.image().get()).h() + (label.lines().isEmpty() ? 0 : imageGap(label.image().get()));
    }
    return h;
  }

  static Size text(Label label) {
    return text(label, FONT_SIZE);
  }

  static Size edgeLabel(Label label, double fontSize) {
    Size t = text(label, fontSize);
    return new Size(t.w() + 8, t.h() + 4);
  }

  /**
   * The size of a node of {@code shape} holding {@code label} at {@code fontSize}, in a diagram
   * that flows in {@code flow}. A shape that shows no label has mermaid's fixed size; a fork's bar
   * lies across the flow; an icon on a form is as large as the form and label, with no padding
   * (edges end on the form, as in mermaid).
   */
  static Size node(Shape shape, Label label, double fontSize, Direction flow) {
    if (!shape.showsLabel()) {
      return labelless(shape, flow);
    }
    Size t = text(label, fontSize);
    if (label.iconOnForm().isPresent()) {
      return t;
    }
    double padX = PAD_X * Math.max(1, fontSize / FONT_SIZE);
    double padY = PAD_Y * Math.max(1, fontSize / FONT_SIZE);
    double w = t.w() + 2 * padX;
    double h = t.h() + 2 * padY;
    return switch (shape) {
      case RECT, ROUND, TEXT -> new Size(w, h);
      case SUBROUTINE -> new Size(w + 16, h);
      case STADIUM -> new Size(w + h / 2, h);
      case CYLINDER -> new Size(w, h + 2 * cylinderCap(w));
      case CIRCLE -> {
        double d = Math.max(t.w(), t.h()) + 2 * padX;
        yield new Size(d, d);
      }
      case DOUBLE_CIRCLE -> {
        double d = Math.max(t.w(), t.h()) + 2 * padX + 10;
        yield new Size(d, d);
      }
      case ELLIPSE -> new Size(t.w() * 1.42 + 2 * padX, t.h() * 1.42 + 2 * padY);
      case DIAMOND -> {
        double s = t.w() + t.h() + 2 * padX;
        yield new Size(s, s);
      }
      case HEXAGON -> new Size(w + h / 2, h);
      case LEAN_RIGHT, LEAN_LEFT, TRAPEZOID, INV_TRAPEZOID -> new Size(w + h, h);
      case ODD -> new Size(w + h / 4, h);
      case START, STOP, FORK, JUNCTION, CROSSED_CIRCLE, BOLT, HOURGLASS -> labelless(shape, flow);
    };
  }

  /** mermaid's fixed size of a shape that shows no label. */
  private static Size labelless(Shape shape, Direction flow) {
    return switch (shape) {
      case FORK -> flow == Direction.LR || flow == Direction.RL ? new Size(10, 70) : new Size(70, 10);
      case CROSSED_CIRCLE -> new Size(60, 60);
      case BOLT -> new Size(35, 70);
      case HOURGLASS -> new Size(30, 30);
      default -> new Size(14, 14); // start, stop, junction
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
      case CIRCLE, DOUBLE_CIRCLE, ELLIPSE, START, STOP, JUNCTION, CROSSED_CIRCLE -> ellipse(b.cx(), b.cy(), w / 2, h / 2);
      case BOLT -> bolt(b);
      case HOURGLASS -> pts(x, y, x + w, y, x + w / 2, y + h / 2, x + w, y + h, x, y + h, x + w / 2, y + h / 2);
      default -> pts(x, y, x + w, y, x + w, y + h, x, y + h);
    };
  }

  /**
   * A lightning bolt filling the box, as mermaid draws it: from the top right corner down to the
   * left, a step of {@code 2 * gap} across the middle, and on to the bottom left corner.
   */
  static List<Layout.Point> bolt(Layout.Box b) {
    double half = b.h() / 2;
    double gap = b.w() / 5;
    return pts(b.right(), b.y(), b.x(), b.y() + half + gap / 2, b.right() - 2 * gap, b.y() + half + gap / 2, b.x(), b.bottom(),
        b.right(), b.y() + half - gap / 2, b.x() + 2 * gap, b.y() + half - gap / 2);
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
    return s == Shape.RECT || s == Shape.ROUND || s == Shape.SUBROUTINE || s == Shape.CYLINDER || s == Shape.STADIUM
        || s == Shape.FORK;
  }

  /**
   * The outline of node {@code n} filling {@code box}: its shape's; for an icon on a form, the
   * form's (a circle's, else its square's) joined to the band its label takes below it (above it
   * for {@link Label.TextSide#ABOVE}), so that edges end on the form, as in mermaid.
   */
  private static List<Layout.Point> outline(Node n, Layout.Box b) {
    Optional<Label.Image> icon = n.text().iconOnForm();
    if (icon.isEmpty()) {
      return outline(n.shape(), b);
    }
    double half = image(icon.get()).w() / 2;
    boolean below = icon.get().textSide() == Label.TextSide.BELOW;
    // The form fills the box's top, or its bottom when the label goes above it.
    double top = below ? b.y() : b.bottom() - 2 * half;
    double bottom = top + 2 * half;
    double join = below ? bottom : top; // where the label's band meets the form
    double far = below ? b.bottom() : b.y(); // the band's other edge
    // Each form's outline starts at the middle of the side the band joins.
    List<Layout.Point> out;
    if (icon.get().form() == Label.IconForm.CIRCLE) {
      out = ellipse(b.cx(), top + half, half, half);
      Collections.rotate(out, below ? -out.size() / 4 : out.size() / 4);
    } else {
      double other = below ? top : bottom;
      out = pts(b.cx(), join, b.cx() + half, join, b.cx() + half, other, b.cx() - half, other, b.cx() - half, join);
    }
    if (Math.abs(far - join) > 0.5) {
      out.add(new Layout.Point(b.cx(), join));
      out.addAll(pts(b.x(), join, b.x(), far, b.right(), far, b.right(), join));
    }
    return out;
  }

  /**
   * Moves the route's first and last points from the node's box onto its outline, along the
   * first and last segments, for shapes that do not fill their box (diamonds, circles, an icon's
   * form over a wider label...).
   */
  static List<Layout.Point> clipEnds(List<Layout.Point> points, Optional<Node> from, Optional<Node> to,
      Map<String, Layout.Box> boxes) {
    if (points.size() < 2) {
      return points;
    }
    List<Layout.Point> out = new ArrayList<>(points);
    if (from.isPresent() && !boxLike(from.get().shape())) {
      out.set(0, meet(out.get(1), out.get(0), outline(from.get(), boxes.get(from.get().id()))));
    }
    int last = out.size() - 1;
    if (to.isPresent() && !boxLike(to.get().shape())) {
      out.set(last, meet(out.get(last - 1), out.get(last), outline(to.get(), boxes.get(to.get().id()))));
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
