package quire.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * quire's built-in theme (templates, shortcodes and static files inside the jar) with the
 * site's own folders laid over it: a file in {@code site/templates/}, {@code site/shortcodes/}
 * or {@code site/static/} replaces the built-in file of the same name. Immutable.
 */
public record Theme(Optional<Path> templates, Optional<Path> shortcodes, Optional<Path> staticFiles) {
  /** Classpath folder of the built-in theme. */
  public static final String BUILT_IN = "quire/theme";

  /** The theme of the site folder {@code siteRoot}; a folder of it that leads out of the site is left out. */
  public static Theme of(Path siteRoot) {
    SiteBoundary boundary = SiteBoundary.of(siteRoot);
    return new Theme(
        folder(siteRoot.resolve("site/templates"), boundary),
        folder(siteRoot.resolve("site/shortcodes"), boundary),
        folder(siteRoot.resolve("site/static"), boundary));
  }

  private static Optional<Path> folder(Path path, SiteBoundary boundary) {
    return Files.isDirectory(path) && boundary.contains(path) ? Optional.of(path) : Optional.empty();
  }

  /** The built-in static files as (output path, classpath resource), sorted by output path. */
  public static List<Asset> builtInStatic() {
    String base = BUILT_IN + "/static";
    URL url = Theme.class.getClassLoader().getResource(base);
    if (url == null) return List.of();
    try {
      // From quire's jar, the entries are listed from the jar file the class loader holds open
      // (its directory read once), not through a zip file system, which reads it again.
      if (url.openConnection() instanceof JarURLConnection jar) return list(jar.getJarFile(), base);
      return list(Path.of(url.toURI()), base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad classpath URL " + url, e);
    }
  }

  static List<Asset> list(JarFile jar, String base) {
    String prefix = base + "/";
    List<Asset> out = new ArrayList<>();
    for (JarEntry entry : Collections.list(jar.entries())) {
      String name = entry.getName();
      if (entry.isDirectory() || !name.startsWith(prefix)) continue;
      out.add(Asset.builtIn(name.substring(prefix.length()), name));
    }
    out.sort(Comparator.comparing(Asset::output));
    return out;
  }

  private static List<Asset> list(Path folder, String base) throws IOException {
    List<Asset> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      files.filter(Files::isRegularFile).forEach(file -> {
        String relative = folder.relativize(file).toString().replace('\\', '/');
        out.add(Asset.builtIn(relative, base + "/" + relative));
      });
    }
    out.sort(Comparator.comparing(Asset::output));
    return out;
  }
}
