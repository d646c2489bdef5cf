package quire.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;

/**
 * {@code site/config.yaml}: every key optional.
 *
 * @param baseUrl the URL the site is published at; its path (e.g. {@code /docs/}) prefixes every
 *     root-relative link the theme writes. Always ends in {@code /}.
 * @param typographer smart quotes, dashes and ellipses in Markdown ({@code markdown.typographer})
 * @param externalIgnore regular expressions of external URLs the external link check skips
 *     ({@code check.external.ignore})
 * @param search build the search index and show the search box ({@code search}, default true)
 */
public record SiteConfig(
    String title,
    String baseUrl,
    Map<String, Object> params,
    boolean typographer,
    List<String> externalIgnore,
    boolean search) {

  public static final SiteConfig DEFAULTS = new SiteConfig("Documentation", "/", Map.of(), false, List.of(), true);

  private static final Set<String> KEYS = Set.of("title", "baseUrl", "params", "markdown", "check", "search");

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
    return hasAbsoluteBaseUrl() ? Optional.of(baseUrl + url.substring(1)) : Optional.empty();
  }

  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(title, url, params, typographer, externalIgnore, search);
  }

  /** Reads the config file; problems go to the sink and the defaults fill in. */
  public static SiteConfig read(SourceFile file, Problems problems) {
    Object loaded;
    try {
      loaded = new Load(LoadSettings.builder().setLabel(file.path()).build()).loadFromString(file.text());
    } catch (MarkedYamlEngineException e) {
      Position at = YamlErrors.position(e, file, 0, file.text().length());
      problems.report(Rule.SOURCE_INVALID, at, "config is not valid YAML: " + e.getProblem());
      return DEFAULTS;
    } catch (YamlEngineException e) {
      problems.report(Rule.SOURCE_INVALID, Position.of(file.path()), "config is not valid YAML: " + e.getMessage());
      return DEFAULTS;
    }
    if (loaded == null) return DEFAULTS;
    if (!(loaded instanceof Map<?, ?> map)) {
      problems.report(Rule.SOURCE_INVALID, Position.of(file.path()), "config must be a mapping of keys to values");
      return DEFAULTS;
    }
    for (Object key : map.keySet()) {
      if (!KEYS.contains(String.valueOf(key))) {
        problems.report(Rule.CONFIG_UNKNOWN_KEY, keyPosition(file, String.valueOf(key)),
            "unknown config key \"" + key + "\" (known: baseUrl, check, markdown, params, search, title)");
      }
    }
    Map<String, Object> params = new LinkedHashMap<>();
    if (map.get("params") instanceof Map<?, ?> p) p.forEach((k, v) -> params.put(String.valueOf(k), v));
    boolean typographer = map.get("markdown") instanceof Map<?, ?> md && Boolean.TRUE.equals(md.get("typographer"));
    List<String> ignore = List.of();
    if (map.get("check") instanceof Map<?, ?> check
        && check.get("external") instanceof Map<?, ?> external
        && external.get("ignore") instanceof List<?> list) {
      ignore = list.stream().map(String::valueOf).toList();
    }
    return new SiteConfig(
        map.get("title") == null ? DEFAULTS.title() : String.valueOf(map.get("title")),
        map.get("baseUrl") == null ? DEFAULTS.baseUrl() : String.valueOf(map.get("baseUrl")),
        params,
        typographer,
        ignore,
        !Boolean.FALSE.equals(map.get("search")) && !"false".equals(String.valueOf(map.get("search"))));
  }

  private static Position keyPosition(SourceFile file, String key) {
    for (int line = 1; line <= file.lines().lineCount(); line++) {
      if (file.lines().lineText(line).startsWith(key + ":")) return new Position(file.path(), line, 1);
    }
    return Position.of(file.path());
  }
}
