package quire.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import quire.check.SiteCheck;
import quire.report.TextReport;

/** {@code quire check}: builds without writing, checks links, anchors and images, reports every problem. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Builds the site without writing it and reports every broken partial reference, link, "
        + "anchor and image. Exits 1 when there is an error.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SiteFolder site;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, junit, github or sarif.")
  ProblemFormat format = ProblemFormat.TEXT;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of the standard output.")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL", description = "Check the site as built for this URL (overrides baseUrl), as quire build --base-url builds it.")
  String baseUrl;

  @Option(names = "--external", description = "Check external links too (results are cached for a day in target/).")
  boolean external;

  @Option(names = "--no-cache", description = "Render every page afresh, neither reading nor updating the build cache (target/quire-cache).")
  boolean noCache;

  @Option(names = "--verbose", description = "Print timings, and the stack trace of an internal error.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!site.exists("check", spec.commandLine().getErr())) return Main.USAGE;
    PrintWriter err = spec.commandLine().getErr();
    SiteCheck.Options options = SiteCheck.Options.of(site.source, external).withBaseUrl(java.util.Optional.ofNullable(baseUrl));
    if (noCache) options = options.withBuildCache(java.util.Optional.empty());
    SiteCheck.Result result = SiteCheck.run(options);
    String summary = "quire check: " + result.files().size() + " files, " + result.references() + " references: "
        + TextReport.summary(result.errors(), result.warnings());
    if (output == null) {
      write(result, summary, out, format == ProblemFormat.TEXT && Terminal.colour());
      if (format != ProblemFormat.TEXT) err.println(summary);
    } else {
      try {
        if (output.toAbsolutePath().getParent() != null) Files.createDirectories(output.toAbsolutePath().getParent());
        try (PrintWriter file = new PrintWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
          write(result, summary, file, false);
        }
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "cannot write the report to " + output + ": " + e.getMessage());
      }
      out.println(summary + " (report in " + Terminal.shown(output) + ")");
    }
    if (verbose) {
      err.printf("build %d ms (of which scanning HTML %d ms, summed over threads), link check %d ms%n",
          result.build().toMillis(), result.scan().toMillis(), result.check().toMillis());
    }
    out.flush();
    return result.errors() > 0 ? Main.CONTENT_ERRORS : Main.OK;
  }

  /** The report; in text, the summary ends it. */
  private void write(SiteCheck.Result result, String summary, PrintWriter to, boolean colour) {
    format.write(result.problems(), result.files(), site.source, colour, to);
    if (format == ProblemFormat.TEXT) {
      to.println(summary);
      to.flush();
    }
  }
}
