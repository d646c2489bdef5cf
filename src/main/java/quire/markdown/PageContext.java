package quire.markdown;

import com.vladsch.flexmark.util.data.DataKey;
import java.util.ArrayList;
import java.util.List;
import quire.diag.Located;
import quire.diag.Problems;
import quire.shortcode.ExpandedPage;
import quire.shortcode.HtmlPlaceholders;

/**
 * What quire's Flexmark extension needs while one page renders, stored on the parsed document
 * and collecting what rendering finds. Not thread-safe: one per page render.
 */
final class PageContext {
  static final DataKey<PageContext> KEY = new DataKey<>("QUIRE_PAGE", (PageContext) null, x -> null);

  final ExpandedPage page;
  final Problems problems;
  final String basePath;
  final List<LinkRef> links = new ArrayList<>();
  final List<Heading> headings = new ArrayList<>();
  boolean usesMermaidJs;
  boolean usesSvgDiagrams;
  int diagrams;

  PageContext(ExpandedPage page, Problems problems, String basePath) {
    this.page = page;
    this.problems = problems;
    this.basePath = basePath;
  }

  /** Where an offset of the expanded Markdown was written. */
  Located locate(int offset) {
    return page == null ? Located.UNKNOWN : page.map().locate(offset);
  }

  /**
   * The HTML behind a placeholder, with the placeholders inside it (a shortcode whose inner text
   * held other HTML shortcodes) replaced in turn. A fragment only holds placeholders of
   * fragments made before it, so this ends.
   */
  String fragment(int index) {
    // Markdown rendered for a shortcode (markdownify) has no page: its placeholders stay, and
    // are replaced when the shortcode's own output is (a callout inside a tab).
    if (page == null) return HtmlPlaceholders.of(index);
    if (index >= page.htmlFragments().size()) return "";
    String html = page.htmlFragments().get(index);
    int open = html.indexOf(HtmlPlaceholders.OPEN);
    if (open < 0) return html;
    StringBuilder out = new StringBuilder(html.length() * 2);
    int copied = 0;
    while (open >= 0) {
      int close = html.indexOf(HtmlPlaceholders.CLOSE, open);
      if (close < 0) break;
      String digits = html.substring(open + 1, close);
      if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit) && digits.length() < 9
          && Integer.parseInt(digits) < index) {
        out.append(html, copied, open).append(fragment(Integer.parseInt(digits)));
        copied = close + 1;
      }
      open = html.indexOf(HtmlPlaceholders.OPEN, close + 1);
    }
    return out.append(html, copied, html.length()).toString();
  }
}
