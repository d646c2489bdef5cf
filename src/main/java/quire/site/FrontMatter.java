package quire.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quire.diag.Position;

/**
 * The keys quire reads from a page's YAML front matter, plus every key as written in {@link
 * #params()} (unmodifiable) for templates.
 *
 * @param weight order within the section; 0 means "not set" and sorts after every weight
 * @param metaTitle {@code meta.title}, the HTML title when set
 * @param updated {@code updated} as written (a date such as 2023-01-12)
 * @param values where the value of each top-level key starts in the page's file, from the YAML
 *     parser's node marks, for problems about a value ({@code layout: missing})
 */
public record FrontMatter(
    String title,
    int weight,
    String contentType,
    String metaTitle,
    String description,
    String updated,
    boolean draft,
    String layout,
    Map<String, Object> params,
    Map<String, Position> values) {

  public static final FrontMatter EMPTY = new FrontMatter("", 0, "", "", "", "", false, "", Map.of(), Map.of());

  public FrontMatter {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    values = Map.copyOf(values);
  }

  /** Where the value of the top-level {@code key} starts, if the front matter has that key. */
  public Optional<Position> findValue(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /**
   * Whether Hugo would write this page: not when its {@code _build} says {@code render: never}
   * (or the older {@code render: false}), as Cloudflare's docs say of pages kept in the content
   * tree but not published. Such a page is left out of the site, as a draft is.
   */
  public boolean rendered() {
    if (!(params.get("_build") instanceof Map<?, ?> build)) return true;
    Object render = build.get("render");
    return !(Boolean.FALSE.equals(render) || "never".equals(render) || "false".equals(render));
  }

  /**
   * {@code aliases}, Hugo's list of old URLs that should redirect to this page (a single string
   * is one alias), as written; empty when there are none.
   */
  public List<String> aliases() {
    Object value = params.get("aliases");
    if (value instanceof List<?> list) {
      return list.stream().filter(v -> v != null && !String.valueOf(v).isBlank()).map(v -> String.valueOf(v).strip()).toList();
    }
    return value == null || String.valueOf(value).isBlank() ? List.of() : List.of(String.valueOf(value).strip());
  }
}
