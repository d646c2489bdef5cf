package quire.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --source} option every command takes: the site folder. */
final class SiteFolder {
  @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path source = Path.of(".");

  /**
   * Whether the site folder exists; if not, says so in one sentence on {@code err}, for the
   * command to exit 2 before it makes anything (a mistyped {@code --source} must not get a
   * {@code target/} folder of its own).
   */
  boolean exists(String command, PrintWriter err) {
    if (Files.isDirectory(source)) return true;
    err.println("quire " + command + ": there is no folder " + source + " to build"
        + (Files.exists(source) ? " (it is a file)" : "") + "; pass the site folder with --source");
    err.flush();
    return false;
  }
}
