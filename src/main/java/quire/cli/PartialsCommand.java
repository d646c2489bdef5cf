package quire.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import quire.partial.PartialUse;
import quire.report.PartialsReport;

/** {@code quire partials}: each partial, its declared parameters, and every line that renders it. */
@Command(name = "partials", mixinStandardHelpOptions = true,
    description = "Lists each partial with its declared parameters and every page line that renders it.")
final class PartialsCommand implements Callable<Integer> {
  enum Format { TEXT, JSON }

  @Spec CommandSpec spec;

  @Mixin SiteFolder site;

  @Option(names = "--unused", description = "List only the partials no page reaches.")
  boolean unused;

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json.")
  Format format = Format.TEXT;

  @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (!site.exists("partials", spec.commandLine().getErr())) return Main.USAGE;
    BuildResult result = SiteBuilder.build(new BuildOptions(site.source, Optional.empty(), Optional.empty(), false));
    List<PartialUse> uses = result.partialUses();
    if (unused) uses = uses.stream().filter(PartialUse::unused).toList();
    if (format == Format.JSON) {
      PartialsReport.json(uses, out);
    } else {
      PartialsReport.text(uses, out);
    }
    return Main.OK;
  }
}
