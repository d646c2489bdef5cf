package quire.site;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.util.io.DisabledOutputStream;

/**
 * The date of each page's last commit, for "Last updated" when the front matter has no
 * {@code updated} (Hugo's {@code enableGitInfo}). One walk of the log from {@code HEAD}, newest
 * first along first parents, diffing each commit with its parent and stopping once every page is
 * dated: never a walk per page. Dates are the committer's, as a UTC calendar date, so the same
 * commit gives the same dates on every machine. Outside a git repository, in an empty one, or
 * when the repository cannot be read, there are no dates and the build goes on without them.
 */
public record GitDates(Map<String, LocalDate> byPath) {
  /** No dates: outside a repository. */
  public static final GitDates NONE = new GitDates(Map.of());

  public GitDates {
    byPath = Map.copyOf(byPath);
  }

  /**
   * The date a page was last updated, as {@code yyyy-MM-dd} where it is a date: its front
   * matter's {@code updated} as written when it has one, else the date of its last commit, else
   * empty. The one place that decides, for the layout and the sitemap alike.
   */
  public String updated(SourcePage page) {
    if (!page.front().updated().isEmpty()) return page.front().updated();
    LocalDate date = byPath.get(page.path());
    return date == null ? "" : date.toString();
  }

  /**
   * The last-commit date of each of {@code pages} (paths from the site root, such as
   * {@code content/a.md}) that the log of the repository holding {@code siteRoot} touches.
   */
  public static GitDates read(Path siteRoot, Collection<String> pages) {
    return new GitDates(of(siteRoot, pages));
  }

  private static Map<String, LocalDate> of(Path siteRoot, Collection<String> pages) {
    Path root = siteRoot.toAbsolutePath().normalize();
    FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
    if (builder.getGitDir() == null) return Map.of();
    try (Repository repo = builder.setMustExist(true).build()) {
      if (repo.isBare() || repo.getWorkTree() == null) return Map.of();
      Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
      if (!root.startsWith(workTree)) return Map.of();
      String prefix = workTree.relativize(root).toString().replace('\\', '/');
      if (!prefix.isEmpty()) prefix += "/";
      return walk(repo, prefix, pages);
    } catch (IOException | RuntimeException e) {
      // A damaged or unusual repository only costs the dates; the pages still build.
      return Map.of();
    }
  }

  /** The files of {@code HEAD}'s tree under {@code prefix}. */
  private static Set<String> tracked(Repository repo, ObjectId head, String prefix) throws IOException {
    Set<String> files = new HashSet<>();
    try (RevWalk walk = new RevWalk(repo); TreeWalk tree = new TreeWalk(repo)) {
      tree.addTree(walk.parseCommit(head).getTree());
      tree.setRecursive(true);
      if (!prefix.isEmpty()) tree.setFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      while (tree.next()) files.add(tree.getPathString());
    }
    return files;
  }

  private static Map<String, LocalDate> walk(Repository repo, String prefix, Collection<String> pages) throws IOException {
    ObjectId head = repo.resolve("HEAD");
    if (head == null) return Map.of();
    Set<String> wanted = new HashSet<>();
    for (String page : pages) wanted.add(prefix + page);
    wanted.retainAll(tracked(repo, head, prefix));
    // Pages git does not track (a generated or ignored site) have no commit to find.
    if (wanted.isEmpty()) return Map.of();
    Map<String, LocalDate> dates = new HashMap<>();
    try (RevWalk walk = new RevWalk(repo);
         DiffFormatter diff = new DiffFormatter(DisabledOutputStream.INSTANCE)) {
      diff.setRepository(repo);
      diff.setDetectRenames(false);
      if (!prefix.isEmpty()) diff.setPathFilter(PathFilter.create(prefix.substring(0, prefix.length() - 1)));
      walk.sort(RevSort.COMMIT_TIME_DESC);
      walk.setFirstParent(true);
      walk.markStart(walk.parseCommit(head));
      for (RevCommit commit : walk) {
        RevCommit parent = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
        for (DiffEntry entry : diff.scan(parent == null ? null : parent.getTree(), commit.getTree())) {
          String path = entry.getChangeType() == DiffEntry.ChangeType.DELETE ? entry.getOldPath() : entry.getNewPath();
          if (wanted.remove(path)) {
            LocalDate date = LocalDate.ofInstant(Instant.ofEpochSecond(commit.getCommitTime()), ZoneOffset.UTC);
            dates.put(path.substring(prefix.length()), date);
          }
        }
        if (wanted.isEmpty()) break;
      }
    }
    return dates;
  }
}
