package quire.site;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A file copied into the output as it is.
 *
 * @param output the path in the output folder, {@code /}-separated ({@code email-security/static/x.png})
 * @param source the file on disk, or empty when it comes from the built-in theme
 * @param resource the classpath resource of a built-in theme file, or empty
 */
public record Asset(String output, Optional<Path> source, String resource) {
  public static Asset file(String output, Path source) {
    return new Asset(output, Optional.of(source), "");
  }

  public static Asset builtIn(String output, String resource) {
    return new Asset(output, Optional.empty(), resource);
  }
}
