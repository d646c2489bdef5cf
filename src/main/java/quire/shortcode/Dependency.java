package quire.shortcode;

import java.util.Objects;

/**
 * Something a page's expansion read besides the page itself, recorded so that a build cache can
 * tell whether the expansion would still come out the same: the answer to a partial lookup (which
 * may have found nothing), the list of a section's child pages, or the URL the site is built for.
 *
 * @param kind what was read
 * @param folder for {@link Kind#PARTIAL} the product folder looked in; for
 *     {@link Kind#CHILD_PAGES} the section's URL; empty for {@link Kind#SITE_URL}
 * @param name for {@link Kind#PARTIAL} the file as the call wrote it; empty otherwise
 */
public record Dependency(Kind kind, String folder, String name) {
  public enum Kind {
    /** {@code render} looked up {@code name} in the partials of product {@code folder}. */
    PARTIAL,
    /** {@code directory-listing} listed the child pages of section {@code folder}. */
    CHILD_PAGES,
    /**
     * The page's content holds the site's URL or base path where it cannot be moved under another
     * (as its Markdown links can, {@code quire.url.SiteUrls#ANY_BASE}): a template read
     * {@code site.baseUrl}, or {@code directory-listing} wrote its links.
     */
    SITE_URL
  }

  /** The one dependency on the URL the site is built for. */
  public static final Dependency SITE_URL_READ = new Dependency(Kind.SITE_URL, "", "");

  public Dependency {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(name, "name");
  }

  // Written out: every page's dependencies are looked up in the build's table of them, and the
  // generated record methods (method handles) are not inlined by the quick JIT tier.
  @Override
  public boolean equals(Object other) {
    return other instanceof Dependency d && kind == d.kind && name.equals(d.name) && folder.equals(d.folder);
  }

  @Override
  public int hashCode() {
    return (kind.ordinal() * 31 + folder.hashCode()) * 31 + name.hashCode();
  }
}
