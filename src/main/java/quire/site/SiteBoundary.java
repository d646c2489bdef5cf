package quire.site;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The site folder as the limit of what quire reads: a path lies inside when, with every symbolic
 * link on the way resolved, it is the site folder or under it. A link under {@code content/},
 * {@code partials/} or {@code site/} that leads out of the site (to {@code /etc/passwd}, to
 * {@code /proc/self/environ}, to another project) is never followed. Immutable; thread-safe.
 */
public final class SiteBoundary {
  private final Path root;

  private SiteBoundary(Path root) {
    this.root = root;
  }

  /** The boundary of the site folder {@code root} (resolved once, so a linked site folder works). */
  public static SiteBoundary of(Path root) {
    Path absolute = root.toAbsolutePath().normalize();
    try {
      return new SiteBoundary(absolute.toRealPath());
    } catch (IOException e) {
      return new SiteBoundary(absolute);
    }
  }

  /** The site folder, its links resolved. */
  public Path root() {
    return root;
  }

  /**
   * Whether {@code path}, its links resolved, lies inside the site folder. False for a link that
   * leads nowhere (it cannot be shown to lie inside) and for a path that does not exist.
   */
  public boolean contains(Path path) {
    try {
      return path.toRealPath().startsWith(root);
    } catch (IOException e) {
      return false;
    }
  }
}
