package quire.mermaid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quire.diag.Markup;

/**
 * Writes a laid-out {@link Flowchart} as one {@code <svg class="mermaid">} element with mermaid's
 * class names: {@code g.cluster}, {@code g.edge} holding {@code path.flowchart-link} and its
 * label, {@code g.node} holding its shape and {@code <text>}. Colours come from CSS custom
 * properties ({@code --mermaid-node-fill} ...) with light fallbacks, in a {@code <style>} scoped
 * by the svg's id. Every id starts with the given prefix; the output depends only on its inputs.
 * Stateless; safe to share.
 */
final class SvgWriter {
  static final double TITLE_FONT_SIZE = 18;
  /** The smallest a label may be drawn on screen, in CSS px. */
  static final double MIN_LABEL_PX = 12;

  private static double smallestFontSize(Flowchart chart) {
    double fs = NodeGeometry.FONT_SIZE;
    for (Node n : chart.nodes()) {
      fs = Math.min(fs, NodeGeometry.fontSize(chart.styleOf(n)));
    }
    for (Edge e : chart.edges()) {
      if (!e.text().isEmpty()) {
        fs = Math.min(fs, NodeGeometry.fontSize(e.style()));
      }
    }
    for (Subgraph sg : chart.subgraphs()) {
      fs = Math.min(fs, NodeGeometry.fontSize(sg.style()));
    }
    return fs;
  }

  /** The diagram's style sheet in pieces around the places its css id goes ({@link #appendStyle}). */
  private static final String[] STYLE = pieces(withFallbacks(
      """
      #P{font-family:var(--mermaid-font-family,"FAMILY","Liberation Sans",Arial,Helvetica,sans-serif);font-size:16px}\
      #P text{fill:var(--mermaid-text,#333333)}\
      #P .node rect,#P .node circle,#P .node ellipse,#P .node polygon,#P .node path{fill:var(--mermaid-node-fill,#ECECFF);stroke:var(--mermaid-node-stroke,#9370DB);stroke-width:1px}\
      #P .cluster rect{fill:var(--mermaid-cluster-fill,#FFFFDE);stroke:var(--mermaid-cluster-stroke,#AAAA33);stroke-width:1px}\
      #P .cluster text{fill:var(--mermaid-cluster-text,#333333)}\
      #P .flowchart-link{fill:none;stroke:var(--mermaid-edge,#333333);stroke-width:2px}\
      #P .edge-thickness-thick{stroke-width:3.5px}\
      #P .edge-thickness-invisible{stroke-width:0;stroke:none}\
      #P .edge-pattern-dotted{stroke-dasharray:3}\
      #P .edgeLabel rect{fill:var(--mermaid-label-bg,#E8E8E8)}\
      #P .edge-animated{stroke-dasharray:9,5;stroke-dashoffset:900;animation:P-dash 25s linear infinite}\
      @keyframes P-dash{to{stroke-dashoffset:0}}\
      @keyframes dash{to{stroke-dashoffset:0}}\
      @media (prefers-reduced-motion:reduce){#P .edge-animated{animation:none}}\
      #P .node .filled{fill:var(--mermaid-edge,#333333);stroke:var(--mermaid-edge,#333333)}\
      #P .node .ring{stroke:var(--mermaid-edge,#333333);stroke-width:2px}\
      #P .node .dot{fill:var(--mermaid-node-stroke,#9370DB);stroke:var(--mermaid-node-stroke,#9370DB)}\
      #P .clickable{cursor:pointer}\
      #P text a{text-decoration:underline}\
      #P svg.icon{fill:var(--mermaid-text,#333333)}\
      #P svg.icon path{fill:inherit;stroke:none}\
      #P svg.icon.asset{fill:var(--mermaid-node-stroke,#9370DB)}\
      #P .marker{fill:var(--mermaid-edge,#333333);stroke:var(--mermaid-edge,#333333)}\
      """)
          .replace("FAMILY", MermaidFont.cssFamily()));

  /** The rule for icons' forms, only in a diagram that has one: outlined in the nodes' fill. */
  private static final String[] ICON_FORM_STYLE = pieces(withFallbacks("#P .node .icon-form{stroke:var(--mermaid-node-fill,#ECECFF)}"));

  /**
   * The style sheet with each var() declaration preceded by its fallback on its own, for SVG
   * renderers without custom properties (they drop the var() one and keep the plain one).
   */
  private static String withFallbacks(String css) {
    return css.replaceAll("([a-z-]+):var\\((--[a-z-]+),([^()]+?)\\)", "$1:$3;$1:var($2,$3)");
  }

  /** {@code css} cut where the css id goes: each P of "#P" and of "P-dash". */
  private static String[] pieces(String css) {
    return css.split("(?<=#)P|P(?=-dash)", -1);
  }

  /** The pieces of a style sheet joined by the diagram's css id. */
  private static void appendStyle(String[] pieces, String cssId, StringBuilder out) {
    out.append(pieces[0]);
    for (int i = 1; i < pieces.length; i++) {
      out.append(cssId).append(pieces[i]);
    }
  }

  /** Writes the svg; {@code links} are the chart's ({@link Flowchart#links}); {@code idPrefix} starts every id in it. */
  String write(Flowchart chart, Layout layout, List<Diagram.Link> links, String idPrefix) {
    String p = idPrefix;
    StringBuilder out = new StringBuilder(8192);
    // A title from the front matter goes above the drawing, which moves down (and to the middle
    // when the title is the wider).
    Optional<Label> title = chart.config().title().map(Label::plain);
    NodeGeometry.Size titleSize = title.map(t -> NodeGeometry.text(t, TITLE_FONT_SIZE)).orElse(new NodeGeometry.Size(0, 0));
    double width = Math.max(layout.width(), title.isPresent() ? titleSize.w() + 16 : 0);
    double dx = (width - layout.width()) / 2;
    double dy = title.isPresent() ? titleSize.h() + 8 : 0;
    // Scaled down to fit the page, the smallest label stays at 12 px or more.
    double smallest = Math.min(1, MIN_LABEL_PX / smallestFontSize(chart));
    String w = num(width);
    String h = num(layout.height() + dy);
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"mermaid\" id=\"").append(attr(p))
        .append("\" width=\"").append(w).append("\" height=\"").append(h)
        .append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
        .append("\" style=\"max-width: ").append(w).append("px; min-width: ").append(num(width * smallest))
        .append("px; --mermaid-min-height: ").append(num((layout.height() + dy) * smallest)).append("px;\" data-direction=\"")
        .append(chart.direction().name())
        // Links in it (click, <a href>) must stay links to assistive technology: an image's content is not read.
        .append("\" role=\"").append(links.stream().allMatch(Diagram.Link::image) ? "img" : "graphics-document")
        .append("\" aria-roledescription=\"flowchart\"");
    if (chart.accTitle().isPresent() || title.isPresent()) {
      out.append(" aria-labelledby=\"").append(attr(p)).append("-title\"");
    } else {
      out.append(" aria-label=\"Flowchart\"");
    }
    if (chart.accDescr().isPresent()) {
      out.append(" aria-describedby=\"").append(attr(p)).append("-desc\"");
    }
    out.append('>');
    chart.accTitle().or(() -> chart.config().title())
        .ifPresent(t -> out.append("<title id=\"").append(attr(p)).append("-title\">").append(Markup.escape(t)).append("</title>"));
    chart.accDescr().ifPresent(d -> out.append("<desc id=\"").append(attr(p)).append("-desc\">").append(Markup.escape(d)).append("</desc>"));
    out.append("<style>");
    if (!chart.config().cssVariables().isEmpty()) {
      // The diagram's own theme variables, over the page's.
      out.append('#').append(cssId(p)).append('{');
      chart.config().cssVariables().forEach((k, v) -> out.append(k).append(':').append(v.replaceAll("[;{}<>\\\\]", "")).append(';'));
      out.append('}');
    }
    appendStyle(STYLE, cssId(p), out);
    if (chart.nodes().stream().anyMatch(n -> n.text().iconOnForm().isPresent())) {
      appendStyle(ICON_FORM_STYLE, cssId(p), out);
    }
    out.append("</style>");
    markers(chart, p, out);
    if (title.isPresent()) {
      label(title.get(), width / 2, 4 + titleSize.h() / 2, TITLE_FONT_SIZE, "flowchartTitleText", "", out);
      out.append("<g transform=\"translate(").append(num(dx)).append(',').append(num(dy)).append(")\">");
    }

    out.append("<g class=\"clusters\">");
    Map<String, Subgraph> subgraphs = chart.byId().subgraphs();
    Deque<Subgraph> outerFirst = new ArrayDeque<>(chart.topLevelSubgraphs());
    while (!outerFirst.isEmpty()) { // outer before inner: inner ones paint on top
      Subgraph s = outerFirst.removeFirst();
      cluster(s, layout, p, chart.subgraphs().indexOf(s), out);
      for (String c : s.subgraphIds()) {
        Subgraph inner = subgraphs.get(c);
        if (inner != null) {
          outerFirst.addLast(inner);
        }
      }
    }
    out.append("</g><g class=\"edges\">");
    for (int i = 0; i < chart.edges().size(); i++) {
      edge(chart.edges().get(i), layout.edges().get(i), chart.config().curve(), p, i, out);
    }
    out.append("</g><g class=\"nodes\">");
    for (int i = 0; i < chart.nodes().size(); i++) {
      Node n = chart.nodes().get(i);
      node(n, chart.styleOf(n), layout.nodes().get(n.id()), p, i, out);
    }
    out.append("</g>");
    if (title.isPresent()) {
      out.append("</g>");
    }
    out.append("</svg>");
    return out.toString();
  }

  private static void markers(Flowchart chart, String p, StringBuilder out) {
    Set<Arrow> used = EnumSet.noneOf(Arrow.class);
    for (Edge e : chart.edges()) {
      used.add(e.start());
      used.add(e.end());
    }
    used.remove(Arrow.NONE);
    if (used.isEmpty()) {
      return;
    }
    out.append("<defs>");
    for (Arrow a : used) {
      out.append("<marker id=\"").append(attr(markerId(p, a)))
          .append("\" class=\"marker\" viewBox=\"0 0 12 12\" refX=\"").append(a == Arrow.POINT ? "11" : a == Arrow.CIRCLE ? "11" : "10")
          .append("\" refY=\"6\" markerUnits=\"userSpaceOnUse\" markerWidth=\"12\" markerHeight=\"12\" orient=\"auto-start-reverse\">");
      switch (a) {
        case POINT -> out.append("<path d=\"M1,1 L11,6 L1,11 z\"/>");
        case CIRCLE -> out.append("<circle cx=\"6\" cy=\"6\" r=\"5\"/>");
        case CROSS -> out.append("<path d=\"M2,2 L10,10 M10,2 L2,10\" style=\"stroke-width:2px\"/>");
        default -> {}
      }
      out.append("</marker>");
    }
    out.append("</defs>");
  }

  private static String markerId(String p, Arrow a) {
    return p + "-arrow-" + a.name().toLowerCase(Locale.ROOT);
  }

  private static void cluster(Subgraph s, Layout layout, String p, int index, StringBuilder out) {
    Layout.Box b = layout.clusters().get(s.id());
    if (b == null) {
      return;
    }
    out.append("<g class=\"cluster");
    s.classes().forEach(c -> out.append(' ').append(attr(c)));
    out.append("\" data-id=\"").append(attr(s.id())).append("\" id=\"").append(attr(p)).append("-cluster-").append(index).append("\">");
    out.append("<rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
        .append("\" width=\"").append(num(b.w())).append("\" height=\"").append(num(b.h())).append('"');
    styleAttr(shapeStyle(s.style()), out);
    out.append("/>");
    Layout.Box t = layout.titles().get(s.id());
    if (t != null) {
      label(s.heading(), t.cx(), t.cy(), NodeGeometry.fontSize(s.style()), "cluster-label", textStyle(s.style()), out);
    }
    out.append("</g>");
  }

  private static void edge(Edge e, Layout.Route r, DiagramConfig.Curve curve, String p, int index, StringBuilder out) {
    out.append("<g class=\"edge\" data-id=\"").append(attr(e.id())).append("\" data-from=\"").append(attr(e.from()))
        .append("\" data-to=\"").append(attr(e.to())).append("\" id=\"").append(attr(p)).append("-edge-").append(index).append("\">");
    out.append("<path class=\"flowchart-link ").append(e.stroke().patternClass()).append(' ')
        .append(e.stroke().thicknessClass()).append(e.animated() ? " edge-animated" : "").append("\" d=\"")
        .append(path(r.points(), curve)).append('"');
    if (e.start() != Arrow.NONE && e.stroke() != Stroke.INVISIBLE) {
      out.append(" marker-start=\"url(#").append(attr(markerId(p, e.start()))).append(")\"");
    }
    if (e.end() != Arrow.NONE && e.stroke() != Stroke.INVISIBLE) {
      out.append(" marker-end=\"url(#").append(attr(markerId(p, e.end()))).append(")\"");
    }
    styleAttr(shapeStyle(e.style()), out);
    out.append("/>");
    if (r.label().isPresent()) {
      Layout.Box b = r.label().get();
      out.append("<g class=\"edgeLabel\"><rect x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
          .append("\" width=\"").append(num(b.w())).append("\" height=\"").append(num(b.h())).append("\" rx=\"2\"/>");
      label(e.text(), b.cx(), b.cy(), NodeGeometry.fontSize(e.style()), "edge-label", textStyle(e.style()), out);
      out.append("</g>");
    }
    out.append("</g>");
  }

  /** A polyline with its corners rounded as {@code curve} says. */
  static String path(List<Layout.Point> pts, DiagramConfig.Curve curve) {
    if (pts.isEmpty()) {
      return "M0,0";
    }
    StringBuilder d = new StringBuilder();
    d.append('M').append(num(pts.get(0).x())).append(',').append(num(pts.get(0).y()));
    for (int i = 1; i < pts.size(); i++) {
      Layout.Point cur = pts.get(i);
      if (i < pts.size() - 1) {
        Layout.Point prev = pts.get(i - 1);
        Layout.Point next = pts.get(i + 1);
        double most = switch (curve) {
          case ROUNDED -> 6;
          case SHARP -> 0;
          case SMOOTH -> 40;
        };
        double r = Math.min(most, Math.min(dist(prev, cur), dist(cur, next)) / 2);
        if (r > 0.5) {
          Layout.Point a = toward(cur, prev, r);
          Layout.Point b = toward(cur, next, r);
          d.append(" L").append(num(a.x())).append(',').append(num(a.y()));
          d.append(" Q").append(num(cur.x())).append(',').append(num(cur.y())).append(' ')
              .append(num(b.x())).append(',').append(num(b.y()));
          continue;
        }
      }
      d.append(" L").append(num(cur.x())).append(',').append(num(cur.y()));
    }
    return d.toString();
  }

  private static double dist(Layout.Point a, Layout.Point b) {
    return Math.hypot(a.x() - b.x(), a.y() - b.y());
  }

  private static Layout.Point toward(Layout.Point from, Layout.Point to, double r) {
    double len = dist(from, to);
    return new Layout.Point(from.x() + (to.x() - from.x()) * r / len, from.y() + (to.y() - from.y()) * r / len);
  }

  /**
   * A node: its shape and label, in a link when it has one ({@code click}). Its tooltip is its
   * {@code <title>}; a shape drawn without its label has the label there instead, unless the
   * node has a tooltip of its own.
   */
  private static void node(Node n, List<String> style, Layout.Box b, String p, int index, StringBuilder out) {
    out.append("<g class=\"node default");
    n.classes().forEach(c -> out.append(' ').append(attr(c)));
    if (n.link().isPresent()) {
      out.append(" clickable");
    }
    out.append("\" data-id=\"").append(attr(n.id())).append("\" id=\"").append(attr(p)).append("-node-").append(index).append("\">");
    Optional<String> title = n.tooltip().or(() -> n.shape().showsLabel() || n.text().isEmpty() ? Optional.empty() : Optional.of(n.label()));
    title.ifPresent(t -> out.append("<title>").append(Markup.escape(t)).append("</title>"));
    n.link().ifPresent(l -> {
      out.append("<a href=\"").append(attr(l.href())).append('"');
      // A new window gets no handle on the page, as mermaid's sanitiser sets it for its links.
      l.target().ifPresent(t -> out.append(" target=\"").append(t).append(t.equals("_blank") ? "\" rel=\"noopener" : "").append('"'));
      out.append('>');
    });
    shape(n.shape(), b, shapeStyle(style), out);
    if (n.shape().showsLabel()) {
      double fs = NodeGeometry.fontSize(style);
      // The form goes behind the icon, where label() draws it: at the label's top, or below its text.
      double imageTop = b.cy() - NodeGeometry.textHeight(n.text(), fs) / 2 + NodeGeometry.imageOffset(n.text(), fs);
      n.text().iconOnForm().ifPresent(icon -> iconForm(icon, b.cx(), imageTop, formStyle(style), out));
      label(n.text(), b.cx(), b.cy(), fs, "node-label", textStyle(style), out);
    }
    if (n.link().isPresent()) {
      out.append("</a>");
    }
    out.append("</g>");
  }

  private static void shape(Shape shape, Layout.Box b, String style, StringBuilder out) {
    switch (shape) {
      case TEXT -> {} // the label alone
      case RECT, ROUND, STADIUM -> {
        double r = shape == Shape.RECT ? 0 : shape == Shape.ROUND ? 5 : b.h() / 2;
        rect(b, r, null, style, out);
      }
      case SUBROUTINE -> {
        rect(b, 0, null, style, out);
        out.append("<path d=\"M").append(num(b.x() + 8)).append(',').append(num(b.y())).append(" V").append(num(b.bottom()))
            .append(" M").append(num(b.right() - 8)).append(',').append(num(b.y())).append(" V").append(num(b.bottom())).append('"');
        styleAttr(style, out);
        out.append("/>");
      }
      case CYLINDER -> {
        double ry = NodeGeometry.cylinderCap(b.w());
        double rx = b.w() / 2;
        String x0 = num(b.x());
        String x1 = num(b.right());
        out.append("<path d=\"M").append(x0).append(',').append(num(b.y() + ry))
            .append(" A").append(num(rx)).append(',').append(num(ry)).append(" 0 0 0 ").append(x1).append(',').append(num(b.y() + ry))
            .append(" A").append(num(rx)).append(',').append(num(ry)).append(" 0 0 0 ").append(x0).append(',').append(num(b.y() + ry))
            .append(" V").append(num(b.bottom() - ry))
            .append(" A").append(num(rx)).append(',').append(num(ry)).append(" 0 0 0 ").append(x1).append(',').append(num(b.bottom() - ry))
            .append(" V").append(num(b.y() + ry)).append('"');
        styleAttr(style, out);
        out.append("/>");
      }
      case START -> ellipse(b.cx(), b.cy(), b.w() / 2, b.h() / 2, "filled", style, out);
      case STOP -> {
        ellipse(b.cx(), b.cy(), b.w() / 2, b.h() / 2, "ring", style, out);
        ellipse(b.cx(), b.cy(), b.w() * 5 / 28, b.h() * 5 / 28, "dot", style, out);
      }
      case JUNCTION -> ellipse(b.cx(), b.cy(), b.w() / 2, b.h() / 2, "dot", style, out);
      case FORK -> rect(b, 0, "filled", style, out);
      case CROSSED_CIRCLE -> {
        double r = b.w() / 2;
        double d = r * Math.sqrt(0.5);
        ellipse(b.cx(), b.cy(), r, r, null, style, out);
        out.append("<path d=\"M").append(num(b.cx() - d)).append(',').append(num(b.cy() + d)).append(" L").append(num(b.cx() + d))
            .append(',').append(num(b.cy() - d)).append(" M").append(num(b.cx() + d)).append(',').append(num(b.cy() + d))
            .append(" L").append(num(b.cx() - d)).append(',').append(num(b.cy() - d)).append('"');
        styleAttr(style, out);
        out.append("/>");
      }
      case BOLT, HOURGLASS -> polygon(NodeGeometry.outline(shape, b), style, out);
      case CIRCLE, DOUBLE_CIRCLE, ELLIPSE -> {
        ellipse(b.cx(), b.cy(), b.w() / 2, b.h() / 2, null, style, out);
        if (shape == Shape.DOUBLE_CIRCLE) {
          ellipse(b.cx(), b.cy(), b.w() / 2 - 5, b.h() / 2 - 5, null, style, out);
        }
      }
      default -> polygon(NodeGeometry.outline(shape, b), style, out);
    }
  }

  /**
   * The form behind an icon shape's icon, its top middle at (cx, top), of class {@code icon-form}:
   * a square with corners rounded by 0.1 px, a rounded square (5 px) or a circle, as mermaid
   * draws them.
   */
  private static void iconForm(Label.Image icon, double cx, double top, String style, StringBuilder out) {
    double side = NodeGeometry.image(icon).w();
    switch (icon.form()) {
      case CIRCLE -> ellipse(cx, top + side / 2, side / 2, side / 2, "icon-form", style, out);
      case SQUARE, ROUNDED -> rect(new Layout.Box(cx - side / 2, top, side, side), icon.form() == Label.IconForm.ROUNDED ? 5 : 0.1,
          "icon-form", style, out);
      case NONE -> {}
    }
  }

  private static void polygon(List<Layout.Point> pts, String style, StringBuilder out) {
    out.append("<polygon points=\"");
    for (int i = 0; i < pts.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(num(pts.get(i).x())).append(',').append(num(pts.get(i).y()));
    }
    out.append('"');
    styleAttr(style, out);
    out.append("/>");
  }

  /** A rectangle filling the box, its corners rounded by {@code r}, of CSS class {@code cls} (none if null). */
  private static void rect(Layout.Box b, double r, String cls, String style, StringBuilder out) {
    out.append("<rect");
    classAttr(cls, out);
    out.append(" x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
        .append("\" width=\"").append(num(b.w())).append("\" height=\"").append(num(b.h())).append('"');
    if (r > 0) {
      out.append(" rx=\"").append(num(r)).append("\" ry=\"").append(num(r)).append('"');
    }
    styleAttr(style, out);
    out.append("/>");
  }

  /** A circle, or an ellipse, of CSS class {@code cls} (none if null). */
  private static void ellipse(double cx, double cy, double rx, double ry, String cls, String style, StringBuilder out) {
    out.append(rx == ry ? "<circle" : "<ellipse");
    classAttr(cls, out);
    if (rx == ry) {
      out.append(" cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(rx)).append('"');
    } else {
      out.append(" cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy))
          .append("\" rx=\"").append(num(rx)).append("\" ry=\"").append(num(ry)).append('"');
    }
    styleAttr(style, out);
    out.append("/>");
  }

  /**
   * A label centred on (cx, cy): its image, then one {@code <tspan>} per line below it (above it
   * for {@link Label.TextSide#ABOVE}), each of class {@code wrap} when it goes on with the line
   * before, broken at a blank, {@code wrap joined} after a hyphen or inside East Asian text; bold,
   * italic and code runs nested in it, the runs of a link in an {@code <a>}, an icon as an em
   * space, drawn over after the text ({@link #icon}).
   */
  private static void label(Label label, double cx, double cy, double fs, String cls, String style, StringBuilder out) {
    GlyphWidths g = GlyphWidths.SANS;
    double lh = NodeGeometry.lineHeight(fs);
    double inner = (lh - g.ascent(fs) - g.descent(fs)) / 2 + g.ascent(fs);
    double labelTop = cy - NodeGeometry.textHeight(label, fs) / 2;
    if (label.image().isPresent()) {
      Label.Image img = label.image().get();
      NodeGeometry.Size size = NodeGeometry.image(img);
      double imageTop = labelTop + NodeGeometry.imageOffset(label, fs);
      if (img.icon()) { // in the middle of its form, if it has one
        shapeIcon(img.src(), cx - img.width() / 2, imageTop + (size.h() - img.height()) / 2, img.width(), out);
      } else {
        out.append("<image href=\"").append(attr(img.src())).append("\" x=\"").append(num(cx - size.w() / 2))
            .append("\" y=\"").append(num(imageTop)).append("\" width=\"").append(num(size.w())).append("\" height=\"")
            .append(num(size.h())).append("\" preserveAspectRatio=\"xMidYMid meet\"/>");
      }
    }
    double top = labelTop + NodeGeometry.linesOffset(label);
    if (label.lines().isEmpty()) {
      return;
    }
    out.append("<text class=\"").append(cls).append("\" text-anchor=\"middle\"");
    styleAttr(style, out);
    out.append('>');
    StringBuilder icons = new StringBuilder();
    for (int i = 0; i < label.lines().size(); i++) {
      // A line broken to fit the wrapping width says so, so that the text as written can be read back.
      String wrap = !label.wrapped(i) ? "" : label.joins().get(i).isEmpty() ? " class=\"wrap joined\"" : " class=\"wrap\"";
      out.append("<tspan").append(wrap).append(" x=\"").append(num(cx)).append("\" y=\"").append(num(top + i * lh + inner)).append("\">");
      List<Label.Run> line = label.lines().get(i);
      // Where each run starts, for an icon's drawing: measured only on a line that has one.
      boolean hasIcon = line.stream().anyMatch(Label.Run::icon);
      double x = hasIcon ? cx - NodeGeometry.width(line, fs) / 2 : 0;
      String openLink = "";
      for (Label.Run r : line) {
        if (!r.link().equals(openLink)) { // runs of one link share one <a>
          if (!openLink.isEmpty()) {
            out.append("</a>");
          }
          if (!r.link().isEmpty()) {
            out.append("<a href=\"").append(attr(r.link())).append("\">");
          }
          openLink = r.link();
        }
        if (r.icon()) {
          out.append("<tspan class=\"icon\" data-icon=\"").append(attr(r.text())).append("\">\u2003</tspan>");
          icon(r.text(), x, top + i * lh + inner, fs, style, icons);
        } else if (r.bold() || r.italic() || r.code()) {
          out.append("<tspan").append(r.bold() ? " font-weight=\"bold\"" : "").append(r.italic() ? " font-style=\"italic\"" : "")
              .append(r.code() ? " font-family=\"monospace\"" : "").append('>').append(Markup.escape(r.text())).append("</tspan>");
        } else {
          out.append(Markup.escape(r.text()));
        }
        if (hasIcon) {
          x += NodeGeometry.width(List.of(r), fs);
        }
      }
      if (!openLink.isEmpty()) {
        out.append("</a>");
      }
      out.append("</tspan>");
    }
    out.append("</text>").append(icons);
  }

  /**
   * An icon shape's icon, centred in the square of side {@code size} at (x, y), coloured as the
   * node's border as mermaid colours it. Nothing for an icon Font Awesome Free lacks.
   */
  private static void shapeIcon(String written, double x, double y, double size, StringBuilder out) {
    Icons.find(written).ifPresent(icon -> iconSvg(icon, "icon asset", x, y, size, "", out));
  }

  /**
   * A Font Awesome icon in the em of space its label leaves at {@code x} on the line whose
   * baseline is at {@code baseline}: as high as the font is large and 0.125 em below the
   * baseline, as Font Awesome's CSS sets it, and coloured as the text. Nothing for an icon Font
   * Awesome Free does not have: its space stays empty.
   */
  private static void icon(String written, double x, double baseline, double fs, String style, StringBuilder out) {
    Icons.find(written).ifPresent(icon -> iconSvg(icon, "icon", x, baseline + fs / 8 - fs, fs, style, out));
  }

  /** An icon's outline as a nested {@code <svg>}, a square of side {@code size} at (x, y). */
  private static void iconSvg(Icons.Icon icon, String cls, double x, double y, double size, String style, StringBuilder out) {
    out.append("<svg class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append("\" width=\"").append(num(size)).append("\" height=\"").append(num(size)).append("\" viewBox=\"0 0 ")
        .append(num(icon.width())).append(' ').append(num(icon.height())).append('"');
    styleAttr(style, out);
    out.append("><path d=\"").append(attr(icon.path())).append("\"/></svg>");
  }

  /** Declarations for a shape or path: all but the text ones. */
  private static String shapeStyle(List<String> decls) {
    List<String> out = new ArrayList<>();
    for (String d : decls) {
      if (!isTextDeclaration(d)) {
        out.add(d);
      }
    }
    return String.join(";", out);
  }

  /**
   * Declarations for an icon's form: the shape's, with its outline in its fill's colour, as mermaid
   * draws it; the style sheet does so with the theme's fill when the node has no fill of its own.
   */
  private static String formStyle(List<String> decls) {
    List<String> out = new ArrayList<>();
    String fill = null;
    for (String d : decls) {
      String name = d.substring(0, d.indexOf(':')).strip();
      if (name.equals("fill")) {
        fill = d.substring(d.indexOf(':') + 1).strip();
      }
      if (!isTextDeclaration(d) && !name.equals("stroke")) {
        out.add(d);
      }
    }
    if (fill != null) {
      out.add("stroke:" + fill);
    }
    return String.join(";", out);
  }

  /** Declarations for text: {@code color} becomes SVG's {@code fill}; font ones stay. */
  private static String textStyle(List<String> decls) {
    List<String> out = new ArrayList<>();
    for (String d : decls) {
      String name = d.substring(0, d.indexOf(':')).strip();
      if (name.equals("color")) {
        out.add("fill:" + d.substring(d.indexOf(':') + 1).strip());
      } else if (isTextDeclaration(d)) {
        out.add(d);
      }
    }
    return String.join(";", out);
  }

  private static boolean isTextDeclaration(String d) {
    String name = d.substring(0, d.indexOf(':')).strip();
    return name.equals("color") || name.startsWith("font") || name.startsWith("text-");
  }

  private static void classAttr(String cls, StringBuilder out) {
    if (cls != null) {
      out.append(" class=\"").append(cls).append('"');
    }
  }

  private static void styleAttr(String style, StringBuilder out) {
    if (!style.isEmpty()) {
      out.append(" style=\"").append(attr(style)).append('"');
    }
  }

  /** A number with at most two decimals, no trailing zeros, never "-0". */
  static String num(double v) {
    long r = Math.round(v * 100);
    if (r == 0) {
      return "0";
    }
    StringBuilder s = new StringBuilder();
    if (r < 0) {
      s.append('-');
      r = -r;
    }
    s.append(r / 100);
    long frac = r % 100;
    if (frac != 0) {
      s.append('.').append(frac / 10);
      if (frac % 10 != 0) {
        s.append(frac % 10);
      }
    }
    return s.toString();
  }

  static String attr(String s) {
    return Markup.escape(s).replace("\n", "&#10;");
  }

  /** The svg id as a CSS selector: characters other than letters, digits, '-' and '_' escaped. */
  private static String cssId(String id) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_') {
        if (i == 0 && Character.isDigit(c)) {
          out.append("\\3").append(c).append(' ');
        } else {
          out.append(c);
        }
      } else {
        out.append('\\').append(Integer.toHexString(c)).append(' ');
      }
    }
    return out.toString();
  }
}
