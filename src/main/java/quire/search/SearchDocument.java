package quire.search;

import java.util.List;
import java.util.Objects;

/**
 * One page as search sees it.
 *
 * @param url the page's URL path from the site root without the base path ({@code a/b/}, empty
 *     for the home page), so the index works under any base path
 * @param title the page title
 * @param section the title of the section the page is in (empty for the home page)
 * @param sections its content, cut at headings
 */
public record SearchDocument(String url, String title, String section, List<PageText.Section> sections) {
  public SearchDocument {
    Objects.requireNonNull(url, "url");
    sections = List.copyOf(sections);
  }
}
