package quire.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** The graph a reader of quire's SVG sees: nodes, edges and subgraph membership (by geometry). */
final class SvgReadBack {
  record Box(double x, double y, double w, double h) {
    boolean contains(Box o) {
      return o.x >= x - 0.5 && o.y >= y - 0.5 && o.x + o.w <= x + w + 0.5 && o.y + o.h <= y + h + 0.5;
    }

    double area() {
      return w * h;
    }
  }

  final Document doc;

  SvgReadBack(String svg) {
    this.doc = Jsoup.parse(svg, "", Parser.xmlParser());
  }

  /** Node id to its label lines joined with '\n'. */
  Map<String, String> nodes() {
    Map<String, String> out = new TreeMap<>();
    for (Element g : doc.select("g.nodes > g")) {
      Element text = g.selectFirst("text");
      // A shape drawn without its label keeps it as its tooltip.
      out.put(g.attr("data-id"), text != null ? lines(text) : MermaidGraph.normalise(g.select("> title").stream().map(Element::wholeText).collect(Collectors.joining())));
    }
    return out;
  }

  /**
   * The text as written: lines joined with '\n', a line wrapped to fit (class {@code wrap}) with a
   * blank, or with nothing after a hyphen or inside East Asian text (class {@code joined}).
   */
  static String lines(Element text) {
    StringBuilder lines = new StringBuilder();
    boolean first = true;
    for (Element t : text.children()) { // one tspan per line; bold or italic runs nest inside it
      // A line that holds only an icon (an icon shape's) shows no text.
      if (t.tagName().equals("tspan") && !(t.text().isBlank() && !t.select("tspan.icon").isEmpty())) {
        if (!first) {
          lines.append(!t.hasClass("wrap") ? "\n" : t.hasClass("joined") ? "" : " ");
        }
        lines.append(t.text());
        first = false;
      }
    }
    return MermaidGraph.normalise(lines.toString());
  }

  /** The flow direction the svg says it was drawn in (TB, BT, LR, RL). */
  String direction() {
    return doc.selectFirst("svg").attr("data-direction");
  }

  /** "id: from>to stroke start/end 'label' [animated]" for each edge, in document order. */
  List<String> edges() {
    List<String> out = new ArrayList<>();
    for (Element g : doc.select("g.edges > g")) {
      Element path = g.selectFirst("path.flowchart-link");
      String stroke = path.hasClass("edge-pattern-dotted") ? "dotted"
          : path.hasClass("edge-thickness-thick") ? "thick"
          : path.hasClass("edge-thickness-invisible") ? "invisible" : "normal";
      Element label = g.selectFirst("g.edgeLabel text");
      out.add(MermaidGraph.edge(g.attr("data-id"), g.attr("data-from"), g.attr("data-to"), stroke, marker(path.attr("marker-start")),
          marker(path.attr("marker-end")), label == null ? "" : lines(label), path.hasClass("edge-animated")));
    }
    return out;
  }

  private static String marker(String url) {
    if (url.isEmpty()) {
      return "none";
    }
    return url.substring(url.lastIndexOf('-') + 1, url.length() - 1);
  }

  /** Subgraph id to its title. */
  Map<String, String> subgraphTitles() {
    Map<String, String> out = new TreeMap<>();
    for (Element g : doc.select("g.clusters > g")) {
      Element t = g.selectFirst("text");
      out.put(g.attr("data-id"), t == null ? "" : lines(t));
    }
    return out;
  }

  /** Node or subgraph id to the id of the innermost subgraph box around it ("" for none). */
  Map<String, String> parents() {
    Map<String, Box> clusters = new TreeMap<>();
    for (Element g : doc.select("g.clusters > g")) {
      clusters.put(g.attr("data-id"), box(g.selectFirst("rect")));
    }
    Map<String, Box> items = new TreeMap<>(clusters);
    for (Element g : doc.select("g.nodes > g")) {
      // A node is where its label is: the first line's anchor point; without one, its shape's middle.
      Element t = g.selectFirst("text tspan");
      items.put(g.attr("data-id"), t != null ? new Box(d(t, "x"), d(t, "y"), 0, 0) : middle(LayoutGeometry.outline(g)));
    }
    Map<String, String> out = new TreeMap<>();
    for (Map.Entry<String, Box> item : items.entrySet()) {
      String best = "";
      double bestArea = Double.MAX_VALUE;
      for (Map.Entry<String, Box> c : clusters.entrySet()) {
        Box cb = c.getValue();
        if (!c.getKey().equals(item.getKey()) && cb.contains(item.getValue()) && cb.area() < bestArea
            && cb.area() > item.getValue().area()) {
          best = c.getKey();
          bestArea = cb.area();
        }
      }
      out.put(item.getKey(), best);
    }
    return out;
  }

  private static Box middle(LayoutGeometry.Box b) {
    return new Box(b.x() + b.w() / 2, b.y() + b.h() / 2, 0, 0);
  }

  static Box box(Element rect) {
    return new Box(d(rect, "x"), d(rect, "y"), d(rect, "width"), d(rect, "height"));
  }

  private static double d(Element e, String attr) {
    return Double.parseDouble(e.attr(attr));
  }
}
