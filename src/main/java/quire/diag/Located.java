package quire.diag;

import java.util.List;
import java.util.Objects;

/**
 * A position together with the render chain that brought it into a page.
 *
 * @param at the place in the file the text was written in
 * @param via the render calls from the page down, outermost first; empty for the page's own text
 */
public record Located(Position at, List<Position> via) {
  public static final Located UNKNOWN = new Located(Position.UNKNOWN, List.of());

  public Located {
    Objects.requireNonNull(at, "at");
    via = List.copyOf(via);
  }

  public static Located at(Position at) {
    return new Located(at, List.of());
  }
}
