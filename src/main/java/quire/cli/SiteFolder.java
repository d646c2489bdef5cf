package quire.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --source} option every command takes: the site folder. */
final class SiteFolder {
  @Option(names = "--source", paramLabel = "DIR", description = "The site folder (default: the current folder).")
  Path source = Path.of(".");
}
