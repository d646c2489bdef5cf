package quire.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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

  /**
   * The first of the folders and files from site folder {@code site} down to {@code path} (the
   * site folder itself left out) that is a symbolic link, if any. quire writes its own files (the
   * build cache, the external-link cache) only where no link can lead the write, or a read,
   * elsewhere: a repository can commit a link as {@code target/}.
   */
  public static Optional<Path> linkOnTheWay(Path site, Path path) {
    Path root = site.toAbsolutePath().normalize();
    Path p = path.toAbsolutePath().normalize();
    if (!p.startsWith(root)) return Files.isSymbolicLink(p) ? Optional.of(p) : Optional.empty();
    Optional<Path> first = Optional.empty();
    for (; p != null && !p.equals(root); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) first = Optional.of(p);
    }
    return first;
  }

  /** {@code path} as a writer reads it: from site folder {@code site} when it lies in it, else whole. */
  public static String shown(Path site, Path path) {
    Path root = site.toAbsolutePath().normalize();
    Path p = path.toAbsolutePath().normalize();
    return p.startsWith(root) ? root.relativize(p).toString() : p.toString();
  }
}
