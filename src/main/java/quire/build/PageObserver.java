package quire.build;

import java.util.List;
import quire.diag.Problem;

/**
 * Receives each page's finished HTML while the site is built, so a later stage (the check) can
 * read it without the build writing it or keeping it, and adds its problems before the site is
 * committed. {@link #built} is called from several threads at once: implementations must be
 * thread-safe.
 *
 * <p>An observer may also keep what it reads of a page as a <em>memo</em>, a list of strings the
 * build cache stores with the laid-out page (strings repeated from page to page, like the
 * sidebar's links, are stored once). When a later build takes the same laid-out page from the
 * cache, it hands the observer the memo instead of the HTML, so the page is neither read nor
 * parsed again. A memo is only handed back to an observer of the same {@link #memoFormat}, for
 * the same bytes of HTML, made by the same build of quire.
 */
@FunctionalInterface
public interface PageObserver {
  /** One page is laid out: its facts and its complete HTML document. */
  void built(PageFacts page, String html);

  /**
   * A page that exists but has no HTML: rendering or laying it out failed, which is a problem
   * of the build already. Links to the page are not broken; what ids it would have is not known.
   */
  default void failed(PageFacts page) {
    built(page, "");
  }

  /**
   * Every page is built and the site not yet committed: the problems to add to the build's (a
   * problem that is an error keeps the new site from being committed). Called once.
   */
  default List<Problem> finished(BuildResult result) {
    return List.of();
  }

  /** Names the format of this observer's memos; empty when it makes none. */
  default String memoFormat() {
    return "";
  }

  /**
   * As {@link #built}, and returns what the observer kept of the page as a memo (empty: nothing
   * to keep, the next build reads the HTML again).
   */
  default List<String> builtWithMemo(PageFacts page, String html) {
    built(page, html);
    return List.of();
  }

  /**
   * A page built before, whose HTML is the one {@code memo} was made of: takes it from the memo.
   * Returns false when the memo does not read back (the build then calls
   * {@link #builtWithMemo} with the HTML).
   */
  default boolean builtFromMemo(PageFacts page, List<String> memo) {
    return false;
  }
}
