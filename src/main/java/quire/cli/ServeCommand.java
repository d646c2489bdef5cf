package quire.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import quire.output.OutputRefused;
import quire.serve.Preview;

/** {@code quire serve}: the local preview, rebuilt and reloaded as the sources change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Builds the site into target/serve, serves it, rebuilds on every change and reloads "
        + "the open pages. Build errors are shown on the pages; the previous pages stay served.")
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SiteFolder site;

  @Option(names = "--port", paramLabel = "N", description = "The port to listen on (default: 1313).")
  int port = 1313;

  @Option(names = "--bind", paramLabel = "ADDR", description = "The address to listen on (default: 127.0.0.1).")
  String bind = "127.0.0.1";

  @Option(names = "--drafts", description = "Build pages marked draft: true.")
  boolean drafts;

  @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
  boolean verbose;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (!site.exists("serve", spec.commandLine().getErr())) return Main.USAGE;
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65_535) throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535: " + port);
    Preview preview;
    try {
      preview = Preview.start(new Preview.Options(site.source, bind, port, drafts, verbose), out, err, Terminal.colour());
    } catch (OutputRefused e) {
      err.println("quire serve: " + e.getMessage());
      return Main.USAGE;
    } catch (BindException e) {
      // A port in use is the writer's to fix (another quire serve, or Hugo): say so and stop,
      // rather than serve on a port their bookmarks and notes do not name.
      err.println("quire serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage()
          + "; stop what uses it or pick another with --port");
      return Main.USAGE;
    } catch (IOException e) {
      err.println("quire serve: cannot listen on " + bind + ":" + port + ": " + e.getMessage());
      return Main.USAGE;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      preview.close();
      out.println("Stopped.");
      out.flush();
    }, "quire-serve-stop"));
    preview.awaitClose();
    return Main.OK;
  }
}
