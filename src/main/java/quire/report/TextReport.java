package quire.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import quire.diag.Position;
import quire.diag.Problem;

/**
 * The report for people: {@code file:line:col: severity [rule] message}, the source line with a
 * caret under the column, the render chain as {@code via} lines, and a summary. Colour only
 * when asked (on a terminal).
 */
public final class TextReport {
  private static final String RED = "\u001b[1;31m";
  private static final String YELLOW = "\u001b[1;33m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RESET = "\u001b[0m";

  /** The most characters of a source line shown under a problem. */
  private static final int WIDTH = 120;

  private final SourceLines sources;
  private final boolean colour;

  public TextReport(SourceLines sources, boolean colour) {
    this.sources = sources;
    this.colour = colour;
  }

  public void write(List<Problem> problems, PrintWriter out) {
    for (Problem p : problems) {
      Position at = p.at();
      String severity = p.isError() ? paint(RED, "error") : paint(YELLOW, "warning");
      out.println(paint(BOLD, visible(at.toString()) + ":") + " " + severity + " [" + p.rule().id() + "] "
          + visible(p.message()));
      // The theme's files are inside quire, not under the site: no line of the site is quoted for them.
      (at.inTheme() ? Optional.<String>empty() : sources.line(at.file(), at.line())).ifPresent(line -> {
        String raw = line.replace('\t', ' ');
        int caret = Math.min(Math.max(at.column() - 1, 0), raw.length());
        String cutBefore = "";
        String cutAfter = "";
        if (raw.length() > WIDTH) {
          // A long line is shown as the part around the column, marked where it is cut.
          int from = Math.max(0, Math.min(caret - WIDTH / 2, raw.length() - WIDTH));
          int to = Math.min(raw.length(), from + WIDTH);
          cutBefore = from > 0 ? "…" : "";
          cutAfter = to < raw.length() ? "…" : "";
          raw = raw.substring(from, to);
          caret -= from;
        }
        out.println("    " + cutBefore + visible(raw) + cutAfter);
        if (at.column() > 0) {
          // The caret goes under the column's character, however wide the text before it is shown.
          int before = cutBefore.length() + visible(raw.substring(0, caret)).length();
          out.println("    " + " ".repeat(before) + paint(RED, "^"));
        }
      });
      for (Position via : p.via()) out.println(paint(DIM, "  via " + visible(via.toString())));
    }
  }

  /**
   * {@code text} with every character that would act on a terminal instead of showing — control
   * characters (ESC starts colour and cursor sequences), DEL, C1 controls, and the bidirectional
   * overrides that make text read otherwise than it runs — written visibly as a backslash, {@code u}
   * and four hex digits (ESC shows as backslash-u001B).
   * Source lines come from files anyone may have edited; they must never drive the terminal.
   */
  static String visible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean acts = c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
      if (acts && out == null) out = new StringBuilder(text.length() + 8).append(text, 0, i);
      if (acts) {
        out.append(String.format("\\u%04X", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** {@code 2 errors, 1 warning} or {@code no problems}. */
  public static String summary(long errors, long warnings) {
    if (errors == 0 && warnings == 0) return "no problems";
    return plural(errors, "error") + ", " + plural(warnings, "warning");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private String paint(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
