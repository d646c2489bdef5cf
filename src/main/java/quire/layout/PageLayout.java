package quire.layout;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.markdown.Heading;
import quire.markdown.RenderedPage;
import quire.site.SiteConfig;
import quire.site.SourcePage;
import quire.template.TemplateEngine;
import quire.template.TemplateRunner;

/**
 * Full HTML pages from rendered content: {@code home.ftlh}, {@code section.ftlh},
 * {@code page.ftlh} (or the front matter's {@code layout}), and {@code 404.ftlh}. One
 * Freemarker configuration per build; thread-safe.
 *
 * <p>Templates see {@code site} ({@code title}, {@code baseUrl}, {@code basePath},
 * {@code params}, {@code search}), {@code nav} (the section tree) and {@code page}: {@code title},
 * {@code htmlTitle}, {@code description} (the front matter's, else the first paragraph's text),
 * {@code canonical} (its absolute URL, empty when the base URL is only a path), {@code url},
 * {@code kind}, {@code implicit} (a page without a file: {@link SourcePage#implicit}), {@code section},
 * {@code updated}, {@code contentType}, {@code params} (front matter), {@code content} (HTML),
 * {@code headings} and {@code toc} (level, id, text), {@code breadcrumbs}, {@code previous},
 * {@code next}, {@code children} (title, url, description), {@code usesMermaidJs},
 * {@code editUrl} (the config's {@code editUrl} followed by the page's path; empty without one, and for a
 * page without a file)
 * and {@code sidebar} (the HTML of {@code base.ftlh}'s {@code tree} macro for the page, drawn
 * once in Java: {@link Navigation#sidebar}).
 */
public final class PageLayout {
  /** About the length of a description search engines show. */
  private static final int SUMMARY_LENGTH = 160;

  private final TemplateEngine engine;
  private final Configuration config;
  private final SiteConfig site;
  private final Navigation nav;
  private final Function<SourcePage, String> updated;

  public PageLayout(Optional<Path> siteTemplates, SiteConfig site, Navigation nav) {
    this(siteTemplates, site, nav, page -> page.front().updated());
  }

  /**
   * @param updated a page's "last updated" date as the template shows it (its front matter's
   *     {@code updated}, else its last commit: see {@code GitDates})
   */
  public PageLayout(Optional<Path> siteTemplates, SiteConfig site, Navigation nav, Function<SourcePage, String> updated) {
    this.site = site;
    this.nav = nav;
    this.updated = updated;
    engine = new TemplateEngine(siteTemplates, "templates");
    config = engine.configuration();
  }

  private PageLayout(PageLayout templates, Navigation nav) {
    this.site = templates.site;
    this.nav = nav;
    this.updated = templates.updated;
    this.engine = templates.engine;
    this.config = templates.config;
  }

  /**
   * The same templates (parsed once, shared) laying pages out with another section tree: for
   * {@code quire serve}, whose edits change the tree but not the templates.
   */
  public PageLayout withNavigation(Navigation other) {
    return new PageLayout(this, other);
  }

  /** The full page; empty (with a problem reported) when the template fails. */
  public Optional<String> layout(RenderedPage rendered, Problems problems) {
    SourcePage page = rendered.from().page();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", siteModel());
    model.put("nav", nav.tree());
    String sidebar = nav.sidebar(nav.href(page.url()), page.kind() == SourcePage.Kind.HOME);
    model.put("page", pageModel(page, rendered, sidebar));
    // The page is its content and sidebar in a frame of a few kilobytes.
    return run(templateName(page, problems), model, page.path(), problems, rendered.html().length() + sidebar.length() + 8192);
  }

  /** The 404 page. */
  public Optional<String> notFound(Problems problems) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", siteModel());
    model.put("nav", nav.tree());
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("title", "Page not found");
    page.put("htmlTitle", "Page not found");
    page.put("url", "/404.html");
    page.put("kind", "404");
    page.put("breadcrumbs", List.of());
    page.put("headings", List.of());
    page.put("toc", List.of());
    page.put("description", "");
    page.put("canonical", "");
    page.put("usesMermaidJs", false);
    page.put("editUrl", "");
    page.put("sidebar", markup(nav.sidebar("/404.html", false)));
    model.put("page", page);
    return run("404.ftlh", model, "404.html", problems, 16384);
  }

  /**
   * The page's template: its front matter's {@code layout} when it names one, else the kind's
   * own. A {@code layout} naming no template is a warning at its value in the front matter and
   * the page gets its kind's template, as Hugo falls back (Cloudflare's pages name layouts such
   * as {@code wide} that another theme need not have).
   */
  private String templateName(SourcePage page, Problems problems) {
    String layout = page.front().layout();
    String kindTemplate = switch (page.kind()) {
      case HOME -> "home.ftlh";
      case SECTION -> "section.ftlh";
      case PAGE -> "page.ftlh";
    };
    if (layout.isEmpty()) return kindTemplate;
    if (layout.matches("[A-Za-z0-9_-]+") && exists(layout + ".ftlh")) return layout + ".ftlh";
    problems.report(Rule.LAYOUT_MISSING, page.front().findValue("layout").orElse(Position.of(page.path())),
        "layout \"" + layout + "\" names no template: there is no " + layout + ".ftlh in site/templates/ "
            + "or the built-in theme, so the page uses " + kindTemplate);
    return kindTemplate;
  }

  /** Whether a template of this name exists; one that does not parse exists (running it reports why). */
  private boolean exists(String name) {
    try {
      config.getTemplate(name);
      return true;
    } catch (TemplateNotFoundException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private Map<String, Object> siteModel() {
    return Map.of("title", site.title(), "baseUrl", site.baseUrl(), "basePath", site.basePath(), "params", site.params(),
        "search", site.search());
  }

  private Map<String, Object> pageModel(SourcePage page, RenderedPage rendered, String sidebar) {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", page.title());
    model.put("htmlTitle", page.front().metaTitle().isEmpty() ? page.title() : page.front().metaTitle());
    model.put("description", page.front().description().isEmpty() ? summary(rendered.summary()) : page.front().description());
    model.put("canonical", site.absolute(page.url()).orElse(""));
    model.put("url", nav.href(page.url()));
    model.put("kind", page.kind().name().toLowerCase(Locale.ROOT));
    model.put("implicit", page.implicit());
    model.put("section", nav.href(page.section()));
    model.put("updated", updated.apply(page));
    model.put("contentType", page.front().contentType());
    model.put("params", page.front().params());
    model.put("content", markup(rendered.html()));
    List<Map<String, Object>> headings = new ArrayList<>();
    List<Map<String, Object>> toc = new ArrayList<>();
    for (Heading h : rendered.headings()) {
      Map<String, Object> item = Map.of("level", h.level(), "id", h.id(), "text", h.text());
      headings.add(item);
      if ((h.level() == 2 || h.level() == 3) && !h.id().isEmpty()) toc.add(item);
    }
    model.put("headings", headings);
    model.put("toc", toc);
    model.put("breadcrumbs", nav.breadcrumbs(page));
    nav.previous(page).ifPresent(p -> model.put("previous", p));
    nav.next(page).ifPresent(p -> model.put("next", p));
    model.put("children", nav.children(page));
    model.put("usesMermaidJs", rendered.usesMermaidJs());
    model.put("editUrl", site.editUrl().isEmpty() || page.implicit() ? "" : site.editUrl() + page.path());
    model.put("sidebar", markup(sidebar));
    return model;
  }

  /** HTML a template writes as it is. */
  private static Object markup(String html) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (TemplateModelException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A first paragraph cut to about the length search engines show: after its last whole sentence
   * that fits, as Hugo ends a summary, when that keeps more than half of the length; else at a
   * word, with an ellipsis. (A page whose characters are all Latin-1 is held in half the memory
   * and written without re-encoding; a cut at a sentence keeps it so.)
   */
  static String summary(String text) {
    if (text.length() <= SUMMARY_LENGTH) return text;
    for (int end = SUMMARY_LENGTH; end > SUMMARY_LENGTH / 2; end--) {
      if (endsSentence(text, end)) return text.substring(0, end);
    }
    int at = text.lastIndexOf(' ', SUMMARY_LENGTH - 3);
    return text.substring(0, at > SUMMARY_LENGTH / 2 ? at : SUMMARY_LENGTH - 3).stripTrailing() + "…";
  }

  /**
   * Whether a sentence ends just before {@code end}: a full stop, question or exclamation mark,
   * perhaps followed by a closing quote or bracket, then white space; or an ideographic one.
   */
  private static boolean endsSentence(String text, int end) {
    char last = text.charAt(end - 1);
    if (last == '。' || last == '！' || last == '？') return true;
    if (end == text.length() || !Character.isWhitespace(text.charAt(end))) return false;
    if (end >= 2 && "\"')]”’".indexOf(last) >= 0) last = text.charAt(end - 2);
    return last == '.' || last == '!' || last == '?';
  }

  private Optional<String> run(String name, Map<String, Object> model, String forPath, Problems problems, int expectedLength) {
    Template template;
    try {
      template = config.getTemplate(name);
    } catch (TemplateNotFoundException e) {
      problems.report(Rule.TEMPLATE_ERROR, Position.of(forPath), "no template " + name + " in site/templates/ or the built-in theme");
      return Optional.empty();
    } catch (ParseException e) {
      report(TemplateRunner.syntaxError(e), forPath, problems);
      return Optional.empty();
    } catch (IOException e) {
      Optional<TemplateRunner.Failure> syntax = TemplateRunner.syntaxErrorBehind(e);
      if (syntax.isPresent()) {
        report(syntax.get(), forPath, problems);
      } else {
        problems.report(Rule.TEMPLATE_ERROR, engine.position(name, 0, 0),
            "cannot read the template: " + e.getMessage());
      }
      return Optional.empty();
    }
    TemplateRunner.Outcome outcome = TemplateRunner.run(template, model, expectedLength);
    if (outcome instanceof TemplateRunner.Written written) return Optional.of(written.output());
    report(((TemplateRunner.Failed) outcome).failure(), forPath, problems);
    return Optional.empty();
  }

  /**
   * A template failure at the template's line, with the page it was laying out as {@code via};
   * a syntax error is wrong whatever the page, so it is reported once, without one.
   */
  private void report(TemplateRunner.Failure failure, String forPath, Problems problems) {
    Position at = engine.position(failure);
    List<Position> via = failure.syntax() ? List.of() : List.of(Position.of(forPath));
    Rule rule = failure.limit() ? Rule.LIMIT_EXCEEDED : Rule.TEMPLATE_ERROR;
    problems.add(new Problem(rule.severity(), rule, at, failure.message(), via));
  }

}
