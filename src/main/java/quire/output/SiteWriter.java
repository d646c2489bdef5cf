package quire.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import quire.site.Asset;

/**
 * A site being written: files go into a new folder beside {@code target} (named
 * {@code .NAME.new-RANDOM}); {@link #commit()} puts it in place of {@code target}, {@link #abort()}
 * throws it away. Only an output folder that {@link OutputFolder} allows is ever replaced, and the
 * new folder carries {@link OutputFolder#MARKER} so the next build may replace it in turn.
 *
 * <p>Writing files is safe from several threads. {@link #commit()} and {@link #abort()} wait for
 * writes in progress to finish, and a write after either fails instead of recreating the folder,
 * so a fault on one thread never races the clean-up against page writers still writing.
 *
 * <p>{@link #update} writes in place instead. It is given the {@link FileStamp}s of what the
 * previous build left in {@code target}: a file whose content is the same, and which still has
 * the size and time it was left with, is not written at all; other files go into the new folder,
 * and commit moves each into {@code target} (one atomic rename per file) and deletes the files of
 * the previous build that this one did not make. An unchanged rebuild so writes nothing, and a
 * build that fails still leaves {@code target} as it was. {@link #stamps()} says what
 * {@code target} holds after the commit.
 */
public final class SiteWriter implements AutoCloseable {
  /** Renames a file or folder; replaced in tests to make a rename fail. */
  @FunctionalInterface
  interface Move {
    void move(Path from, Path to) throws IOException;
  }

  private static final Move ATOMIC = (from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path source;
  private final Path target;
  private final Path staging;
  private final Move move;
  private final ReadWriteLock lock = new ReentrantReadWriteLock();
  private static final FileStamp STAGED = new FileStamp("", -1, -1);
  private final Map<String, FileStamp> previous;
  private final boolean inPlace;
  private final boolean stamping;
  private final String resourceVersion;
  private final ConcurrentMap<String, FileStamp> made = new ConcurrentHashMap<>();
  /**
   * Each staged file's stamp: known when the file is a link to one whose stamp the caller knew
   * (a link shares its file's size and time), else its content alone (size -1), the file to be
   * looked at after the commit.
   */
  private final ConcurrentMap<String, FileStamp> staged = new ConcurrentHashMap<>();
  /** The folders of the staging folder made so far: 10,000 search files share one. */
  private final Set<Path> folders = ConcurrentHashMap.newKeySet();
  private boolean done;

  private SiteWriter(Path source, Path target, Path staging, Move move, Map<String, FileStamp> previous,
      boolean stamping, String resourceVersion) {
    this.source = source;
    this.target = target;
    this.staging = staging;
    this.move = move;
    this.inPlace = !previous.isEmpty() && Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS);
    this.previous = inPlace ? Map.copyOf(previous) : Map.of();
    this.stamping = stamping;
    this.resourceVersion = resourceVersion;
  }

  /**
   * Starts writing a site that will replace {@code target}, the output folder of the site folder
   * {@code source}. Removes new and old folders that an earlier build left beside the target
   * when it was killed.
   *
   * @throws OutputRefused when {@code target} is not a folder quire may replace
   */
  public static SiteWriter open(Path source, Path target) throws IOException {
    return open(source, target, ATOMIC, Map.of(), false, "");
  }

  /**
   * Starts writing a site over {@code target}, which the previous build left as {@code previous}
   * says (output path to stamp); with no stamps, or no {@code target}, as {@link #open} does.
   * {@code resourceVersion} names the version of the classpath resources (quire's jar): a
   * resource copied before under the same version is not read again.
   */
  public static SiteWriter update(Path source, Path target, Map<String, FileStamp> previous, String resourceVersion)
      throws IOException {
    return open(source, target, ATOMIC, previous, true, resourceVersion);
  }

  static SiteWriter open(Path source, Path target, Move move) throws IOException {
    return open(source, target, move, Map.of(), false, "");
  }

  private static SiteWriter open(Path source, Path target, Move move, Map<String, FileStamp> previous,
      boolean stamping, String resourceVersion) throws IOException {
    OutputFolder.require(source, target);
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    removeLeftovers(parent, absolute.getFileName().toString());
    Path staging = createFolder(parent, "." + absolute.getFileName() + ".new-");
    Files.writeString(staging.resolve(OutputFolder.MARKER),
        "This folder was written by quire, which replaces it at every build.\n", StandardCharsets.UTF_8);
    return new SiteWriter(source, absolute, staging, move, previous, stamping, resourceVersion);
  }

  public Path target() {
    return target;
  }

  /** Writes a text file at a {@code /}-separated path inside the site. */
  public void write(String path, String content) throws IOException {
    write(path, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a binary file at a {@code /}-separated path inside the site. */
  public void write(String path, byte[] content) throws IOException {
    write(path, content, stamping ? fingerprint(content) : "");
  }

  /** Writes a file whose content has the identity {@code content} (see {@link FileStamp}). */
  public void write(String path, byte[] bytes, String content) throws IOException {
    lock.readLock().lock();
    try {
      Optional<Path> file = stage(path, content);
      if (file.isPresent()) Files.write(file.get(), bytes);
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Puts a file at {@code path} as a hard link to {@code file} (a copy where links cannot be
   * made), which has the stamp {@code stamp} as the caller last looked: a link is the same file,
   * so its stamp after the commit is that one, and the file is not looked at again (at 10,000
   * pages, 20,000 fewer calls to the file system). Should {@code file} have changed in between,
   * the next build finds the output file unlike its stamp and writes it again. The caller must
   * never change {@code file} in place.
   */
  public void link(String path, Path file, FileStamp stamp) throws IOException {
    lock.readLock().lock();
    try {
      Optional<Path> to = stage(path, stamp.content());
      if (to.isEmpty()) return;
      try {
        Files.createLink(to.get(), file);
        if (stamp.size() >= 0) staged.put(path, stamp);
      } catch (IOException | UnsupportedOperationException e) {
        Files.copy(file, to.get(), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * Keeps the file at {@code path} as the previous build left it, when it has content
   * {@code content} and is untouched since; false (and nothing kept) otherwise.
   */
  public boolean keep(String path, String content) {
    if (holds(path, content)) {
      made.put(path, previous.get(path));
      return true;
    }
    return false;
  }

  /**
   * Whether the file at {@code path} is as the previous build left it, with content
   * {@code content}: what {@link #keep} would keep, without keeping it.
   */
  public boolean holds(String path, String content) {
    FileStamp before = previous.get(path);
    return before != null && before.content().equals(content) && unchanged(inTarget(path), before);
  }

  /** Copies an asset (a file of the site, or a built-in theme file) to its output path. */
  public void copy(Asset asset) throws IOException {
    if (asset.source().isEmpty()) {
      copyResource(asset.resource(), asset.output());
      return;
    }
    lock.readLock().lock();
    try {
      Path from = asset.source().get();
      BasicFileAttributes a = Files.readAttributes(from, BasicFileAttributes.class);
      Optional<Path> file = stage(asset.output(), "file:" + from.toAbsolutePath() + ":" + a.size() + ":"
          + a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
      if (file.isPresent()) Files.copy(from, file.get(), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Copies a classpath resource to a path inside the site. */
  public void copyResource(String resource, String path) throws IOException {
    lock.readLock().lock();
    try {
      Optional<Path> file = stage(path, "resource:" + resource + ":" + resourceVersion);
      if (file.isEmpty()) return;
      try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) throw new IOException("missing built-in resource " + resource);
        Files.copy(in, file.get(), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      lock.readLock().unlock();
    }
  }

  /**
   * The new file to write for {@code path} (its folders made), or empty when {@code target}
   * already holds it with this content and untouched since; called holding the read lock.
   */
  private Optional<Path> stage(String path, String content) throws IOException {
    if (done) throw new IOException("the site is no longer being written (the build ended)");
    FileStamp before = previous.get(path);
    if (before != null && before.content().equals(content) && unchanged(inTarget(path), before)) {
      made.put(path, before);
      return Optional.empty();
    }
    made.put(path, STAGED);
    staged.put(path, new FileStamp(content, -1, -1));
    return Optional.of(open(path));
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

  /** Where {@code path} is in the target folder (a file {@link #keep} kept is there). */
  public Path fileInTarget(String path) {
    return inTarget(path);
  }

  private Path inTarget(String path) {
    Path file = target.resolve(path).normalize();
    if (!file.startsWith(target) || file.equals(target)) throw new IllegalArgumentException("path leaves the site: " + path);
    return file;
  }

  /** The file for {@code path}, its folders made; called holding the read lock. */
  private Path open(String path) throws IOException {
    if (done) throw new IOException("the site is no longer being written (the build ended)");
    Path file = resolve(path);
    Path folder = file.getParent();
    if (!folders.contains(folder)) {
      Files.createDirectories(folder);
      // Its parents exist now too: a section's page, written after a page below it, makes no folder.
      Path made = folder;
      while (made.startsWith(staging) && folders.add(made)) made = made.getParent();
    }
    return file;
  }

  private Path resolve(String path) {
    Path file = staging.resolve(path).normalize();
    if (!file.startsWith(staging) || file.equals(staging)) {
      throw new IllegalArgumentException("path leaves the site: " + path);
    }
    return file;
  }

  /**
   * Puts the new site in place of the old one: the old folder is renamed aside, the new one
   * renamed in, and the old one deleted. When the second rename fails the old folder is renamed
   * back, so the target is never left missing.
   *
   * @throws OutputRefused when the target became a folder quire may not replace while building
   */
  public void commit() throws IOException {
    lock.writeLock().lock();
    try {
      if (done) throw new IllegalStateException("the site was already committed or aborted");
      OutputFolder.require(source, target);
      if (inPlace) {
        commitInPlace();
        done = true;
        stampMade();
        return;
      }
      Path old = null;
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        old = unusedName(target.getParent(), "." + target.getFileName() + ".old-");
        move.move(target, old);
      }
      try {
        move.move(staging, target);
      } catch (IOException | RuntimeException e) {
        if (old != null) {
          try {
            move.move(old, target);
          } catch (IOException | RuntimeException restore) {
            e.addSuppressed(restore);
          }
        }
        throw e;
      }
      done = true;
      stampMade();
      if (old != null) deleteTree(old);
    } finally {
      lock.writeLock().unlock();
    }
  }

  private void commitInPlace() throws IOException {
    for (Map.Entry<String, FileStamp> e : made.entrySet()) {
      if (e.getValue() != STAGED) continue;
      Path to = inTarget(e.getKey());
      Files.createDirectories(to.getParent());
      Files.move(resolve(e.getKey()), to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    for (String path : previous.keySet()) {
      if (made.containsKey(path)) continue;
      Path gone = inTarget(path);
      Files.deleteIfExists(gone);
      for (Path dir = gone.getParent(); !dir.equals(target); dir = dir.getParent()) {
        try {
          Files.deleteIfExists(dir);
        } catch (java.nio.file.DirectoryNotEmptyException notEmpty) {
          break;
        }
      }
    }
    deleteTree(staging);
  }

  private void stampMade() throws IOException {
    if (!stamping) return;
    for (Map.Entry<String, FileStamp> e : made.entrySet()) {
      if (e.getValue() != STAGED) continue;
      FileStamp stamp = staged.get(e.getKey());
      if (stamp.size() < 0) {
        BasicFileAttributes a = Files.readAttributes(inTarget(e.getKey()), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        stamp = new FileStamp(stamp.content(), a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
      }
      e.setValue(stamp);
    }
  }

  /** What {@code target} holds after {@link #commit()}: output path to stamp, sorted. */
  public Map<String, FileStamp> stamps() {
    if (!done) throw new IllegalStateException("stamps are known after commit");
    return new TreeMap<>(made);
  }

  /** How many files this build wrote (the rest were left as they were). */
  public long filesWritten() {
    return staged.size();
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
    return fingerprint(crc, crcC, bytes.length);
  }

  private static String fingerprint(CRC32 crc, CRC32C crcC, long size) {
    return Long.toHexString(crc.getValue()) + "-" + Long.toHexString(crcC.getValue()) + "-" + size;
  }

  /** {@link #fingerprint(byte[])} of a file's bytes, read a block at a time. */
  public static String fingerprint(Path file) throws IOException {
    CRC32 crc = new CRC32();
    CRC32C crcC = new CRC32C();
    long size = 0;
    byte[] block = new byte[1 << 16];
    try (InputStream in = Files.newInputStream(file)) {
      for (int n; (n = in.read(block)) > 0; ) {
        crc.update(block, 0, n);
        crcC.update(block, 0, n);
        size += n;
      }
    }
    return fingerprint(crc, crcC, size);
  }

  /**
   * Throws the new files away, after any write in progress has finished; the old site stays as
   * it was. Does nothing after {@link #commit()}.
   */
  public void abort() {
    lock.writeLock().lock();
    try {
      if (done) return;
      done = true;
      deleteTree(staging);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      lock.writeLock().unlock();
    }
  }

  @Override
  public void close() {
    abort();
  }

  /**
   * Deletes {@code .NAME.new-*} and {@code .NAME.old-*} folders beside the target that a killed
   * build left: only those that are empty or carry the marker, so a folder of the writer's that
   * happens to have such a name is left alone.
   */
  private static void removeLeftovers(Path parent, String name) throws IOException {
    String fresh = "." + name + ".new-";
    String old = "." + name + ".old-";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent,
        entry -> {
          String n = entry.getFileName().toString();
          return n.startsWith(fresh) || n.startsWith(old);
        })) {
      for (Path entry : entries) {
        if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) continue;
        boolean marked = Files.isRegularFile(entry.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS);
        boolean empty;
        try (DirectoryStream<Path> inside = Files.newDirectoryStream(entry)) {
          empty = !inside.iterator().hasNext();
        }
        if (marked || empty) deleteTree(entry);
      }
    }
  }

  /**
   * Makes a new folder {@code parent/prefixRANDOM} with the usual permissions (what the umask
   * allows, 0755 under the common 022), unlike a temporary folder, which only its owner may read.
   */
  private static Path createFolder(Path parent, String prefix) throws IOException {
    while (true) {
      try {
        return Files.createDirectory(unusedName(parent, prefix));
      } catch (FileAlreadyExistsException e) {
        // Taken between the check and the creation: draw another name.
      }
    }
  }

  private static Path unusedName(Path parent, String prefix) {
    while (true) {
      byte[] bytes = new byte[6];
      RANDOM.nextBytes(bytes);
      Path candidate = parent.resolve(prefix + HexFormat.of().formatHex(bytes));
      if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) return candidate;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        if (exc != null) throw exc;
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
