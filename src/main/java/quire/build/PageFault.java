package quire.build;

import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Rule;
import quire.site.SourcePage;

/**
 * The problem a page is reported with when building it threw: the same words whether the whole
 * site was being built or {@code quire serve} was building the page alone.
 */
final class PageFault {
  private PageFault() {}

  /** Content nested deeper than a library can follow (the limits catch what they know of). */
  static Problem tooDeep(SourcePage page) {
    return Problem.of(Rule.LIMIT_EXCEEDED, new Position(page.path(), 0, 0), "the page is nested too deeply to "
        + "build: quire ran out of stack while building it; nest lists, quotes, emphasis and links less deeply");
  }

  /**
   * Memory that ran out while building the page: a template or shortcode that makes a huge
   * string (one doubled forty times), or a page beyond what the JVM's heap holds. The page's
   * own doing, not quire's, so a limit like the others; the memory is free again once the
   * page's work has unwound, and the other pages build.
   */
  static Problem outOfMemory(SourcePage page, OutOfMemoryError e) {
    String why = e.getMessage() == null ? "" : ": " + e.getMessage();
    return Problem.of(Rule.LIMIT_EXCEEDED, new Position(page.path(), 0, 0), "memory ran out while building this page"
        + " (OutOfMemoryError" + why + "); a template or shortcode it uses may build a huge text (a string doubled"
        + " again and again, a padding millions wide)");
  }

  /** A fault in quire itself, which the page made show. */
  static Problem internal(SourcePage page, RuntimeException e) {
    return Problem.of(Rule.INTERNAL_ERROR, new Position(page.path(), 0, 0), "quire failed while building"
        + " this page (" + e + "); this is a bug in quire, please report it with the page");
  }
}
