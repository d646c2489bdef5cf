package quire.mermaid;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A label as drawn: lines of runs of text, each run plain, bold or italic, or a Font Awesome
 * icon (one em wide, drawn from Font Awesome Free by {@link SvgWriter}), and an image when the
 * label holds {@code <img src>}. {@code joins} says of each line how it joins the line before it
 * in the text as written: {@link #WRITTEN} after a break that was written, and after a break made
 * to fit the width labels wrap at ({@link LabelWrapping}) a blank, or nothing after a hyphen or
 * inside East Asian text. Immutable.
 */
record Label(List<List<Run>> lines, Optional<Image> image, List<String> joins) {
  /** The join of a line that follows a written break (and of the first line). */
  static final String WRITTEN = "\n";

  static final Label EMPTY = new Label(List.of(), Optional.empty());

  Label {
    List<List<Run>> copy = new ArrayList<>(lines.size());
    for (List<Run> line : lines) {
      copy.add(List.copyOf(line));
    }
    lines = List.copyOf(copy);
    Objects.requireNonNull(image, "image");
    joins = List.copyOf(joins);
    if (joins.size() != lines.size()) {
      throw new IllegalArgumentException("joins: " + joins.size() + " for " + lines.size() + " lines");
    }
  }

  /** A label with the lines as written. */
  Label(List<List<Run>> lines, Optional<Image> image) {
    this(lines, image, Collections.nCopies(lines.size(), WRITTEN));
  }

  /** The runs with each stretch of text runs of one style joined into one (in linear time). */
  static List<Run> joined(List<Run> runs) {
    List<Run> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Run open = null;
    for (Run r : runs) {
      if (open != null && open.sameStyle(r)) {
        text.append(r.text());
        continue;
      }
      if (open != null) {
        out.add(open.withText(text.toString()));
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
      out.add(open.withText(text.toString()));
    }
    return out;
  }

  /** Whether line {@code i} goes on with the line before it, broken only to fit. */
  boolean wrapped(int i) {
    return !joins.get(i).equals(WRITTEN);
  }

  /**
   * A run of text in one style: plain, bold, italic, or code ({@code <code>}, drawn in the
   * browser's monospace font, as mermaid.js's HTML label draws it); for an icon, {@code text} is
   * its name such as {@code fa:fa-car}. {@code link} is the address of the {@code <a href>} the
   * run is in, as written, "" for none.
   */
  record Run(String text, boolean bold, boolean italic, boolean icon, boolean code, String link) {
    Run {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(link, "link");
    }

    /** A run in no link. */
    Run(String text, boolean bold, boolean italic, boolean icon, boolean code) {
      this(text, bold, italic, icon, code, "");
    }

    /** A run that is no code, in no link. */
    Run(String text, boolean bold, boolean italic, boolean icon) {
      this(text, bold, italic, icon, false, "");
    }

    /** Other text in this run's style. */
    Run withText(String newText) {
      return new Run(newText, bold, italic, icon, code, link);
    }

    /** Whether both are text (no icon) of one style and link, which may be joined into one run. */
    boolean sameStyle(Run other) {
      return !icon && !other.icon && bold == other.bold && italic == other.italic && code == other.code && link.equals(other.link);
    }
  }

  /** The addresses this label's links go to, in order, each once. */
  List<String> links() {
    Set<String> out = new LinkedHashSet<>();
    for (List<Run> line : lines) {
      for (Run r : line) {
        if (!r.link().isEmpty()) {
          out.add(r.link());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * An image in a label: its URL and the size asked for in px (0: not given); or, for an icon
   * shape ({@code icon}), the icon's name ({@code fa:user}) as {@code src} and the form drawn
   * behind the icon ({@code @{ form: square }}; {@link IconForm#NONE} for an image).
   * {@code textSide} is where the label's text goes: below the image, or above it for an icon or
   * image shape written with {@code pos: t}.
   */
  record Image(String src, double width, double height, boolean icon, IconForm form, TextSide textSide) {
    /** The largest side an image or icon is drawn at, in px; larger sizes asked for are cut to it. */
    static final double MAX_SIZE = 2000;

    Image {
      Objects.requireNonNull(src, "src");
      Objects.requireNonNull(form, "form");
      Objects.requireNonNull(textSide, "textSide");
    }

    /** An image or icon with the text below it. */
    Image(String src, double width, double height, boolean icon, IconForm form) {
      this(src, width, height, icon, form, TextSide.BELOW);
    }

    /** An image (no icon) with the text below it. */
    Image(String src, double width, double height) {
      this(src, width, height, false, IconForm.NONE);
    }

    /** This image with the label's text on {@code side} of it. */
    Image withTextSide(TextSide side) {
      return new Image(src, width, height, icon, form, side);
    }
  }

  /**
   * Which side of a label's image its text goes: {@link #BELOW} (mermaid's {@code pos: b}, the
   * default, and always for {@code <img>} in a label) or {@link #ABOVE} ({@code pos: t}).
   */
  enum TextSide { BELOW, ABOVE }

  /**
   * What mermaid draws behind an icon shape's icon, filled as nodes are: nothing, a square, a
   * square with rounded corners, or a circle.
   */
  enum IconForm { NONE, SQUARE, ROUNDED, CIRCLE }

  /** The icon of an icon shape that is drawn on a form ({@code @{ form: square }}), if this label has one. */
  Optional<Image> iconOnForm() {
    return image.filter(img -> img.form() != IconForm.NONE);
  }

  /** A label of plain lines (no styles, no icons). */
  static Label plain(String text) {
    List<List<Run>> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.isEmpty() ? List.of() : List.of(new Run(line, false, false, false)));
    }
    return new Label(lines, Optional.empty());
  }

  /**
   * The text a reader sees, as written: lines joined with '\n', a wrapped line with what its break
   * took out; icons and images leave nothing.
   */
  String text() {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0) {
        s.append(joins.get(i));
      }
      for (Run r : lines.get(i)) {
        if (!r.icon()) {
          s.append(r.text());
        }
      }
    }
    return s.toString();
  }

  /** The lines as plain text. */
  List<String> textLines() {
    return lines.isEmpty() ? List.of() : List.of(text().split("\n", -1));
  }

  /**
   * Whether nothing is drawn: no text, no icon, no image and no written line break. A label of
   * breaks alone ({@code <br>}) is drawn as its empty lines, as mermaid.js draws it.
   */
  boolean isEmpty() {
    return lines.size() <= 1 && (lines.isEmpty() || lines.get(0).isEmpty()) && image.isEmpty();
  }
}
