package quire.partial;

import java.util.List;
import quire.diag.Position;

/**
 * A partial and where it is rendered, for {@code quire partials}.
 *
 * @param path the partial's file from the site root
 * @param parameters the names its front matter declares in {@code inputParameters}, in order
 * @param calls every render call that brings it in (page lines, or lines of other partials), sorted
 */
public record PartialUse(String path, List<String> parameters, List<Position> calls) {
  public PartialUse {
    parameters = List.copyOf(parameters);
    calls = List.copyOf(calls);
  }

  /** True when no page reaches the partial. */
  public boolean unused() {
    return calls.isEmpty();
  }
}
