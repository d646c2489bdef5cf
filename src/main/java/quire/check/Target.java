package quire.check;

import java.util.Optional;
import quire.url.SiteUrls;

/**
 * Where a reference of a built page points, worked out the way a browser would from the page's
 * URL. Immutable.
 *
 * @param kind what sort of target it is
 * @param path for {@link Kind#INTERNAL}: the path inside the output folder, percent-decoded,
 *     without a leading {@code /} ({@code a/b/} or {@code css/x.css}); for {@link Kind#EXTERNAL}
 *     the URL without its fragment; for {@link Kind#OUTSIDE} the decoded absolute path
 * @param fragment the decoded fragment, empty when there is none
 */
record Target(Kind kind, String path, String fragment) {
  enum Kind {
    /** A file of the site (or a page, when {@code path} is empty or ends in {@code /}). */
    INTERNAL,
    /** An {@code http(s)} URL elsewhere. */
    EXTERNAL,
    /** A root-relative path outside the site's base path. */
    OUTSIDE,
    /** Nothing to check: {@code mailto:}, {@code data:}, {@code javascript:} and the like. */
    SKIPPED
  }

  private static final Target SKIP = new Target(Kind.SKIPPED, "", "");

  /**
   * Resolves an attribute value found on the page at {@code pageUrl} (which starts with
   * {@code basePath} and ends with {@code /}).
   */
  static Target resolve(String value, String pageUrl, String basePath) {
    if (value.isEmpty()) return SKIP;
    String rest = value;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = SiteUrls.decode(rest.substring(hash + 1));
      rest = rest.substring(0, hash);
    }
    if (rest.startsWith("//")) {
      return new Target(Kind.EXTERNAL, "https:" + value.substring(0, hash >= 0 ? hash : value.length()), fragment);
    }
    Optional<String> scheme = SiteUrls.scheme(rest);
    if (scheme.isPresent()) {
      return scheme.get().equals("http") || scheme.get().equals("https")
          ? new Target(Kind.EXTERNAL, value.substring(0, hash >= 0 ? hash : value.length()), fragment)
          : SKIP;
    }
    int query = rest.indexOf('?');
    if (query >= 0) rest = rest.substring(0, query);
    String absolute;
    if (rest.isEmpty()) {
      absolute = pageUrl;
    } else if (rest.startsWith("/")) {
      absolute = rest;
    } else {
      absolute = SiteUrls.folderOf(pageUrl) + rest;
    }
    absolute = SiteUrls.decode(SiteUrls.normalize(absolute));
    if (!absolute.startsWith(basePath)) {
      if ((absolute + "/").equals(basePath)) return new Target(Kind.INTERNAL, "", fragment);
      return new Target(Kind.OUTSIDE, absolute, fragment);
    }
    return new Target(Kind.INTERNAL, absolute.substring(basePath.length()), fragment);
  }
}
