package quire.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import quire.build.BuildCache;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.BuildStats;
import quire.build.SiteBuilder;
import quire.check.LinkCheck;
import quire.diag.Rule;
import quire.output.OutputFolder;
import quire.report.TextReport;

/** {@code quire build}: builds the site into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Builds the site. A build with errors leaves the previous output in place.")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SiteFolder site;

  @Option(names = "--out", paramLabel = "DIR", description = "Where to write the site (default: target/site in the site folder).")
  Path out;

  @Option(names = "--base-url", paramLabel = "URL", description = "The URL the site is published at (overrides baseUrl).")
  String baseUrl;

  @Option(names = "--drafts", description = "Build pages marked draft: true.")
  boolean drafts;

  @Option(names = "--no-cache", description = "Build every page afresh, neither reading nor updating the build cache (target/quire-cache).")
  boolean noCache;

  @Option(names = "--format", paramLabel = "FORMAT", description = "How problems are written: text (default, on "
      + "standard error), or json, junit, github or sarif, as quire check writes them, on standard output (the "
      + "summary then goes to standard error).")
  ProblemFormat format = ProblemFormat.TEXT;

  @Option(names = "--verbose", description = "Print processor time, and the stack trace of an internal error.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!site.exists("build", spec.commandLine().getErr())) return Main.USAGE;
    PrintWriter err = spec.commandLine().getErr();
    Path target = this.out != null ? this.out : site.source.resolve("target/site");
    Optional<String> refused = this.out != null ? OutputFolder.refusal(site.source, target) : OutputFolder.defaultRefusal(site.source, target);
    if (refused.isPresent()) {
      err.println("quire build: " + refused.get());
      return Main.USAGE;
    }
    // Only --verbose reads the process's CPU time: the first reading loads a native library.
    long cpu = verbose ? processCpuNanos() : 0;
    BuildOptions options = new BuildOptions(site.source, Optional.of(target), Optional.ofNullable(baseUrl), drafts);
    // The cache's index is read while the build reads the site's sources.
    if (!noCache) {
      Path cache = BuildOptions.defaultCache(site.source);
      Optional<String> unusable = BuildCache.refusal(site.source, cache);
      if (unusable.isPresent()) err.println("quire: " + unusable.get() + "; building without the cache");
      else options = options.withCache(BuildCache.openInBackground(cache));
    }
    // Broken links, anchors and images fail a build as they fail quire check.
    BuildResult result = SiteBuilder.build(options, new LinkCheck());
    options.cache().map(BuildCache::ignored).filter(why -> !why.isEmpty()).ifPresent(why -> err.println("quire: " + why));
    if (verbose) {
      err.printf("processor time: build %d ms, of which the search index %d ms%n",
          (processCpuNanos() - cpu) / 1_000_000, result.searchCpu().toMillis());
    }
    // A report for a tool is the standard output, and what a reader is told goes to standard error.
    boolean text = format == ProblemFormat.TEXT;
    format.write(result.problems(), result.sourceFiles(), site.source, text && Terminal.colour(), text ? err : out);
    PrintWriter told = text ? out : err;
    if (!result.mermaidJsPages().isEmpty()) {
      told.println("mermaid.js draws the diagrams of " + String.join(", ", result.mermaidJsPages()));
    }
    String summary = TextReport.summary(result.errors(), result.warnings());
    if (result.problems().stream().anyMatch(p -> p.rule() == Rule.INTERNAL_ERROR)) {
      err.printf("Build failed: quire itself failed (see internal-error above); %s was left as it was%n", Terminal.shown(target));
      return Main.INTERNAL;
    }
    if (result.written()) {
      BuildStats stats = result.stats();
      String work = noCache ? "" : String.format("; %d rendered, %d laid out, %d files written",
          stats.rendered(), stats.laidOut(), stats.filesWritten());
      told.printf("Built %d pages into %s in %d ms (%s%s)%n", result.pages().size(),
          Terminal.shown(target), result.elapsed().toMillis(), summary, work);
      return Main.OK;
    }
    err.printf("Build failed: %s; %s was left as it was%n", summary, Terminal.shown(target));
    return Main.CONTENT_ERRORS;
  }

  /** Processor time of the whole JVM (every thread, JIT and GC included) so far. */
  private static long processCpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }
}
