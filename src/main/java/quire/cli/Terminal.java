package quire.cli;

import java.nio.file.Path;

/** Facts about where the output goes. */
final class Terminal {
  private Terminal() {}

  /**
   * Colour when Java sees an interactive console ({@link System#console()}: neither standard
   * input nor standard output is redirected), NO_COLOR is not set and TERM is not {@code dumb}.
   * Whether standard error itself is a terminal is not known to Java 17, so it is not asked.
   */
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
