package quire.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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
    description = "Builds documentation sites written in Markdown with Hugo-style partials.")
public final class Main implements Runnable {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  /**
   * The commands, in the order help lists them. picocli reads a command's options from its
   * annotations when the command is added, a fifth of a second of reflection for all four on a
   * cold JVM; a command line that names one adds that one alone.
   */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
    commands.put("build", BuildCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("serve", ServeCommand::new);
    commands.put("partials", PartialsCommand::new);
    return commands;
  }

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: build, check, serve or partials");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Runs a command line with the given writers; returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, COMMANDS);
  }

  /** As {@link #run(String[], PrintWriter, PrintWriter)}, with these commands (a test's own). */
  static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, Supplier<Object>> commands) {
    CommandLine cli = new CommandLine(new Main());
    String named = Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse("");
    commands.forEach((name, command) -> {
      if (named.isEmpty() || !commands.containsKey(named) || named.equals(name)) cli.addSubcommand(name, command.get());
    });
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> INTERNAL);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      boolean verbose = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--verbose");
      return internalError(e, verbose, err);
    });
    cli.setParameterExceptionHandler((e, argv) -> {
      err.println("quire: " + e.getMessage());
      e.getCommandLine().usage(err);
      err.flush();
      return USAGE;
    });
    int code;
    try {
      code = cli.execute(args);
    } catch (Error e) {
      // picocli hands only exceptions to the handler above; an error (OutOfMemoryError outside
      // a page, a StackOverflowError, a class that failed to load) would leave the JVM with its
      // stack trace and exit 1, which says "the content has errors".
      CommandLine.ParseResult parsed = cli.getParseResult();
      boolean verbose = parsed != null && parsed.subcommand() != null
          ? parsed.subcommand().hasMatchedOption("--verbose") : Arrays.asList(args).contains("--verbose");
      code = internalError(e, verbose, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  /** One line for a fault in quire, the stack trace only when asked for; returns {@link #INTERNAL}. */
  private static int internalError(Throwable e, boolean verbose, PrintWriter err) {
    err.println("quire: internal error: " + describe(e));
    if (verbose) {
      e.printStackTrace(err);
    } else {
      err.println("(run again with --verbose for the stack trace, and report it)");
    }
    err.flush();
    return INTERNAL;
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
