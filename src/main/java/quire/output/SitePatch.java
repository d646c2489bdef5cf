package quire.output;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A few files changed in a site already written, for {@code quire serve}: each new file is
 * written beside its place and renamed over it (so a reader never sees half a page), each gone
 * file deleted with the folders it leaves empty. Only an output folder {@link OutputFolder}
 * allows is touched, and only inside it. Returns the {@link FileStamp}s of what it wrote, so a
 * later {@link SiteWriter#update} knows the files. Not thread-safe.
 */
public final class SitePatch {
  private SitePatch() {}

  /**
   * Writes {@code files} (output path → bytes) into {@code target} and deletes {@code deleted};
   * returns the stamps of the written files, whose content identity is
   * {@link SiteWriter#fingerprint} of their bytes.
   *
   * @throws OutputRefused when {@code target} is not a folder quire may write
   */
  public static Map<String, FileStamp> apply(Path source, Path target, Map<String, byte[]> files,
      Iterable<String> deleted) throws IOException {
    OutputFolder.require(source, target);
    Path root = target.toAbsolutePath().normalize();
    Map<String, FileStamp> stamps = new HashMap<>();
    for (Map.Entry<String, byte[]> e : files.entrySet()) {
      Path file = inside(root, e.getKey());
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), ".quire-", ".tmp");
      try {
        Files.write(temp, e.getValue());
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(temp);
      }
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      stamps.put(e.getKey(), new FileStamp(SiteWriter.fingerprint(e.getValue()), a.size(),
          a.lastModifiedTime().to(TimeUnit.NANOSECONDS)));
    }
    for (String path : deleted) {
      Path gone = inside(root, path);
      Files.deleteIfExists(gone);
      for (Path dir = gone.getParent(); !dir.equals(root); dir = dir.getParent()) {
        try {
          Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException notEmpty) {
          break;
        }
      }
    }
    return stamps;
  }

  private static Path inside(Path root, String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root) || file.equals(root)) throw new IllegalArgumentException("path leaves the site: " + path);
    return file;
  }
}
