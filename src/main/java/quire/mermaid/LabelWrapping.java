package quire.mermaid;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks long label lines as mermaid.js does: a node's label line wider than the diagram's
 * {@code flowchart.wrappingWidth} (200 px unless set), or an edge's wider than 200 px, is broken
 * at blanks into lines each as full as fits. mermaid.js puts such a label in an HTML box of that
 * width, where the browser breaks it; quire breaks it here, before the layout measures the nodes,
 * so that both draw a long label as a narrower, taller block. A word wider than the width keeps a
 * line of its own (the browser lets it overflow the box; quire widens the box). Subgraph titles
 * are not broken: mermaid.js wraps them at the subgraph's own width. Stateless.
 */
final class LabelWrapping {
  /** mermaid's default width for labels, in px (and always the width for edge labels). */
  static final double WIDTH = 200;

  private LabelWrapping() {}

  /** {@code chart} with its node and edge labels broken to fit; the same chart if none needs it. */
  static Flowchart apply(Flowchart chart) {
    double nodeWidth = chart.config().wrappingWidth().orElse(WIDTH);
    List<Node> nodes = new ArrayList<>(chart.nodes().size());
    boolean changed = false;
    for (Node n : chart.nodes()) {
      Label wrapped = wrap(n.text(), NodeGeometry.fontSize(chart.styleOf(n)), nodeWidth);
      changed |= wrapped != n.text();
      nodes.add(wrapped == n.text() ? n : n.withText(wrapped));
    }
    List<Edge> edges = new ArrayList<>(chart.edges().size());
    for (Edge e : chart.edges()) {
      Label wrapped = wrap(e.text(), NodeGeometry.fontSize(e.style()), WIDTH);
      changed |= wrapped != e.text();
      edges.add(wrapped == e.text() ? e : e.withText(wrapped));
    }
    return !changed ? chart : new Flowchart(chart.direction(), nodes, edges, chart.subgraphs(), chart.classDefs(),
        chart.accTitle(), chart.accDescr(), chart.config());
  }

  /** {@code label} with every line wider than {@code width} px at {@code fontSize} broken; the same label if none is. */
  static Label wrap(Label label, double fontSize, double width) {
    List<List<Label.Run>> lines = new ArrayList<>();
    List<Boolean> wrapped = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < label.lines().size(); i++) {
      List<List<Label.Run>> pieces = wrap(label.lines().get(i), fontSize, width);
      changed |= pieces.size() > 1;
      for (int k = 0; k < pieces.size(); k++) {
        lines.add(pieces.get(k));
        wrapped.add(k > 0 || label.wrapped().get(i));
      }
    }
    return changed ? new Label(lines, label.image(), wrapped) : label;
  }

  /**
   * {@code line} as lines no wider than {@code width} where its blanks allow: each word goes on
   * the line before it if it fits there, else starts a line. The line itself if it fits.
   */
  static List<List<Label.Run>> wrap(List<Label.Run> line, double fontSize, double width) {
    if (NodeGeometry.width(line, fontSize) <= width) {
      return List.of(line);
    }
    double blank = NodeGeometry.width(List.of(new Label.Run(" ", false, false, false)), fontSize);
    List<List<Label.Run>> out = new ArrayList<>();
    List<Label.Run> current = new ArrayList<>();
    double currentWidth = 0;
    for (List<Label.Run> word : words(line)) {
      double w = NodeGeometry.width(word, fontSize);
      if (!current.isEmpty() && currentWidth + blank + w > width) {
        out.add(merged(current));
        current = new ArrayList<>();
        currentWidth = 0;
      }
      if (!current.isEmpty()) {
        Label.Run last = current.get(current.size() - 1);
        current.add(new Label.Run(" ", last.bold(), last.italic(), false));
        currentWidth += blank;
      }
      current.addAll(word);
      currentWidth += w;
    }
    if (!current.isEmpty()) {
      out.add(merged(current));
    }
    return out.isEmpty() ? List.of(line) : out;
  }

  /** The words of a line, each the runs (or parts of runs) between blanks; an icon belongs to the word it touches. */
  private static List<List<Label.Run>> words(List<Label.Run> line) {
    List<List<Label.Run>> words = new ArrayList<>();
    List<Label.Run> word = new ArrayList<>();
    for (Label.Run r : line) {
      if (r.icon()) {
        word.add(r);
        continue;
      }
      String t = r.text();
      int start = 0;
      for (int i = 0; i <= t.length(); i++) {
        if (i == t.length() || t.charAt(i) == ' ') {
          if (i > start) {
            word.add(new Label.Run(t.substring(start, i), r.bold(), r.italic(), false));
          }
          if (i < t.length() && !word.isEmpty()) {
            words.add(word);
            word = new ArrayList<>();
          }
          start = i + 1;
        }
      }
    }
    if (!word.isEmpty()) {
      words.add(word);
    }
    return words;
  }

  /** The runs with each stretch of text runs of one style joined into one. */
  private static List<Label.Run> merged(List<Label.Run> runs) {
    List<Label.Run> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Label.Run open = null;
    for (Label.Run r : runs) {
      if (open != null && !r.icon() && r.bold() == open.bold() && r.italic() == open.italic()) {
        text.append(r.text());
        continue;
      }
      if (open != null) {
        out.add(new Label.Run(text.toString(), open.bold(), open.italic(), false));
        open = null;
      }
      if (r.icon()) {
        out.add(r);
      } else {
        open = r;
        text.setLength(0);
        text.append(r.text());
      }
    }
    if (open != null) {
      out.add(new Label.Run(text.toString(), open.bold(), open.italic(), false));
    }
    return out;
  }
}
