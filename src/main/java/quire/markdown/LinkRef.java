package quire.markdown;

import quire.diag.Located;
import quire.url.SiteUrls;

/**
 * A link or image target written in Markdown, with where it was written.
 *
 * @param target the URL as it appears in the output (after {@code .md} links are resolved)
 * @param written the target as the writer wrote it
 * @param alt an image's alt text (empty for links)
 */
public record LinkRef(Kind kind, String target, String written, String alt, Located at) {
  public enum Kind { LINK, IMAGE }

  /** This reference, resolved under {@link SiteUrls#ANY_BASE}, under {@code basePath}. */
  public LinkRef rebased(String basePath) {
    String moved = SiteUrls.rebase(target, basePath);
    return moved.equals(target) ? this : new LinkRef(kind, moved, written, alt, at);
  }
}
