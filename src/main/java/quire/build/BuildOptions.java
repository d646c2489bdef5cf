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
 * @param searchMayLag the search index may be the last build's: when pages changed and the cache
 *     holds the last index, the build keeps it and says so ({@link BuildStats#searchBehind}), so
 *     {@code quire serve} shows an edit first and makes the index after
 */
public record BuildOptions(Path source, Optional<Path> out, Optional<String> baseUrl, boolean drafts,
    Optional<BuildCache> cache, boolean searchMayLag) {
  public BuildOptions {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(cache, "cache");
  }

  /** Options without a cache. */
  public BuildOptions(Path source, Optional<Path> out, Optional<String> baseUrl, boolean drafts) {
    this(source, out, baseUrl, drafts, Optional.empty(), false);
  }

  public BuildOptions(Path source, Optional<Path> out, Optional<String> baseUrl, boolean drafts,
      Optional<BuildCache> cache) {
    this(source, out, baseUrl, drafts, cache, false);
  }

  public static BuildOptions of(Path source, Path out) {
    return new BuildOptions(source, Optional.of(out), Optional.empty(), false);
  }

  /** The same options with this cache. */
  public BuildOptions withCache(BuildCache cache) {
    return new BuildOptions(source, out, baseUrl, drafts, Optional.of(cache), searchMayLag);
  }

  /** The same options, letting the search index lag behind the pages (see {@code searchMayLag}). */
  public BuildOptions withSearchMayLag(boolean lag) {
    return new BuildOptions(source, out, baseUrl, drafts, cache, lag);
  }

  /** Where {@code quire build} keeps its cache by default: {@code target/quire-cache/} of the site. */
  public static Path defaultCache(Path source) {
    return source.resolve("target/quire-cache");
  }
}
