package quire.build;

import java.util.List;
import quire.diag.Problem;

/**
 * Receives each page's finished HTML while the site is built, so a later stage (the check) can
 * read it without the build writing it or keeping it, and adds its problems before the site is
 * committed. {@link #built} is called from several threads at once: implementations must be
 * thread-safe.
 */
@FunctionalInterface
public interface PageObserver {
  /** One page is laid out: its facts and its complete HTML document. */
  void built(PageFacts page, String html);

  /**
   * Every page is built and the site not yet committed: the problems to add to the build's (a
   * problem that is an error keeps the new site from being committed). Called once.
   */
  default List<Problem> finished(BuildResult result) {
    return List.of();
  }
}
