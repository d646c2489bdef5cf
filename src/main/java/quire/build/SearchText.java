package quire.build;

import java.util.List;
import java.util.Objects;
import quire.search.PageText;
import quire.search.SearchIndex;

/**
 * What search reads of a page's rendered content, as the build cache keeps it by the content's
 * key: its text cut at headings, and the words of that text counted, so an unchanged page is
 * neither read nor counted again when the index is made.
 */
record SearchText(List<PageText.Section> sections, SearchIndex.Counted words) {
  SearchText {
    sections = List.copyOf(sections);
    Objects.requireNonNull(words, "words");
  }

  /** The search text of rendered content, read and counted now. */
  static SearchText of(String contentHtml) {
    List<PageText.Section> sections = PageText.of(contentHtml);
    return new SearchText(sections, SearchIndex.count(sections));
  }
}
