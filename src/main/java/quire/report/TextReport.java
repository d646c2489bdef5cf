package quire.report;

import java.io.PrintWriter;
import java.util.List;
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
      out.println(paint(BOLD, at + ":") + " " + severity + " [" + p.rule().id() + "] " + p.message());
      sources.line(at.file(), at.line()).ifPresent(line -> {
        String shown = line.replace('\t', ' ');
        int caret = Math.min(Math.max(at.column() - 1, 0), shown.length());
        if (shown.length() > WIDTH) {
          // A long line is shown as the part around the column, marked where it is cut.
          int from = Math.max(0, Math.min(caret - WIDTH / 2, shown.length() - WIDTH));
          int to = Math.min(shown.length(), from + WIDTH);
          String before = from > 0 ? "…" : "";
          shown = before + shown.substring(from, to) + (to < shown.length() ? "…" : "");
          caret = caret - from + before.length();
        }
        out.println("    " + shown);
        if (at.column() > 0) out.println("    " + " ".repeat(caret) + paint(RED, "^"));
      });
      for (Position via : p.via()) out.println(paint(DIM, "  via " + via));
    }
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
