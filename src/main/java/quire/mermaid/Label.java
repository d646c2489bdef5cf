package quire.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A label as drawn: lines of runs of text, each run plain, bold or italic, or a Font Awesome
 * icon (drawn as an empty space one em wide: quire ships no icon font), and an image when the
 * label holds {@code <img src>}. Immutable.
 */
record Label(List<List<Run>> lines, Optional<Image> image) {
  static final Label EMPTY = new Label(List.of(), Optional.empty());

  Label {
    List<List<Run>> copy = new ArrayList<>(lines.size());
    for (List<Run> line : lines) {
      copy.add(List.copyOf(line));
    }
    lines = List.copyOf(copy);
    Objects.requireNonNull(image, "image");
  }

  /** A run of text in one style; for an icon, {@code text} is its name such as {@code fa:fa-car}. */
  record Run(String text, boolean bold, boolean italic, boolean icon) {
    Run {
      Objects.requireNonNull(text, "text");
    }
  }

  /** An image in a label: its URL and the size asked for in px (0: not given). */
  record Image(String src, double width, double height) {
    Image {
      Objects.requireNonNull(src, "src");
    }
  }

  /** A label of plain lines (no styles, no icons). */
  static Label plain(String text) {
    List<List<Run>> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.isEmpty() ? List.of() : List.of(new Run(line, false, false, false)));
    }
    return new Label(lines, Optional.empty());
  }

  /** The text a reader sees, lines joined with '\n'; icons and images leave nothing. */
  String text() {
    List<String> out = new ArrayList<>();
    for (List<Run> line : lines) {
      StringBuilder s = new StringBuilder();
      for (Run r : line) {
        if (!r.icon()) {
          s.append(r.text());
        }
      }
      out.add(s.toString());
    }
    return String.join("\n", out);
  }

  /** The lines as plain text. */
  List<String> textLines() {
    return lines.isEmpty() ? List.of() : List.of(text().split("\n", -1));
  }

  boolean isEmpty() {
    for (List<Run> line : lines) {
      if (!line.isEmpty()) {
        return false;
      }
    }
    return image.isEmpty();
  }
}
