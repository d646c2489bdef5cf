package quire.build;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The identity of the running quire, part of every cache key: its version and, when it runs from
 * a jar, the jar's size and time, so a rebuilt jar never reads what another one cached.
 */
final class Engine {
  private static final String ID = compute();

  private Engine() {}

  static String id() {
    return ID;
  }

  private static String compute() {
    String version = String.valueOf(Engine.class.getPackage().getImplementationVersion());
    try {
      Path code = Path.of(Engine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(code)) {
        BasicFileAttributes a = Files.readAttributes(code, BasicFileAttributes.class);
        return "quire " + version + " jar " + a.size() + " " + a.lastModifiedTime().toMillis();
      }
      return "quire " + version + " classes " + code;
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "quire " + version;
    }
  }
}
