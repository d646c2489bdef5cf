package quire.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * quire's built-in theme (templates, shortcodes and static files inside the jar) with the
 * site's own folders laid over it: a file in {@code site/templates/}, {@code site/shortcodes/}
 * or {@code site/static/} replaces the built-in file of the same name. Immutable.
 */
public record Theme(Optional<Path> templates, Optional<Path> shortcodes, Optional<Path> staticFiles) {
  /** Classpath folder of the built-in theme. */
  public static final String BUILT_IN = "quire/theme";

  public static Theme of(Path siteRoot) {
    return new Theme(
        folder(siteRoot.resolve("site/templates")),
        folder(siteRoot.resolve("site/shortcodes")),
        folder(siteRoot.resolve("site/static")));
  }

  private static Optional<Path> folder(Path path) {
    return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
  }

  /**
   * A Freemarker configuration for one kind of template ({@code templates} or
   * {@code shortcodes}): the site's own folder laid over the built-in one. {@code .ftlh} files
   * escape HTML on output. Errors are thrown to the caller, never logged. Thread-safe once made.
   */
  public static Configuration freemarker(Optional<Path> siteFolder, String builtInFolder) {
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setDefaultEncoding("UTF-8");
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setLocalizedLookup(false);
    // The same output on every machine: dates and numbers never follow the machine's locale or zone.
    config.setLocale(Locale.US);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    List<TemplateLoader> loaders = new ArrayList<>();
    if (siteFolder.isPresent()) {
      try {
        loaders.add(new FileTemplateLoader(siteFolder.get().toFile()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN + "/" + builtInFolder));
    config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    return config;
  }

  /** The built-in static files as (output path, classpath resource), sorted by output path. */
  public static List<Asset> builtInStatic() {
    String base = BUILT_IN + "/static";
    URL url = Theme.class.getClassLoader().getResource(base);
    if (url == null) return List.of();
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return list(fs.getPath("/" + base), base);
      }
      return list(Path.of(uri), base);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad classpath URL " + url, e);
    }
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
