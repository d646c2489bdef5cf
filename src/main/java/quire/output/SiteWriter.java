package quire.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import quire.site.Asset;

/**
 * A site being written: files go into a temporary folder beside {@code target}; {@link #commit()}
 * replaces {@code target} with it, {@link #abort()} throws it away. Writing files is safe from
 * several threads; commit and abort are not.
 */
public final class SiteWriter implements AutoCloseable {
  private final Path target;
  private final Path staging;
  private boolean done;

  private SiteWriter(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Starts writing a site that will replace {@code target}. */
  public static SiteWriter open(Path target) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    Files.createDirectories(parent);
    Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".new-");
    return new SiteWriter(absolute, staging);
  }

  public Path target() {
    return target;
  }

  /** Writes a text file at a {@code /}-separated path inside the site. */
  public void write(String path, String content) throws IOException {
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }

  /** Writes a binary file at a {@code /}-separated path inside the site. */
  public void write(String path, byte[] content) throws IOException {
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
  }

  /** Copies an asset (a file of the site, or a built-in theme file) to its output path. */
  public void copy(Asset asset) throws IOException {
    Path file = resolve(asset.output());
    Files.createDirectories(file.getParent());
    if (asset.source().isPresent()) {
      Files.copy(asset.source().get(), file, StandardCopyOption.REPLACE_EXISTING);
    } else {
      copyResource(asset.resource(), asset.output());
    }
  }

  /** Copies a classpath resource to a path inside the site. */
  public void copyResource(String resource, String path) throws IOException {
    Path file = resolve(path);
    Files.createDirectories(file.getParent());
    try (InputStream in = SiteWriter.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) throw new IOException("missing built-in resource " + resource);
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Whether a file has been written at this path. */
  public boolean exists(String path) {
    return Files.exists(resolve(path));
  }

  private Path resolve(String path) {
    Path file = staging.resolve(path).normalize();
    if (!file.startsWith(staging)) throw new IllegalArgumentException("path leaves the site: " + path);
    return file;
  }

  /** Puts the new site in place of the old one. */
  public void commit() throws IOException {
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
