package quire.site;

import java.util.Objects;
import quire.diag.SourceFile;

/**
 * A page of the site as loaded: where it is, where it goes, and its text.
 *
 * @param path the Markdown file, relative to the site root ({@code content/a/b.md})
 * @param url the page's URL path from the site root, starting and ending with {@code /}
 * @param kind home, section ({@code _index.md}) or regular page
 * @param section the URL of the section the page belongs to ({@code /} for top-level pages and
 *     the home page; a section's own section is its parent)
 * @param product the top-level section's folder name ({@code email-security}), where partials
 *     are looked up; empty for the home page
 */
public record SourcePage(
    String path, String url, Kind kind, String section, String product, SplitPage split) {

  public enum Kind { HOME, SECTION, PAGE }

  public SourcePage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(split, "split");
  }

  public FrontMatter front() {
    return split.front();
  }

  public SourceFile source() {
    return split.source();
  }

  /** The title, falling back to the file or folder name when the front matter has none. */
  public String title() {
    if (!front().title().isEmpty()) return front().title();
    String trimmed = url.substring(0, url.length() - 1);
    String name = trimmed.substring(trimmed.lastIndexOf('/') + 1);
    return name.isEmpty() ? "Home" : name.replace('-', ' ');
  }

  public boolean isSection() {
    return kind != Kind.PAGE;
  }
}
