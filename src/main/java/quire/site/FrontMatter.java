package quire.site;

import java.util.Collections;
import java.util.LinkedHashMap;
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
}
