package quire.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code quire}: the entry point. Exit codes: 0 success, 1 the content has errors, 2 bad usage,
 * 3 an internal fault (one sentence; the stack trace with {@code --verbose}).
 */
@Command(
    name = "quire",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds documentation sites written in Markdown with Hugo-style partials.",
    subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, PartialsCommand.class})
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "name a command: build, check, serve or partials");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs a command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> INTERNAL);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
      err.println("quire: internal error: " + describe(e));
      if (verbose) {
        e.printStackTrace(err);
      } else {
        err.println("(run again with --verbose for the stack trace, and report it)");
      }
      err.flush();
      return INTERNAL;
    });
    cli.setParameterExceptionHandler((e, argv) -> {
      err.println("quire: " + e.getMessage());
      e.getCommandLine().usage(err);
      err.flush();
      return USAGE;
    });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String describe(Throwable e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst().orElse(""));
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Main.class.getPackage().getImplementationVersion();
      return new String[] {"quire " + (version == null ? "(development build)" : version)};
    }
  }
}
