package quire.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a file of the site: path relative to the site root, 1-based line and column.
 * {@link #UNKNOWN} stands for "no position", never {@code null}; a line or column of 0 means
 * that part is not known.
 */
public record Position(String file, int line, int column) implements Comparable<Position> {
  public static final Position UNKNOWN = new Position("", 0, 0);

  private static final Comparator<Position> ORDER =
      Comparator.comparing(Position::file)
          .thenComparingInt(Position::line)
          .thenComparingInt(Position::column);

  public Position {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0: " + line + ":" + column);
    }
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
    return ORDER.compare(this, other);
  }

  /** {@code file:line:column}, leaving out the parts that are not known. */
  @Override
  public String toString() {
    if (!known()) return "<unknown>";
    if (line == 0) return file;
    return column == 0 ? file + ":" + line : file + ":" + line + ":" + column;
  }
}
