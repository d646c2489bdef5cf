package quire.diag;

import java.util.Objects;

/**
 * A file of the site as text: its path relative to the site root (with {@code /}) and its
 * content, with line breaks normalised to {@code \n} and any byte-order mark removed.
 * Immutable and safe to share between threads; the line index is built on first use.
 */
public final class SourceFile {
  private final String path;
  private final String text;
  /** Offsets up to this are placed with an index of the text before them, not of the whole text. */
  private static final int NEAR_START = 256;

  private volatile LineIndex lines;

  public SourceFile(String path, String text) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = Objects.requireNonNull(text, "text");
  }

  /**
   * {@code raw} as quire reads every text file: a leading byte-order mark dropped, CRLF and lone
   * CR line breaks made LF. The one place this rule lives; the loader and the report's quoting of
   * source lines both use it, so columns agree.
   */
  public static String normalise(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    if (text.indexOf('\r') < 0) return text;
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Path relative to the site root, {@code /}-separated, e.g. {@code content/a/b.md}. */
  public String path() {
    return path;
  }

  public String text() {
    return text;
  }

  public LineIndex lines() {
    LineIndex index = lines;
    if (index == null) {
      index = new LineIndex(text);
      lines = index;
    }
    return index;
  }

  /**
   * The position of a 0-based offset into {@link #text()}. An offset near the start (front
   * matter, read on every page) is placed with an index of the text before it alone.
   */
  public Position position(int offset) {
    int clamped = Math.max(0, Math.min(offset, text.length()));
    LineIndex index = lines;
    if (index == null && clamped <= NEAR_START) index = new LineIndex(text.substring(0, clamped));
    else index = lines();
    return new Position(path, index.line(clamped), index.column(clamped));
  }

  @Override
  public String toString() {
    return path;
  }
}
