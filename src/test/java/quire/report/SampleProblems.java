package quire.report;

import java.util.List;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Rule;
import quire.diag.Severity;

/** Problems with the characters reports must escape. */
final class SampleProblems {
  private SampleProblems() {}

  static List<Problem> three() {
    return List.of(
        new Problem(Severity.ERROR, Rule.LINK_BROKEN, new Position("content/a b/ünï.md", 3, 7),
            "link \"/x/?a=1&b=2\" is broken: 100% <bad>, really\nsecond line\ttab \\ back", List.of()),
        new Problem(Severity.ERROR, Rule.PARTIAL_PLACEHOLDER_UNDEFINED, new Position("partials/p/_x.md", 4, 9),
            "$3 is beyond: a,b", List.of(new Position("content/a.md", 12, 1), new Position("partials/p/_y.md", 2, 1))),
        new Problem(Severity.WARNING, Rule.IMAGE_ALT_MISSING, new Position("content/c.md", 5, 2),
            "image \"/i.png\" has no alt text", List.of()));
  }
}
