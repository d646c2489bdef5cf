package quire.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.url.SiteUrls;

/**
 * {@code site/config.yaml}: every key optional.
 *
 * @param baseUrl the URL the site is published at; its path (e.g. {@code /docs/}) prefixes every
 *     root-relative link the theme writes. Always ends in {@code /}.
 * @param typographer smart quotes, dashes and ellipses in Markdown ({@code markdown.typographer})
 * @param externalIgnore regular expressions of external URLs the external link check skips
 *     ({@code check.external.ignore})
 * @param editUrl where a page's source can be edited, with the page's path ({@code content/a.md})
 *     appended: the theme's "Edit this page" link; empty for none
 * @param search build the search index and show the search box ({@code search}, default true)
 */
public record SiteConfig(
    String title,
    String baseUrl,
    Map<String, Object> params,
    boolean typographer,
    List<String> externalIgnore,
    String editUrl,
    boolean search) {

  public static final SiteConfig DEFAULTS = new SiteConfig("Documentation", "/", Map.of(), false, List.of(), "", true);

  private static final Set<String> KEYS = Set.of("title", "baseUrl", "params", "markdown", "check", "editUrl", "search");

  public SiteConfig {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    externalIgnore = List.copyOf(externalIgnore);
    baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
  }

  /** The path part of {@link #baseUrl()}, e.g. {@code /} or {@code /docs/}. */
  public String basePath() {
    String rest = baseUrl.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    return rest.isEmpty() ? "/" : rest;
  }

  /** Whether {@link #baseUrl()} names a scheme and host ({@code https://example.com/docs/}), not only a path. */
  public boolean hasAbsoluteBaseUrl() {
    return baseUrl.matches("[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+/.*");
  }

  /**
   * The absolute URL of a site URL path ({@code /a/b/}, from the site root, without the base
   * path), for canonical links and the sitemap; empty when the base URL is only a path.
   */
  public Optional<String> absolute(String url) {
    return hasAbsoluteBaseUrl() ? Optional.of(SiteUrls.href(baseUrl, url)) : Optional.empty();
  }

  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(title, url, params, typographer, externalIgnore, editUrl, search);
  }

  /**
   * Reads the config file; problems go to the sink and the defaults fill in. Positions come from
   * the YAML parser's node marks: an unknown key at the key, a wrong value at the value.
   */
  public static SiteConfig read(SourceFile file, Problems problems) {
    Optional<Position> tooDeep = YamlNesting.tooDeep(file.text(), file, 0);
    if (tooDeep.isPresent()) {
      problems.report(Rule.LIMIT_EXCEEDED, tooDeep.get(), "config nests collections more than "
          + quire.diag.Limits.YAML_DEPTH + " deep");
      return DEFAULTS;
    }
    Object loaded;
    Optional<Node> root;
    try {
      LoadSettings settings = YamlNesting.SETTINGS;
      root = new Compose(settings).composeString(file.text());
      loaded = new StandardConstructor(settings).constructSingleDocument(root);
    } catch (MarkedYamlEngineException e) {
      Position at = YamlErrors.position(e, file, 0, file.text().length());
      problems.report(Rule.SOURCE_INVALID, at, "config is not valid YAML: " + e.getProblem());
      return DEFAULTS;
    } catch (YamlEngineException e) {
      problems.report(Rule.SOURCE_INVALID, Position.of(file.path()), "config is not valid YAML: " + e.getMessage());
      return DEFAULTS;
    }
    if (loaded == null || root.isEmpty()) return DEFAULTS;
    if (!(loaded instanceof Map<?, ?> map) || !(root.get() instanceof MappingNode mapping)) {
      problems.report(Rule.SOURCE_INVALID, YamlErrors.at(file, 0, root.get()), "config must be a mapping of keys to values");
      return DEFAULTS;
    }
    Map<String, Node> keys = new LinkedHashMap<>();
    Map<String, Node> values = new LinkedHashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
      keys.put(key, tuple.getKeyNode());
      values.put(key, tuple.getValueNode());
      if (!KEYS.contains(key)) {
        problems.report(Rule.CONFIG_UNKNOWN_KEY, YamlErrors.at(file, 0, tuple.getKeyNode()),
            "unknown config key \"" + key + "\" (known: baseUrl, check, editUrl, markdown, params, search, title)");
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    if (map.get("params") instanceof Map<?, ?> p) p.forEach((k, v) -> params.put(String.valueOf(k), v));
    return new SiteConfig(
        text(values.get("title"), "title", file, problems).orElse(DEFAULTS.title()),
        baseUrl(values.get("baseUrl"), file, problems).orElse(DEFAULTS.baseUrl()),
        params,
        flag(child(values.get("markdown"), "typographer"), "markdown.typographer", file, problems).orElse(false),
        ignorePatterns(values.get("check"), file, problems),
        text(values.get("editUrl"), "editUrl", file, problems).orElse(""),
        flag(values.get("search"), "search", file, problems).orElse(true));
  }

  /**
   * {@code baseUrl}: a URL with a scheme and host ({@code https://example.com/docs/}) or a path
   * from the root ({@code /docs/}); anything else would prefix every link with a relative path,
   * so it is an error at the value and the default is used.
   */
  private static Optional<String> baseUrl(Node value, SourceFile file, Problems problems) {
    Optional<String> url = text(value, "baseUrl", file, problems);
    if (url.isEmpty() || url.get().startsWith("/") || url.get().matches("[a-zA-Z][a-zA-Z0-9+.-]*://[^/]+(/.*)?")) return url;
    problems.report(Rule.SOURCE_INVALID, YamlErrors.at(file, 0, value), "baseUrl must be a URL such as "
        + "https://example.com/docs/ or a path from the root such as /docs/, not \"" + url.get() + "\"");
    return Optional.empty();
  }

  /** A key's value that must be true or false; anything else is an error at the value. */
  private static Optional<Boolean> flag(Node value, String key, SourceFile file, Problems problems) {
    if (value == null) return Optional.empty();
    if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
      return Optional.of(Boolean.parseBoolean(scalar.getValue().toLowerCase(Locale.ROOT)));
    }
    if (value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL)) return Optional.empty();
    problems.report(Rule.SOURCE_INVALID, YamlErrors.at(file, 0, value), key + " must be true or false");
    return Optional.empty();
  }

  /** A key's value that must be one piece of text; a mapping or list is an error at the value. */
  private static Optional<String> text(Node value, String key, SourceFile file, Problems problems) {
    if (value == null) return Optional.empty();
    if (value instanceof ScalarNode scalar) {
      return scalar.getTag().equals(Tag.NULL) ? Optional.empty() : Optional.of(scalar.getValue());
    }
    problems.report(Rule.SOURCE_INVALID, YamlErrors.at(file, 0, value),
        key + " must be text, not a " + (value instanceof MappingNode ? "mapping" : "list"));
    return Optional.empty();
  }

  /**
   * {@code check.external.ignore}: each entry must be a regular expression; one that does not
   * compile is an error at its own line, and is left out.
   */
  private static List<String> ignorePatterns(Node check, SourceFile file, Problems problems) {
    Node ignore = child(child(check, "external"), "ignore");
    if (!(ignore instanceof SequenceNode list)) return List.of();
    List<String> patterns = new ArrayList<>();
    for (Node item : list.getValue()) {
      if (!(item instanceof ScalarNode scalar)) {
        problems.report(Rule.SOURCE_INVALID, YamlErrors.at(file, 0, item),
            "check.external.ignore lists regular expressions, one per entry");
        continue;
      }
      try {
        Pattern.compile(scalar.getValue());
        patterns.add(scalar.getValue());
      } catch (PatternSyntaxException e) {
        problems.report(Rule.SOURCE_INVALID, YamlErrors.at(file, 0, item),
            "check.external.ignore: \"" + scalar.getValue() + "\" is not a regular expression: " + e.getDescription()
                + (e.getIndex() >= 0 ? " (at character " + (e.getIndex() + 1) + ")" : ""));
      }
    }
    return patterns;
  }

  private static Node child(Node node, String key) {
    if (!(node instanceof MappingNode mapping)) return null;
    for (NodeTuple tuple : mapping.getValue()) {
      if (tuple.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key)) return tuple.getValueNode();
    }
    return null;
  }
}
