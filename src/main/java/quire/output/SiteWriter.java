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
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
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
  private boolean done;

  private SiteWriter(Path source, Path target, Path staging, Move move) {
    this.source = source;
    this.target = target;
    this.staging = staging;
    this.move = move;
  }

  /**
   * Starts writing a site that will replace {@code target}, the output folder of the site folder
   * {@code source}. Removes new and old folders that an earlier build left beside the target
   * when it was killed.
   *
   * @throws OutputRefused when {@code target} is not a folder quire may replace
   */
  public static SiteWriter open(Path source, Path target) throws IOException {
    return open(source, target, ATOMIC);
  }

  static SiteWriter open(Path source, Path target, Move move) throws IOException {
    OutputFolder.require(source, target);
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    removeLeftovers(parent, absolute.getFileName().toString());
    Path staging = createFolder(parent, "." + absolute.getFileName() + ".new-");
    Files.writeString(staging.resolve(OutputFolder.MARKER),
        "This folder was written by quire, which replaces it at every build.\n", StandardCharsets.UTF_8);
    return new SiteWriter(source, absolute, staging, move);
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
    lock.readLock().lock();
    try {
      Path file = open(path);
      Files.write(file, content);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Copies an asset (a file of the site, or a built-in theme file) to its output path. */
  public void copy(Asset asset) throws IOException {
    if (asset.source().isEmpty()) {
      copyResource(asset.resource(), asset.output());
      return;
    }
    lock.readLock().lock();
    try {
      Files.copy(asset.source().get(), open(asset.output()), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Copies a classpath resource to a path inside the site. */
  public void copyResource(String resource, String path) throws IOException {
    lock.readLock().lock();
    try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing built-in resource " + resource);
      Files.copy(in, open(path), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      lock.readLock().unlock();
    }
  }

  /** Whether a file has been written at this path. */
  public boolean exists(String path) {
    return Files.exists(resolve(path));
  }

  /** The file for {@code path}, its folders made; called holding the read lock. */
  private Path open(String path) throws IOException {
    if (done) throw new IOException("the site is no longer being written (the build ended)");
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
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
      if (old != null) deleteTree(old);
    } finally {
      lock.writeLock().unlock();
    }
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
