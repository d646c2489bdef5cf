package quire.build;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build.
 *
 * @param source the site folder (holding {@code content/})
 * @param out where to write the site; empty to build without writing
 * @param baseUrl overrides {@code baseUrl} of the config
 * @param drafts build pages whose front matter says {@code draft: true}
 */
public record BuildOptions(Path source, Optional<Path> out, Optional<String> baseUrl, boolean drafts) {
  public static BuildOptions of(Path source, Path out) {
    return new BuildOptions(source, Optional.of(out), Optional.empty(), false);
  }
}
