package quire.build;

/**
 * Receives each page's finished HTML while the site is built, so a later stage (the check) can
 * read it without the build writing it or keeping it. Called from several threads at once:
 * implementations must be thread-safe.
 */
@FunctionalInterface
public interface PageObserver {
  /** One page is laid out: its facts and its complete HTML document. */
  void built(PageFacts page, String html);
}
