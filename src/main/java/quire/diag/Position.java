package quire.diag;

import java.util.Objects;

/**
 * A place in a file: 1-based line and column, in a file of the site (its path relative to the
 * site root) or, for problems in what quire itself brings, in a file of quire's built-in theme
 * (its path inside the theme, {@code templates/page.ftlh}), which is no file of the site.
 * {@link #UNKNOWN} stands for "no position", never {@code null}; a line or column of 0 means
 * that part is not known.
 *
 * @param origin whose file {@code file} names
 */
public record Position(String file, int line, int column, Origin origin) implements Comparable<Position> {
  public static final Position UNKNOWN = new Position("", 0, 0);

  /** Whose file a position is in. */
  public enum Origin {
    /** A file of the site; the path is relative to the site root. */
    SITE,
    /** A file of quire's built-in theme, inside quire; the path is relative to the theme. */
    THEME
  }

  // Shown names sort the theme's files, "(built-in theme …)", before the site's, as they always have.
  public Position {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(origin, "origin");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
  }

  /** A place in a file of the site. */
  public Position(String file, int line, int column) {
    this(file, line, column, Origin.SITE);
  }

  /** A place in a file (or folder) of the built-in theme, {@code templates/page.ftlh}. */
  public static Position inTheme(String file, int line, int column) {
    return new Position(file, line, column, Origin.THEME);
  }

  /** Whether this is a place in the built-in theme rather than in a file of the site. */
  public boolean inTheme() {
    return origin == Origin.THEME;
  }

  /**
   * The file as a reader is shown it: the site path, or for the theme its path in words,
   * {@code (built-in theme templates/page.ftlh)}, which no site path can be mistaken for.
   */
  public String shownFile() {
    return inTheme() ? "(built-in theme " + file + ")" : file;
  }

  /** The start of a file, for problems about a whole file. */
  public static Position of(String file) {
    return new Position(file, 1, 1);
  }

  public boolean known() {
    return !file.isEmpty();
  }

  @Override
  public int compareTo(Position other) {
    // By the file as shown, then line, then column: written out, since every partial call of a
    // build is sorted by it. Two places in the site compare by their paths alone.
    int byFile = origin == Origin.SITE && other.origin == Origin.SITE
        ? file.compareTo(other.file) : shownFile().compareTo(other.shownFile());
    if (byFile != 0) return byFile;
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }

  /** {@code file:line:column}, leaving out the parts that are not known. */
  @Override
  public String toString() {
    if (!known()) return "<unknown>";
    if (line == 0) return shownFile();
    return column == 0 ? shownFile() + ":" + line : shownFile() + ":" + line + ":" + column;
  }
}
