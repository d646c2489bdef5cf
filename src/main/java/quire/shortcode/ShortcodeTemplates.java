package quire.shortcode;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import quire.diag.Position;
import quire.diag.Rule;
import quire.site.SiteConfig;
import quire.site.SourcePage;
import quire.template.TemplateEngine;
import quire.template.TemplateRunner;

/**
 * Template shortcodes: {@code site/shortcodes/NAME.ftlh}, over the built-in ones. Names are
 * case-sensitive. One Freemarker configuration per build; thread-safe.
 *
 * <p>The data model: {@code named} (map of named arguments), {@code positional} (sequence),
 * {@code inner} (a paired call's inner text, shortcodes inside already expanded), {@code page}
 * ({@code title}, {@code url}, {@code section}, {@code params}), {@code site} ({@code title},
 * {@code baseUrl}, {@code params}) and the function {@code markdownify(text)}.
 */
public final class ShortcodeTemplates {
  private static final String SUFFIX = ".ftlh";
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_/-]*");
  private final TemplateEngine engine;
  private final Configuration config;
  private final Optional<Path> siteFolder;
  private final SiteConfig site;
  private final Markdownifier markdown;
  private final Map<String, Optional<Loaded>> found = new ConcurrentHashMap<>();

  public ShortcodeTemplates(Optional<Path> siteFolder, SiteConfig site, Markdownifier markdown) {
    this.siteFolder = siteFolder;
    this.site = site;
    this.markdown = markdown;
    engine = new TemplateEngine(siteFolder, "shortcodes");
    config = engine.configuration();
  }

  public boolean exists(String name) {
    return template(name).isPresent();
  }

  /** " (did you mean X?)" when a known shortcode's name is close, else empty. */
  String suggestion(String name, Collection<String> builtIn) {
    List<String> known = new ArrayList<>(builtIn);
    siteFolder.ifPresent(dir -> {
      File[] files = dir.toFile().listFiles((d, n) -> n.endsWith(SUFFIX));
      if (files != null) for (File f : files) known.add(f.getName().substring(0, f.getName().length() - SUFFIX.length()));
    });
    return quire.diag.Suggestions.closest(name, known).map(s -> " (did you mean \"" + s + "\"?)").orElse("");
  }

  /** A template as loaded: either parsed, or why it could not be (a syntax error, a read error). */
  private record Loaded(Template template, TemplateRunner.Failure error) {}

  private Optional<Loaded> template(String name) {
    if (!NAME.matcher(name).matches() || name.contains("..")) return Optional.empty();
    return found.computeIfAbsent(name, n -> {
      try {
        return Optional.of(new Loaded(config.getTemplate(n + SUFFIX), null));
      } catch (TemplateNotFoundException e) {
        return Optional.empty();
      } catch (freemarker.core.ParseException e) {
        return Optional.of(new Loaded(null, TemplateRunner.syntaxError(e)));
      } catch (IOException e) {
        return Optional.of(new Loaded(null, TemplateRunner.syntaxErrorBehind(e).orElse(
            new TemplateRunner.Failure(n + SUFFIX, 0, 0, "cannot read the template: " + e.getMessage(),
            TemplateRunner.Kind.SYNTAX))));
      }
    });
  }

  /** Runs the template for a call; empty (and a problem reported) when the template fails. */
  Optional<String> render(Call call, String inner, Scope scope, Expansion out) {
    Loaded loaded = template(call.name()).orElseThrow();
    if (loaded.error() != null) {
      reportTemplateProblem(call, scope, out, loaded.error());
      return Optional.empty();
    }
    Template template = loaded.template();
    Map<String, Object> model = new LinkedHashMap<>();
    Map<String, String> named = new LinkedHashMap<>();
    List<String> positional = new ArrayList<>();
    for (Argument a : call.arguments()) {
      String value = out.protect(a.value());
      if (a.name().isPresent()) named.put(a.name().get(), value); else positional.add(value);
    }
    SourcePage page = scope.page();
    model.put("named", named);
    model.put("positional", positional);
    model.put("inner", inner);
    model.put("page", Map.of("title", page.title(), "url", page.url(), "section", page.section(),
        "params", page.front().params()));
    model.put("site", new SiteModel(Map.of("title", site.title(), "baseUrl", site.baseUrl(), "params", site.params()),
        () -> out.dependsOn(Dependency.SITE_URL_READ)));
    model.put("markdownify", (TemplateMethodModelEx) args -> {
      if (args.size() != 1) throw new TemplateModelException("markdownify takes one argument");
      String text = String.valueOf(freemarker.template.utility.DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)));
      try {
        return HTMLOutputFormat.INSTANCE.fromMarkup(markdown.markdownify(text));
      } catch (freemarker.template.TemplateModelException e) {
        throw e;
      } catch (Exception e) {
        throw new TemplateModelException(e);
      }
    });
    TemplateRunner.Outcome outcome = TemplateRunner.run(template, model);
    if (outcome instanceof TemplateRunner.Written written) return Optional.of(written.output());
    reportTemplateProblem(call, scope, out, ((TemplateRunner.Failed) outcome).failure());
    return Optional.empty();
  }

  /**
   * Whether a call of {@code name} pairs with a closing tag. As Hugo pairs only a shortcode whose
   * template reads {@code .Inner}, a template pairs when it names {@code inner}; one that does not
   * parse, or an unknown name, pairs too, so its error is reported once, at the call.
   */
  public boolean takesInner(String name) {
    return template(name)
        .map(loaded -> loaded.template() == null || READS_INNER.matcher(loaded.template().toString()).find())
        .orElse(true);
  }

  private static final Pattern READS_INNER = Pattern.compile("\\binner\\b");

  /**
   * A template's {@code site}: reading its {@code baseUrl}, or every entry at once, tells
   * {@code readsUrl}, for the page then depends on the URL the site is built for.
   */
  private static final class SiteModel extends AbstractMap<String, Object> {
    private final Map<String, Object> values;
    private final Runnable readsUrl;

    SiteModel(Map<String, Object> values, Runnable readsUrl) {
      this.values = values;
      this.readsUrl = readsUrl;
    }

    @Override
    public Object get(Object key) {
      if ("baseUrl".equals(key)) readsUrl.run();
      return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return values.containsKey(key);
    }

    @Override
    public int size() {
      return values.size();
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
      readsUrl.run();
      return values.entrySet();
    }
  }

  /**
   * A template problem is fixed in the template (or the one it includes): report it there, with
   * the call as {@code via}; a syntax error is wrong whatever the call, so it is reported once,
   * without one.
   */
  private void reportTemplateProblem(Call call, Scope scope, Expansion out, TemplateRunner.Failure failure) {
    String name = failure.template().isEmpty() ? call.name() + SUFFIX : failure.template();
    List<Position> via = new ArrayList<>();
    if (!failure.syntax()) {
      via.addAll(scope.via());
      via.add(scope.locate(call.start()).at());
    }
    Rule rule = failure.limit() ? Rule.LIMIT_EXCEEDED : Rule.SHORTCODE_TEMPLATE;
    out.problems().add(new quire.diag.Problem(rule.severity(), rule,
        engine.position(name, failure.line(), failure.column()),
        "shortcode \"" + call.name() + "\" failed: " + failure.message(), via));
  }

}
