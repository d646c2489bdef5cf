package quire.diag;

import java.util.Arrays;

/**
 * Where each line of a text starts, for turning a 0-based offset into a 1-based line and column.
 * Columns count UTF-16 code units from 1. Immutable.
 */
public final class LineIndex {
  private final String text;
  private final int[] starts;

  public LineIndex(String text) {
    this.text = text;
    // By indexOf rather than charAt: an index is made for every page that renders a partial
    // (its call sites are positions), and a loop of charAt was a hundredth of a cold build.
    int[] found = new int[16];
    int count = 1;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      if (count == found.length) found = Arrays.copyOf(found, count * 2);
      found[count++] = at + 1;
    }
    starts = count == found.length ? found : Arrays.copyOf(found, count);
  }

  /** The number of lines; a text ending in a newline has an empty last line. */
  public int lineCount() {
    return starts.length;
  }

  /** The 1-based line of a 0-based offset (clamped to the text). */
  public int line(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    int found = Arrays.binarySearch(starts, clamped);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** The 1-based column of a 0-based offset. */
  public int column(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    return clamped - starts[line(clamped) - 1] + 1;
  }

  /** The 0-based offset where a 1-based line starts. */
  public int lineStart(int line) {
    return starts[Math.max(1, Math.min(line, starts.length)) - 1];
  }

  /** The text of a 1-based line, without its line break. */
  public String lineText(int line) {
    int start = lineStart(line);
    int end = text.indexOf('\n', start);
    return text.substring(start, end < 0 ? text.length() : end);
  }
}
