package quire.diag;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A file of the site as text: its path relative to the site root (with {@code /}) and its
 * content, with line breaks normalised to {@code \n} and any byte-order mark removed.
 * Immutable and safe to share between threads; the line index is built on first use. The text
 * of a {@link #deferred} file is read on first use.
 */
public final class SourceFile {
  private final String path;
  /** Reads the text of a deferred file; null once it is read, or for a file read already. */
  private Supplier<String> reader;
  private volatile String text;
  /** Offsets up to this are placed with an index of the text before them, not of the whole text. */
  private static final int NEAR_START = 256;

  private volatile LineIndex lines;

  public SourceFile(String path, String text) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = Objects.requireNonNull(text, "text");
  }

  private SourceFile(String path, Supplier<String> reader) {
    this.path = Objects.requireNonNull(path, "path");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * A file whose text {@code reader} supplies when it is first asked for, once (a page an earlier
   * build read, whose file has not changed since: most builds never need its text). The reader
   * throws {@link Unreadable} when the file is no longer what it was.
   */
  public static SourceFile deferred(String path, Supplier<String> reader) {
    return new SourceFile(path, reader);
  }

  /** Whether the text is in memory: false for a {@link #deferred} file not yet asked for it. */
  public boolean isRead() {
    return text != null;
  }

  /** A deferred file that can no longer be read as it was when it was deferred. */
  public static final class Unreadable extends RuntimeException {
    private final String path;
    private final String why;

    public Unreadable(String path, String why) {
      super(path + ": " + why);
      this.path = path;
      this.why = why;
    }

    /** The file, relative to the site root. */
    public String path() {
      return path;
    }

    /** What happened to it, for the writer. */
    public String why() {
      return why;
    }
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
    String known = text;
    if (known != null) return known;
    synchronized (this) {
      if (text == null) {
        text = Objects.requireNonNull(reader.get(), "text");
        reader = null;
      }
      return text;
    }
  }

  public LineIndex lines() {
    LineIndex index = lines;
    if (index == null) {
      index = new LineIndex(text());
      lines = index;
    }
    return index;
  }

  /**
   * The position of a 0-based offset into {@link #text()}. An offset near the start (front
   * matter, read on every page) is placed with an index of the text before it alone.
   */
  public Position position(int offset) {
    String all = text();
    int clamped = Math.max(0, Math.min(offset, all.length()));
    LineIndex index = lines;
    if (index == null && clamped <= NEAR_START) index = new LineIndex(all.substring(0, clamped));
    else index = lines();
    return new Position(path, index.line(clamped), index.column(clamped));
  }

  @Override
  public String toString() {
    return path;
  }
}
