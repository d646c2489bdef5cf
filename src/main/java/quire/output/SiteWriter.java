package quire.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import quire.site.Asset;

/**
 * A site being written. Nothing outside {@code target} changes before {@link #commit()}, and
 * {@code target} itself changes only there, so a build that fails (and calls {@link #abort()})
 * leaves the previous site as it was.
 *
 * <p>Two ways to write. {@link #open} writes every file into a temporary folder beside
 * {@code target} and {@link #commit()} swaps the folders. {@link #update} is given the
 * {@link FileStamp}s of what the previous build left in {@code target}: a file whose content is
 * the same, and which still has the size and time it was left with, is not written at all; other
 * files go into the temporary folder, and commit moves each into {@code target} (one atomic rename
 * per file) and deletes the files of the previous build that this one did not make. An unchanged
 * rebuild so writes nothing. Either way {@link #stamps()} says what {@code target} holds after the
 * commit. Writing files is safe from several threads; commit and abort are not.
 */
public final class SiteWriter implements AutoCloseable {
  private static final FileStamp STAGED = new FileStamp("", -1, -1);

  private final Path target;
  private final Path staging;
  private final Map<String, FileStamp> previous;
  private final boolean inPlace;
  private final boolean stamping;
  private final String resourceVersion;
  private final ConcurrentMap<String, FileStamp> made = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> stagedContent = new ConcurrentHashMap<>();
  private boolean done;

  private SiteWriter(Path target, Path staging, Map<String, FileStamp> previous, boolean inPlace, boolean stamping,
      String resourceVersion) {
    this.resourceVersion = resourceVersion;
    this.target = target;
    this.staging = staging;
    this.previous = previous;
    this.inPlace = inPlace;
    this.stamping = stamping;
  }

  /**
   * Starts writing a site that will replace {@code target} as a whole, without keeping stamps
   * (so nothing is hashed: {@link #stamps()} gives no content identities).
   */
  public static SiteWriter open(Path target) throws IOException {
    return start(target, Map.of(), false, "");
  }

  /**
   * Starts writing a site over {@code target}, which the previous build left as {@code previous}
   * says (output path to stamp). With no stamps, or no {@code target}, the same as {@link #open}.
   * {@code resourceVersion} names the version of the classpath resources (quire's jar): a
   * resource copied before under the same version is not read again.
   */
  public static SiteWriter update(Path target, Map<String, FileStamp> previous, String resourceVersion)
      throws IOException {
    return start(target, previous, true, resourceVersion);
  }

  private static SiteWriter start(Path target, Map<String, FileStamp> previous, boolean stamping,
      String resourceVersion) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
    boolean inPlace = !previous.isEmpty() && Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS);
    return new SiteWriter(absolute, staging, inPlace ? Map.copyOf(previous) : Map.of(), inPlace, stamping,
        resourceVersion);
  }

  public Path target() {
    return target;
  }

  /** Writes a text file at a {@code /}-separated path inside the site. */
  public void write(String path, String content) throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    write(path, bytes, stamping ? fingerprint(bytes) : "");
  }

  /** Writes a binary file at a {@code /}-separated path inside the site. */
  public void write(String path, byte[] content) throws IOException {
    write(path, content, stamping ? fingerprint(content) : "");
  }

  /** Writes a file whose content has the identity {@code content} (see {@link FileStamp}). */
  public void write(String path, byte[] bytes, String content) throws IOException {
    Optional<Path> file = stage(path, content);
    if (file.isPresent()) Files.write(file.get(), bytes);
  }

  /**
   * Puts a file of identity {@code content} at {@code path} as a hard link to {@code file}
   * (a copy where links cannot be made). The caller must never change {@code file} in place.
   */
  public void link(String path, Path file, String content) throws IOException {
    Optional<Path> to = stage(path, content);
    if (to.isEmpty()) return;
    try {
      Files.createLink(to.get(), file);
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(file, to.get(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Keeps the file at {@code path} as the previous build left it, when it has content
   * {@code content} and is untouched since; false (and nothing kept) otherwise.
   */
  public boolean keep(String path, String content) {
    FileStamp before = previous.get(path);
    if (before != null && before.content().equals(content) && unchanged(resolve(target, path), before)) {
      made.put(path, before);
      return true;
    }
    return false;
  }

  /** Copies an asset (a file of the site, or a built-in theme file) to its output path. */
  public void copy(Asset asset) throws IOException {
    if (asset.source().isPresent()) {
      Path source = asset.source().get();
      BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
      String content = "file:" + source.toAbsolutePath() + ":" + attributes.size() + ":"
          + attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
      Optional<Path> file = stage(asset.output(), content);
      if (file.isPresent()) Files.copy(source, file.get(), StandardCopyOption.REPLACE_EXISTING);
    } else {
      copyResource(asset.resource(), asset.output());
    }
  }

  /** Copies a classpath resource to a path inside the site. */
  public void copyResource(String resource, String path) throws IOException {
    Optional<Path> file = stage(path, "resource:" + resource + ":" + resourceVersion);
    if (file.isEmpty()) return;
    try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing built-in resource " + resource);
      Files.copy(in, file.get(), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Whether a file has been written at this path. */
  public boolean exists(String path) {
    return made.containsKey(path) || Files.exists(resolve(staging, path));
  }

  /**
   * Where to write the file at {@code path}, or empty when {@code target} already holds it
   * with this content and untouched since.
   */
  private Optional<Path> stage(String path, String content) throws IOException {
    Path file = resolve(staging, path);
    FileStamp before = previous.get(path);
    if (before != null && before.content().equals(content) && unchanged(resolve(target, path), before)) {
      made.put(path, before);
      return Optional.empty();
    }
    made.put(path, STAGED);
    stagedContent.put(path, content);
    Files.createDirectories(file.getParent());
    return Optional.of(file);
  }

  private static boolean unchanged(Path file, FileStamp stamp) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile() && a.size() == stamp.size()
          && a.lastModifiedTime().to(TimeUnit.NANOSECONDS) == stamp.modified();
    } catch (IOException e) {
      return false;
    }
  }

  private static Path resolve(Path root, String path) {
    Path file = root.resolve(path).normalize();
    if (!file.startsWith(root) || file.equals(root)) throw new IllegalArgumentException("path leaves the site: " + path);
    return file;
  }

  /** Puts the new site in place of the old one. */
  public void commit() throws IOException {
    if (inPlace) {
      commitInPlace();
    } else {
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      done = true;
      if (old != null) deleteTree(old);
    }
    done = true;
    for (Map.Entry<String, FileStamp> e : made.entrySet()) {
      if (e.getValue() == STAGED) e.setValue(stampOf(e.getKey()));
    }
  }

  private void commitInPlace() throws IOException {
    for (Map.Entry<String, FileStamp> e : made.entrySet()) {
      if (e.getValue() != STAGED) continue;
      Path to = resolve(target, e.getKey());
      Files.createDirectories(to.getParent());
      Files.move(resolve(staging, e.getKey()), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    for (String path : previous.keySet()) {
      if (made.containsKey(path)) continue;
      Path gone = resolve(target, path);
      Files.deleteIfExists(gone);
      for (Path dir = gone.getParent(); !dir.equals(target); dir = dir.getParent()) {
        try {
          Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException notEmpty) {
          break;
        }
      }
    }
    deleteTree(staging);
  }

  private FileStamp stampOf(String path) throws IOException {
    BasicFileAttributes a = Files.readAttributes(resolve(target, path), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    return new FileStamp(stagedContent.get(path), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  /** What {@code target} holds after {@link #commit()}: output path to stamp, sorted. */
  public Map<String, FileStamp> stamps() {
    if (!done) throw new IllegalStateException("stamps are known after commit");
    return new TreeMap<>(made);
  }

  /** How many files this build wrote (the rest were left as they were). */
  public long filesWritten() {
    return stagedContent.size();
  }

  /** Throws the new files away; the old site stays as it was. */
  public void abort() {
    if (done) return;
    done = true;
    try {
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    abort();
  }

  /**
   * The identity of some bytes, for telling a file's content apart from the content it had: the
   * CRC-32 and CRC-32C of the bytes and their length (a 64-bit checksum, not a defence against
   * crafted input). Both checksums run as single CPU instructions in every JIT tier, where
   * SHA-256 is plain Java under the quick tier the launcher uses and cost a second per 1,000
   * pages.
   */
  public static String fingerprint(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    CRC32C crcC = new CRC32C();
    crcC.update(bytes);
    return Long.toHexString(crc.getValue()) + "-" + Long.toHexString(crcC.getValue()) + "-" + bytes.length;
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
