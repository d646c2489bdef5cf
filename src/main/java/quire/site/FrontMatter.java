package quire.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys quire reads from a page's YAML front matter, plus every key as written in {@link
 * #params()} (unmodifiable) for templates.
 *
 * @param weight order within the section; 0 means "not set" and sorts after every weight
 * @param metaTitle {@code meta.title}, the HTML title when set
 * @param updated {@code updated} as written (a date such as 2023-01-12)
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
    Map<String, Object> params) {

  public static final FrontMatter EMPTY = new FrontMatter("", 0, "", "", "", "", false, "", Map.of());

  public FrontMatter {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }
}
