package quire.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The mermaid.js bundle quire ships for diagram types it does not draw itself. Its version is
 * written once, in {@code pom.xml}; the path inside the jar is read from the webjar's own
 * {@code pom.properties}, so a new version needs no change here.
 */
final class MermaidScript {
  private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/mermaid/pom.properties";

  private MermaidScript() {}

  /** The class-path resource of {@code mermaid.min.js}. */
  static String resource() {
    return "META-INF/resources/webjars/mermaid/" + version() + "/dist/mermaid.min.js";
  }

  /** The version of the mermaid webjar on the class path, e.g. {@code 11.14.0}. */
  static String version() {
    try (InputStream in = MermaidScript.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
      if (in == null) throw new IllegalStateException("missing built-in resource " + WEBJAR_PROPERTIES);
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank()) {
        throw new IllegalStateException(WEBJAR_PROPERTIES + " names no version");
      }
      return version.strip();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
