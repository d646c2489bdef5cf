package quire.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import quire.site.SiteBoundary;

/**
 * The rules that make the output folder quire's own, so that replacing it can never delete a
 * writer's files: it is not the site folder, does not contain it, does not lie inside
 * {@code content/}, {@code partials/} or {@code site/}, is not {@code /} or a file, and, when it
 * exists, is empty or holds the {@link #MARKER} file a previous build wrote. Paths are compared
 * after resolving {@code ..} and symbolic links, so {@code --out ..} or a link to the sources is
 * seen for what it is. Stateless; safe from any thread.
 */
public final class OutputFolder {
  /** The file quire writes inside every output folder it makes; only such folders are replaced. */
  public static final String MARKER = ".quire-output";

  /** The folders of a site that hold its sources. */
  private static final List<String> SOURCE_FOLDERS = List.of("content", "partials", "site");

  private OutputFolder() {}

  /**
   * Why quire must not write its site to {@code out} for the site folder {@code source}, as one
   * sentence naming the folder; empty when it may.
   */
  public static Optional<String> refusal(Path source, Path out) {
    Path site = real(source);
    Path target = real(out);
    String shown = out.toString();
    if (target.getParent() == null) {
      return Optional.of("refusing to write the site to " + shown + ": it is the root of the file system");
    }
    if (target.equals(site)) {
      return Optional.of("refusing to write the site to " + shown + ": it is the site folder itself, and building "
          + "would replace the sources; pick a folder of its own, e.g. target/site");
    }
    if (site.startsWith(target)) {
      return Optional.of("refusing to write the site to " + shown + ": it contains the site folder, and building "
          + "would replace the sources; pick a folder of its own, e.g. target/site");
    }
    for (String folder : SOURCE_FOLDERS) {
      if (target.startsWith(site.resolve(folder))) {
        return Optional.of("refusing to write the site to " + shown + ": it lies inside " + folder
            + "/, which holds the sources; pick a folder of its own, e.g. target/site");
      }
    }
    if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of("refusing to write the site to " + shown + ": it is a file, not a folder; "
          + "remove it or pick another folder");
    }
    if (Files.isDirectory(target) && !ownedOrEmpty(target)) {
      return Optional.of("refusing to replace " + shown + ": the folder is not empty and quire did not write it "
          + "(it has no " + MARKER + " file); remove it yourself or pick another folder");
    }
    return Optional.empty();
  }

  /**
   * As {@link #refusal}, for an output folder quire chose ({@code target/site}, {@code
   * target/serve}): refused too when a symbolic link is on the way to it from the site folder. A
   * repository can commit {@code target} as a link to anywhere; a folder named with {@code --out}
   * is the writer's own choice.
   */
  public static Optional<String> defaultRefusal(Path source, Path out) {
    Optional<Path> link = SiteBoundary.linkOnTheWay(source, out);
    if (link.isPresent()) {
      return Optional.of("refusing to write the site to " + out + ": " + SiteBoundary.shown(source, link.get())
          + " is a symbolic link, which a site's files may make lead anywhere; remove it, or name the folder to write with --out");
    }
    return refusal(source, out);
  }

  /** Throws {@link OutputRefused} with the reason of {@link #defaultRefusal}, if there is one. */
  public static void requireDefault(Path source, Path out) {
    Optional<String> reason = defaultRefusal(source, out);
    if (reason.isPresent()) throw new OutputRefused(reason.get());
  }

  /** Throws {@link OutputRefused} when {@link #refusal} gives a reason. */
  public static void require(Path source, Path out) {
    Optional<String> reason = refusal(source, out);
    if (reason.isPresent()) throw new OutputRefused(reason.get());
  }

  private static boolean ownedOrEmpty(Path folder) {
    if (Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) return true;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The absolute path with {@code ..} and symbolic links resolved, as far as it exists: the
   * deepest existing ancestor is resolved by the file system and the rest appended.
   */
  static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return absolute;
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
    } catch (IOException e) {
      return absolute;
    }
  }
}
