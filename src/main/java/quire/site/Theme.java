package quire.site;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.log.Logger;
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

  /**
   * A Freemarker configuration for one kind of template ({@code templates} or
   * {@code shortcodes}): the site's own folder ({@code site/templates} or {@code site/shortcodes}
   * of a site folder, as {@link #of} finds it) laid over the built-in one. {@code .ftlh} files
   * escape HTML on output. Errors are thrown to the caller, never logged. Thread-safe once made.
   *
   * <p>Templates come from a site's pull requests, so they run sandboxed: {@code ?new} may make
   * no class at all (so neither {@code Execute} nor {@code ObjectConstructor}), {@code ?api} is
   * off, and templates load only from the site's folder and the built-in theme.
   */
  public static Configuration freemarker(Optional<Path> siteFolder, String builtInFolder) {
    silenceFreemarkerLogging();
    Configuration config = new Configuration(Configuration.VERSION_2_3_34);
    config.setDefaultEncoding("UTF-8");
    config.setOutputFormat(HTMLOutputFormat.INSTANCE);
    config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    config.setLogTemplateExceptions(false);
    config.setWrapUncheckedExceptions(true);
    config.setFallbackOnNullLoopVariable(false);
    config.setLocalizedLookup(false);
    config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    config.setAPIBuiltinEnabled(false);
    // An error inside #attempt is one the template chose to recover from: not worth a SEVERE log.
    config.setAttemptExceptionReporter((exception, environment) -> { });
    // The same output on every machine: dates and numbers never follow the machine's locale or zone.
    config.setLocale(Locale.US);
    config.setTimeZone(TimeZone.getTimeZone("UTC"));
    List<TemplateLoader> loaders = new ArrayList<>();
    if (siteFolder.isPresent()) {
      // The folder is <site>/site/templates or <site>/site/shortcodes: its grandparent is the site.
      Path folder = siteFolder.get().toAbsolutePath().normalize();
      Path site = folder.getParent() == null || folder.getParent().getParent() == null ? folder
          : folder.getParent().getParent();
      loaders.add(new TemplateFolder(folder, SiteBoundary.of(site)));
    }
    loaders.add(new ClassTemplateLoader(Theme.class.getClassLoader(), BUILT_IN + "/" + builtInFolder));
    config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    return config;
  }

  /**
   * Every template failure reaches the writer as a problem with its position, so Freemarker's
   * own log lines (through java.util.logging by default) would only repeat them on the console.
   * Set before Freemarker first logs; a user who sets the property themselves keeps their choice.
   */
  private static void silenceFreemarkerLogging() {
    if (System.getProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
      System.setProperty(Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, Logger.LIBRARY_NAME_NONE);
    }
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
