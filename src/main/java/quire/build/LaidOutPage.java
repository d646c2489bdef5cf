package quire.build;

import java.util.Objects;
import java.util.Optional;

/**
 * A page laid out by an update of {@code quire serve}: what the checks need of it and its HTML.
 *
 * @param facts the page's facts
 * @param html the whole page; empty when its layout failed (a problem says why)
 */
public record LaidOutPage(PageFacts facts, Optional<String> html) {
  public LaidOutPage {
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(html, "html");
  }
}
