package quire.cli;

import java.nio.file.Path;

/** Facts about where the output goes. */
final class Terminal {
  private Terminal() {}

  /** Colour when stderr is a terminal and NO_COLOR is not set. */
  static boolean colour() {
    return System.console() != null && System.getenv("NO_COLOR") == null && !"dumb".equals(System.getenv("TERM"));
  }

  /** A path as the user would write it: relative to the working folder when inside it. */
  static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(here) ? here.relativize(absolute).toString() : absolute.toString();
  }
}
