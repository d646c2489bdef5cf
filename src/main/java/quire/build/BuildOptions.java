package quire.build;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What to build.
 *
 * @param source the site folder (holding {@code content/})
 * @param out where to write the site; empty to build without writing
 * @param baseUrl overrides {@code baseUrl} of the config
 * @param drafts build pages whose front matter says {@code draft: true}
 * @param cache the build cache to read and update; empty to build everything afresh
 */
public record BuildOptions(Path source, Optional<Path> out, Optional<String> baseUrl, boolean drafts,
    Optional<BuildCache> cache) {
  public BuildOptions {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(cache, "cache");
  }

  /** Options without a cache. */
  public BuildOptions(Path source, Optional<Path> out, Optional<String> baseUrl, boolean drafts) {
    this(source, out, baseUrl, drafts, Optional.empty());
  }

  public static BuildOptions of(Path source, Path out) {
    return new BuildOptions(source, Optional.of(out), Optional.empty(), false);
  }

  /** The same options with this cache. */
  public BuildOptions withCache(BuildCache cache) {
    return new BuildOptions(source, out, baseUrl, drafts, Optional.of(cache));
  }

  /** Where {@code quire build} keeps its cache by default: {@code target/quire-cache/} of the site. */
  public static Path defaultCache(Path source) {
    return source.resolve("target/quire-cache");
  }
}
