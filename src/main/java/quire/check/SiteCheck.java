package quire.check;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import quire.build.BuildCache;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import quire.diag.Problem;
import quire.site.SiteBoundary;

/**
 * {@code quire check}: builds the site without writing it, checks links, anchors and images
 * (and external links when asked), and returns every problem of the build and the checks.
 */
public final class SiteCheck {
  private SiteCheck() {}

  /**
   * What to check.
   *
   * @param source the site folder
   * @param external check external links too
   * @param cacheFile where external results are remembered between runs (empty: nowhere)
   * @param baseUrl overrides {@code baseUrl} of the config, as {@code quire build --base-url} does,
   *     so the site checked is the site published
   * @param buildCache the build cache to take unchanged pages from and keep what is rendered in, as
   *     {@code quire build} does (empty: every page is rendered, nothing kept)
   */
  public record Options(Path source, boolean external, Optional<Path> cacheFile, ExternalLinkCheck.Settings settings,
      Optional<String> baseUrl, Optional<Path> buildCache) {
    public Options(Path source, boolean external, Optional<Path> cacheFile, ExternalLinkCheck.Settings settings) {
      this(source, external, cacheFile, settings, Optional.empty(), Optional.empty());
    }

    public Options withBaseUrl(Optional<String> url) {
      return new Options(source, external, cacheFile, settings, url, buildCache);
    }

    public Options withBuildCache(Optional<Path> cache) {
      return new Options(source, external, cacheFile, settings, baseUrl, cache);
    }

    /**
     * Checks {@code source}; external results are cached in its {@code target/quire-link-cache.tsv},
     * and pages in the build's cache ({@code target/quire-cache}), which a {@code quire build} of
     * the same site after the check then finds rendered.
     */
    public static Options of(Path source, boolean external) {
      return new Options(source, external, Optional.of(source.resolve("target/quire-link-cache.tsv")),
          ExternalLinkCheck.Settings.DEFAULTS, Optional.empty(), Optional.of(BuildOptions.defaultCache(source)));
    }
  }

  /**
   * What the check found.
   *
   * @param problems every problem, sorted, without repeats
   * @param files the site's pages and partials (paths from the site root), for reports that list
   *     what was checked
   * @param references how many {@code href}/{@code src} values the built pages hold
   * @param build how long building took
   * @param check how long the link checks took after the build
   * @param scan time spent scanning the pages' HTML during the build, summed over its threads
   */
  public record Result(List<Problem> problems, List<String> files, int references, Duration build, Duration check,
      Duration scan) {
    public Result {
      problems = List.copyOf(problems);
      files = List.copyOf(files);
    }

    public long errors() {
      return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
      return problems.size() - errors();
    }
  }

  public static Result run(Options options) {
    LinkCheck links = new LinkCheck(options.external());
    BuildOptions build = new BuildOptions(options.source(), Optional.empty(), options.baseUrl(), false);
    if (options.buildCache().filter(dir -> BuildCache.refusal(options.source(), dir).isEmpty()).isPresent()) {
      build = build.withCache(BuildCache.openInBackground(options.buildCache().get()));
    }
    BuildResult built = SiteBuilder.build(build, links);
    long started = System.nanoTime();
    // The build ran the link check before finishing, and its problems are the build's.
    LinkCheck.Result checked = links.result().orElseGet(() -> links.check(built));
    List<Problem> all = new ArrayList<>(built.problems());
    if (options.external()) {
      // Results are remembered only where no link can lead the file's write or read elsewhere.
      Optional<Path> results = options.cacheFile().filter(f -> SiteBoundary.linkOnTheWay(options.source(), f).isEmpty());
      ExternalLinkCheck external = ExternalLinkCheck.of(options.settings(), results,
          built.site().config().externalIgnore());
      all.addAll(external.check(checked.external()));
    }
    List<Problem> sorted = new ArrayList<>(new LinkedHashSet<>(all));
    sorted.sort(null);
    return new Result(sorted, built.sourceFiles(), checked.references(), built.elapsed(), links.checkTime().plus(Duration.ofNanos(System.nanoTime() - started)),
        links.scanTime());
  }
}
