package quire.shortcode;

import java.util.Objects;
import quire.diag.Position;

/**
 * One render of a partial while a page was expanded: the partial's path and the line that
 * called it (on the page, or in another partial).
 */
public record PartialCall(String partial, Position at) {
  public PartialCall {
    Objects.requireNonNull(partial, "partial");
    Objects.requireNonNull(at, "at");
  }
}
