package quire.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.site.Site;
import quire.site.SiteLoader;

/**
 * The site as {@code quire serve} last loaded it, with the problems loading found, kept by file,
 * so that after an edit only the changed pages and partials are read again (and their problems
 * replaced). A change it cannot apply file by file (a folder, {@code site/}, anything but
 * Markdown) loads the whole site again. Not thread-safe: the preview updates it from one thread.
 */
final class LiveSite {
  private final Path root;
  private final boolean drafts;
  private Site site;
  private final Map<String, List<Problem>> problemsByFile = new HashMap<>();

  LiveSite(Path root, boolean drafts) {
    this.root = root;
    this.drafts = drafts;
  }

  /**
   * Applies the changes to {@code files} (absolute paths; empty: anything may have changed).
   */
  void update(Set<Path> files) {
    Problems found = new Problems();
    Optional<Site> next = site == null || files.isEmpty() ? Optional.empty() : SiteLoader.reload(site, files, drafts, found);
    if (next.isPresent()) {
      for (Path file : files) problemsByFile.remove(root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/'));
      site = next.get();
    } else {
      problemsByFile.clear();
      site = SiteLoader.load(root, drafts, found);
    }
    for (Problem p : found.sorted()) problemsByFile.computeIfAbsent(p.at().file(), k -> new ArrayList<>()).add(p);
  }

  Site site() {
    return site;
  }

  /** What loading the current files found. */
  List<Problem> problems() {
    List<Problem> all = new ArrayList<>();
    problemsByFile.values().forEach(all::addAll);
    return all;
  }
}
