package quire.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What a layout check needs of a drawn flowchart, in px on one plane: each node's outline box and
 * label box, each cluster's box and title box, each edge's route as a polyline and its label box.
 * Made from quire's SVG (statically: it has no transforms) or from the JSON that
 * tools/mermaid-geometry.js measures in a browser, for quire's drawing and mermaid.js's alike.
 */
record LayoutGeometry(String name, List<Item> nodes, List<Item> clusters, List<Route> edges) {

  record Box(double x, double y, double w, double h) {
    double right() {
      return x + w;
    }

    double bottom() {
      return y + h;
    }

    Box shrink(double by) {
      return new Box(x + by, y + by, Math.max(0, w - 2 * by), Math.max(0, h - 2 * by));
    }

    boolean overlaps(Box o) {
      return x < o.right() && o.x < right() && y < o.bottom() && o.y < bottom();
    }

    boolean contains(Box o, double tolerance) {
      return o.x >= x - tolerance && o.y >= y - tolerance && o.right() <= right() + tolerance && o.bottom() <= bottom() + tolerance;
    }

    boolean isEmpty() {
      return w <= 0.5 || h <= 0.5;
    }
  }

  record Point(double x, double y) {}

  /** A node or cluster: its id, outline box, and its label's (title's) box if it has text. */
  record Item(String id, Box box, Optional<Box> label) {}

  /** An edge: its id, route and label box. */
  record Route(String id, List<Point> points, Optional<Box> label) {}

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]*\\.?[0-9]+(?:e-?[0-9]+)?");

  /** Reads quire's SVG. Text boxes come from the font metrics quire measured with. */
  static LayoutGeometry fromQuireSvg(String name, SvgReadBack svg) {
    List<Item> nodes = new ArrayList<>();
    for (Element g : svg.doc.select("g.node")) {
      Box outline = outline(g);
      nodes.add(new Item(g.attr("data-id"), outline, textBox(g.selectFirst("text"))));
    }
    List<Item> clusters = new ArrayList<>();
    for (Element g : svg.doc.select("g.cluster")) {
      Box b = box(g.selectFirst("rect"));
      clusters.add(new Item(g.attr("data-id"), b, textBox(g.selectFirst("text"))));
    }
    List<Route> edges = new ArrayList<>();
    for (Element g : svg.doc.select("g.edge")) {
      Element rect = g.selectFirst("g.edgeLabel rect");
      edges.add(new Route(g.attr("data-id"), sample(g.selectFirst("path.flowchart-link").attr("d")),
          rect == null ? Optional.empty() : textBox(g.selectFirst("g.edgeLabel text"))));
    }
    Element title = svg.doc.selectFirst("g[transform]");
    if (title != null && title.parent() != null && title.parent().tagName().equals("svg")) {
      double[] t = numbers(title.attr("transform"));
      return translate(new LayoutGeometry(name, nodes, clusters, edges), t[0], t[1]);
    }
    return new LayoutGeometry(name, nodes, clusters, edges);
  }

  private static LayoutGeometry translate(LayoutGeometry g, double dx, double dy) {
    return new LayoutGeometry(g.name,
        g.nodes.stream().map(i -> new Item(i.id(), move(i.box(), dx, dy), i.label().map(b -> move(b, dx, dy)))).toList(),
        g.clusters.stream().map(i -> new Item(i.id(), move(i.box(), dx, dy), i.label().map(b -> move(b, dx, dy)))).toList(),
        g.edges.stream().map(r -> new Route(r.id(), r.points().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList(),
            r.label().map(b -> move(b, dx, dy)))).toList());
  }

  private static Box move(Box b, double dx, double dy) {
    return new Box(b.x() + dx, b.y() + dy, b.w(), b.h());
  }

  /** The box of a node's outline: its rect, polygon, circle, ellipse or path. */
  static Box outline(Element g) {
    // The first outline of the node's own: not one of a Font Awesome icon's in its label.
    Element shape = g.select("rect, polygon, circle, ellipse, path").stream().filter(e -> e.closest("svg.icon") == null)
        .findFirst().orElse(null);
    if (shape == null) { // a text shape: the label is the node
      return textBox(g.selectFirst("text")).orElse(new Box(0, 0, 0, 0));
    }
    Box drawn = switch (shape.tagName()) {
      case "rect" -> box(shape);
      case "circle" -> {
        double r = d(shape, "r");
        yield new Box(d(shape, "cx") - r, d(shape, "cy") - r, 2 * r, 2 * r);
      }
      case "ellipse" -> new Box(d(shape, "cx") - d(shape, "rx"), d(shape, "cy") - d(shape, "ry"), 2 * d(shape, "rx"), 2 * d(shape, "ry"));
      case "path" -> bounds(pathPoints(shape.attr("d")));
      default -> bounds(pointsOf(shape.attr("points")));
    };
    // An icon's form is no outline of the node: the node is the form and the label beside it.
    return shape.hasClass("icon-form") ? textBox(g.selectFirst("text")).map(t -> union(drawn, t)).orElse(drawn) : drawn;
  }

  private static Box union(Box a, Box b) {
    double x = Math.min(a.x(), b.x());
    double y = Math.min(a.y(), b.y());
    return new Box(x, y, Math.max(a.right(), b.right()) - x, Math.max(a.bottom(), b.bottom()) - y);
  }

  /** The box of a {@code <text>}: its lines' widths (Liberation Sans metrics) around their anchors. */
  static Optional<Box> textBox(Element text) {
    if (text == null) {
      return Optional.empty();
    }
    double fs = NodeGeometry.fontSize(List.of(text.attr("style").split(";")).stream().filter(s -> s.contains(":")).toList());
    double lh = NodeGeometry.lineHeight(fs);
    GlyphWidths g = GlyphWidths.SANS;
    double inner = (lh - g.ascent(fs) - g.descent(fs)) / 2 + g.ascent(fs);
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Element line : text.children()) {
      double w = 0;
      for (org.jsoup.nodes.Node n : line.childNodes()) {
        if (n instanceof org.jsoup.nodes.TextNode t) {
          w += g.width(t.getWholeText(), fs);
        } else if (n instanceof Element run) {
          w += run.hasClass("icon") ? fs
              : (run.attr("font-weight").equals("bold") ? GlyphWidths.SANS_BOLD : g).width(run.wholeText(), fs);
        }
      }
      double cx = d(line, "x");
      double top = d(line, "y") - inner;
      minX = Math.min(minX, cx - w / 2);
      maxX = Math.max(maxX, cx + w / 2);
      minY = Math.min(minY, top);
      maxY = Math.max(maxY, top + lh);
    }
    return minX == Double.MAX_VALUE ? Optional.empty() : Optional.of(new Box(minX, minY, maxX - minX, maxY - minY));
  }

  static Box box(Element rect) {
    return new Box(d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height"));
  }

  private static double d(Element e, String attr) {
    return Double.parseDouble(e.attr(attr));
  }

  private static double[] numbers(String s) {
    Matcher m = NUMBER.matcher(s);
    List<Double> out = new ArrayList<>();
    while (m.find()) {
      out.add(Double.parseDouble(m.group()));
    }
    return out.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static List<Point> pointsOf(String s) {
    double[] n = numbers(s);
    List<Point> out = new ArrayList<>();
    for (int i = 0; i + 1 < n.length; i += 2) {
      out.add(new Point(n[i], n[i + 1]));
    }
    return out;
  }

  /** The points of path data with M, L, H, V and A commands (an arc adds its radius above and below). */
  private static List<Point> pathPoints(String d) {
    List<Point> out = new ArrayList<>();
    Matcher m = Pattern.compile("([MLHVA])([^MLHVA]*)").matcher(d);
    double x = 0;
    double y = 0;
    while (m.find()) {
      double[] n = numbers(m.group(2));
      switch (m.group(1)) {
        case "H" -> x = n[0];
        case "V" -> y = n[0];
        case "A" -> {
          x = n[5];
          y = n[6];
          out.add(new Point(x, y - n[1]));
          out.add(new Point(x, y + n[1]));
        }
        default -> {
          x = n[0];
          y = n[1];
        }
      }
      out.add(new Point(x, y));
    }
    return out;
  }

  static Box bounds(List<Point> pts) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (Point p : pts) {
      minX = Math.min(minX, p.x());
      minY = Math.min(minY, p.y());
      maxX = Math.max(maxX, p.x());
      maxY = Math.max(maxY, p.y());
    }
    return new Box(minX, minY, maxX - minX, maxY - minY);
  }

  /** The points along quire's path data (M, L and Q commands), its curves sampled. */
  static List<Point> sample(String d) {
    List<Point> out = new ArrayList<>();
    Matcher m = Pattern.compile("([MLQ])([^MLQ]*)").matcher(d);
    while (m.find()) {
      double[] n = numbers(m.group(2));
      if (m.group(1).equals("Q") && !out.isEmpty()) {
        Point a = out.get(out.size() - 1);
        for (int k = 1; k <= 4; k++) {
          double t = k / 4.0;
          double x = (1 - t) * (1 - t) * a.x() + 2 * (1 - t) * t * n[0] + t * t * n[2];
          double y = (1 - t) * (1 - t) * a.y() + 2 * (1 - t) * t * n[1] + t * t * n[3];
          out.add(new Point(x, y));
        }
      } else {
        out.add(new Point(n[0], n[1]));
      }
    }
    return out;
  }

  /** Diagrams measured in a browser by tools/mermaid-geometry.js. */
  @SuppressWarnings("unchecked")
  static List<LayoutGeometry> fromJson(List<Map<String, Object>> diagrams) {
    List<LayoutGeometry> out = new ArrayList<>();
    for (Map<String, Object> d : diagrams) {
      List<Item> nodes = new ArrayList<>();
      for (Map<String, Object> n : (List<Map<String, Object>>) d.get("nodes")) {
        nodes.add(new Item((String) n.get("id"), box(n.get("box")), optionalBox(n.get("label"))));
      }
      List<Item> clusters = new ArrayList<>();
      for (Map<String, Object> n : (List<Map<String, Object>>) d.get("clusters")) {
        clusters.add(new Item((String) n.get("id"), box(n.get("box")), optionalBox(n.get("label"))));
      }
      List<Route> edges = new ArrayList<>();
      for (Map<String, Object> e : (List<Map<String, Object>>) d.get("edges")) {
        List<Point> pts = new ArrayList<>();
        for (List<Number> p : (List<List<Number>>) e.get("points")) {
          pts.add(new Point(p.get(0).doubleValue(), p.get(1).doubleValue()));
        }
        edges.add(new Route((String) e.get("id"), pts, optionalBox(e.get("label"))));
      }
      out.add(new LayoutGeometry((String) d.get("name"), nodes, clusters, edges));
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Box box(Object o) {
    List<Number> b = (List<Number>) o;
    return new Box(b.get(0).doubleValue(), b.get(1).doubleValue(), b.get(2).doubleValue(), b.get(3).doubleValue());
  }

  private static Optional<Box> optionalBox(Object o) {
    if (o == null) {
      return Optional.empty();
    }
    Box b = box(o);
    return b.isEmpty() ? Optional.empty() : Optional.of(b);
  }
}
