package quire.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.log.Logger;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import quire.diag.Position;
import quire.site.SiteBoundary;
import quire.site.Theme;

/**
 * Freemarker for one kind of template, {@code templates} or {@code shortcodes}: the site's own
 * folder ({@code site/templates/} or {@code site/shortcodes/}) laid over the built-in theme's,
 * and where each template's file is. {@code .ftlh} files escape HTML on output; errors are thrown
 * to the caller, never logged. Thread-safe once made.
 *
 * <p>Templates come from a site's pull requests, so they run sandboxed: {@code ?new} may make no
 * class at all (so neither {@code Execute} nor {@code ObjectConstructor}), {@code ?api} is off,
 * and templates load only from the site's folder and the built-in theme.
 */
public final class TemplateEngine {
  private final Configuration config;
  private final Optional<Path> siteFolder;
  private final String kind;

  /**
   * @param siteFolder the site's own folder of this kind, as {@link Theme#of} finds it
   * @param kind {@code templates} or {@code shortcodes}: the folder name, in the site's
   *     {@code site/} and in the built-in theme
   */
  public TemplateEngine(Optional<Path> siteFolder, String kind) {
    this.siteFolder = siteFolder;
    this.kind = kind;
    silenceFreemarkerLogging();
    config = new Interruptible(Configuration.VERSION_2_3_34);
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
    loaders.add(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), Theme.BUILT_IN + "/" + kind));
    config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
  }

  /**
   * A configuration whose every template, the ones a page or shortcode names and the ones they
   * include or import (Freemarker loads all of them through this method), checks for a thread
   * interrupt at each loop turn and macro call before it is first run, so {@link TimeBudget}
   * can stop it. Freemarker adds these checks to a template in place, so it is done once per
   * template, under the template's lock, before any thread gets it.
   */
  private static final class Interruptible extends Configuration {
    private static final String CHECKED = "quire.interruptible";

    Interruptible(freemarker.template.Version version) {
      super(version);
    }

    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
        boolean parseAsFTL, boolean ignoreMissing) throws IOException {
      Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
      if (template == null) return null;
      synchronized (template) {
        if (template.getCustomAttribute(CHECKED) == null) {
          _CoreAPI.addThreadInterruptedChecks(template);
          template.setCustomAttribute(CHECKED, Boolean.TRUE);
        }
      }
      return template;
    }
  }

  /** The configuration to get templates from; shared, never changed after this is made. */
  public Configuration configuration() {
    return config;
  }

  /**
   * Where the template of this name is: {@code site/templates/NAME} when the site has it, else
   * the built-in theme's {@code templates/NAME} (a typed theme position, never a site path).
   *
   * @param line 1-based, 0 when not known
   * @param column 1-based, 0 when not known
   */
  public Position position(String name, int line, int column) {
    boolean own = siteFolder.filter(d -> Files.isRegularFile(d.resolve(name))).isPresent();
    return own ? new Position("site/" + kind + "/" + name, line, column)
        : Position.inTheme(kind + "/" + name, line, column);
  }

  /** Where a failure of a template of this engine is to be fixed. */
  public Position position(TemplateRunner.Failure failure) {
    return position(failure.template(), failure.line(), failure.column());
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
}
