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
  private volatile LineIndex lines;

  public SourceFile(String path, String text) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = Objects.requireNonNull(text, "text");
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

  /** The position of a 0-based offset into {@link #text()}. */
  public Position position(int offset) {
    LineIndex index = lines();
    return new Position(path, index.line(offset), index.column(offset));
  }

  @Override
  public String toString() {
    return path;
  }
}
