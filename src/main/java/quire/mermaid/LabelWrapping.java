package quire.mermaid;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks long label lines as mermaid.js does: a node's label line wider than the diagram's
 * {@code flowchart.wrappingWidth} (200 px unless set), or an edge's wider than 200 px, is broken
 * at blanks (and after hyphens inside words, and between the characters of East Asian text where
 * {@link EastAsianLineBreaks} allows it) into lines each as full as fits. mermaid.js puts
 * such a label in an HTML box of that width, where the browser breaks it; quire breaks it here,
 * before the layout measures the nodes, so that both draw a long label as a narrower, taller
 * block. A word wider than the width keeps a line of its own (the browser lets it overflow the
 * box; quire widens the box). Subgraph titles are not broken: mermaid.js wraps them at the
 * subgraph's own width. Stateless.
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
    List<String> joins = new ArrayList<>();
    boolean changed = false;
    for (int i = 0; i < label.lines().size(); i++) {
      List<Piece> pieces = wrap(label.lines().get(i), fontSize, width);
      changed |= pieces.size() > 1;
      for (int k = 0; k < pieces.size(); k++) {
        lines.add(pieces.get(k).runs());
        joins.add(k == 0 ? label.joins().get(i) : pieces.get(k).join());
      }
    }
    return changed ? new Label(lines, label.image(), joins) : label;
  }

  /**
   * A line as wrapped, and what joins it to the line before it: a blank, or nothing after a hyphen
   * or inside East Asian text.
   */
  record Piece(List<Label.Run> runs, String join) {}

  /**
   * {@code line} as lines no wider than {@code width} where its breaks allow: each word goes on
   * the line before it if it fits there, else starts a line. The line itself if it fits.
   */
  static List<Piece> wrap(List<Label.Run> line, double fontSize, double width) {
    if (NodeGeometry.width(line, fontSize) <= width) {
      return List.of(new Piece(line, Label.WRITTEN));
    }
    double blank = NodeGeometry.width(List.of(new Label.Run(" ", false, false, false)), fontSize);
    List<Piece> out = new ArrayList<>();
    List<Label.Run> current = new ArrayList<>();
    String currentJoin = Label.WRITTEN;
    double currentWidth = 0;
    for (Word word : words(line)) {
      double w = NodeGeometry.width(word.runs(), fontSize);
      double join = word.join().isEmpty() ? 0 : blank;
      if (!current.isEmpty() && currentWidth + join + w > width) {
        out.add(new Piece(Label.joined(current), currentJoin));
        current = new ArrayList<>();
        currentJoin = word.join();
        currentWidth = 0;
      }
      if (!current.isEmpty() && !word.join().isEmpty()) {
        // The blank between two words takes the style before it, in the monospace font only
        // between two words of code, in a link only between two words of it.
        Label.Run last = current.get(current.size() - 1);
        Label.Run next = word.runs().get(0);
        boolean code = last.code() && next.code();
        String link = last.link().equals(next.link()) ? last.link() : "";
        current.add(new Label.Run(" ", last.bold() && !last.icon(), last.italic() && !last.icon(), false, code, link));
        currentWidth += blank;
      }
      current.addAll(word.runs());
      currentWidth += w;
    }
    if (!current.isEmpty()) {
      out.add(new Piece(Label.joined(current), currentJoin));
    }
    return out.isEmpty() ? List.of(new Piece(line, Label.WRITTEN)) : out;
  }

  /** A word: runs (or parts of runs) up to a place the line may break, and what comes before it there. */
  private record Word(List<Label.Run> runs, String join) {}

  /**
   * The words of a line. A line may break at a blank, and after a hyphen between a letter or digit
   * and a letter ("X-Area1Security-" / "Disposition"), as a browser breaks text, but not in
   * "--train" or "x-1"; and in East Asian text where {@link EastAsianLineBreaks} allows it, with
   * nothing taken out there ("用户" / "登录"), across runs too. An icon belongs to the word it
   * touches.
   */
  private static List<Word> words(List<Label.Run> line) {
    StringBuilder all = new StringBuilder();
    for (Label.Run r : line) {
      all.append(r.icon() ? String.valueOf(EastAsianLineBreaks.ICON) : r.text());
    }
    String text = all.toString();
    List<Word> words = new ArrayList<>();
    List<Label.Run> word = new ArrayList<>();
    String join = " ";
    int offset = 0; // where the run starts in text
    for (Label.Run r : line) {
      if (r.icon()) {
        word.add(r);
        offset++;
        continue;
      }
      String t = r.text();
      int start = 0;
      for (int i = 0; i <= t.length(); i++) {
        boolean blank = i < t.length() && t.charAt(i) == ' ';
        boolean hyphen = i > 0 && i < t.length() && t.charAt(i - 1) == '-' && i >= 2
            && Character.isLetterOrDigit(t.charAt(i - 2)) && Character.isLetter(t.charAt(i));
        boolean eastAsian = i < t.length() && EastAsianLineBreaks.mayBreakAt(text, offset + i);
        if (i == t.length() || blank || hyphen || eastAsian) {
          if (i > start) {
            word.add(r.withText(t.substring(start, i)));
          }
          if ((blank || hyphen || eastAsian) && !word.isEmpty()) {
            words.add(new Word(word, join));
            word = new ArrayList<>();
            join = blank ? " " : "";
          } else if (blank) {
            join = " ";
          }
          start = blank ? i + 1 : i;
        }
      }
      offset += t.length();
    }
    if (!word.isEmpty()) {
      words.add(new Word(word, join));
    }
    return words;
  }
}
