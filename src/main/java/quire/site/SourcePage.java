package quire.site;

import java.util.Map;
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
 * @param implicit a page the site has without a file, as Hugo has it: the home page without
 *     {@code content/_index.md}, a top-level folder's section page without its {@code _index.md}
 *     ({@code path} is where that file would be; nothing is read from it)
 */
public record SourcePage(
    String path, String url, Kind kind, String section, String product, SplitPage split, boolean implicit) {

  public enum Kind { HOME, SECTION, PAGE }

  public SourcePage {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(split, "split");
  }

  /** A page read from its file. */
  public SourcePage(String path, String url, Kind kind, String section, String product, SplitPage split) {
    this(path, url, kind, section, product, split, false);
  }

  /**
   * The page the site has at {@code url} without a file: the home page ({@code /}, titled
   * {@code title}, the site's title) or a top-level section's page ({@code /x/}, titled after
   * its folder as any page without a title is). Its text is empty.
   */
  public static SourcePage implicit(String url, String title) {
    String path = "content" + url + "_index.md";
    FrontMatter front = title.isEmpty() ? FrontMatter.EMPTY
        : new FrontMatter(title, 0, "", "", "", "", false, "", Map.of(), Map.of());
    SplitPage split = new SplitPage(new SourceFile(path, ""), front, 0);
    boolean home = url.equals("/");
    return new SourcePage(path, url, home ? Kind.HOME : Kind.SECTION, "/", home ? "" : url.substring(1, url.length() - 1),
        split, true);
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
