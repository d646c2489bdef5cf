package quire.shortcode;

import java.util.List;
import java.util.function.Function;
import quire.diag.Markup;
import quire.site.SourcePage;
import quire.url.SiteUrls;

/**
 * The built-in {@code directory-listing} shortcode: a list of the child pages of the current
 * section (a section page's own children, a regular page's siblings), in weight order. Its links
 * carry the site's base path, so the page depends on the site's URL.
 */
public final class DirectoryListing implements ShortcodeHandler {
  private final Function<String, List<SourcePage>> childrenOf;
  private final String basePath;

  /**
   * @param childrenOf the pages of a section, by the section's URL, in weight order
   * @param basePath the site's base path ({@code /} or {@code /docs/}), prefixed to URLs
   */
  public DirectoryListing(Function<String, List<SourcePage>> childrenOf, String basePath) {
    this.childrenOf = childrenOf;
    this.basePath = basePath;
  }

  @Override
  public void expand(Call call, Scope scope, Expansion out) {
    SourcePage page = scope.page();
    String section = page.isSection() ? page.url() : page.section();
    out.dependsOn(new Dependency(Dependency.Kind.CHILD_PAGES, section, ""));
    out.dependsOn(Dependency.SITE_URL_READ);
    StringBuilder html = new StringBuilder("<ul class=\"directory-listing\">\n");
    for (SourcePage child : childrenOf.apply(section)) {
      if (child.url().equals(page.url())) continue;
      html.append("<li><a href=\"").append(Markup.escape(SiteUrls.href(basePath, child.url()))).append("\">")
          .append(Markup.escape(child.title())).append("</a>");
      if (!child.front().description().isEmpty()) {
        html.append(": ").append(Markup.escape(child.front().description()));
      }
      html.append("</li>\n");
    }
    html.append("</ul>\n");
    out.appendHtml(html.toString(), scope, call.start());
  }
}
