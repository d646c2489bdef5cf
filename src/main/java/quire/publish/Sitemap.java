package quire.publish;

import java.util.List;
import java.util.Optional;
import quire.diag.Markup;
import quire.site.GitDates;
import quire.site.SiteConfig;
import quire.site.SourcePage;

/**
 * {@code sitemap.xml}: every page's absolute URL, with {@code lastmod} from the page's last
 * update (its {@code updated}, else its last commit). The sitemap protocol allows only absolute
 * URLs, so there is no sitemap unless the base URL names a host.
 */
public final class Sitemap {
  public static final String FILE = "sitemap.xml";

  private Sitemap() {}

  /** The sitemap, or empty when {@code baseUrl} is only a path. */
  public static Optional<String> of(List<SourcePage> pages, SiteConfig config, GitDates dates) {
    if (!config.hasAbsoluteBaseUrl()) return Optional.empty();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (SourcePage page : pages) {
      xml.append("  <url><loc>").append(Markup.escape(config.absolute(page.url()).orElseThrow())).append("</loc>");
      String updated = dates.updated(page);
      if (updated.matches("\\d{4}-\\d{2}-\\d{2}.*")) xml.append("<lastmod>").append(Markup.escape(updated)).append("</lastmod>");
      xml.append("</url>\n");
    }
    return Optional.of(xml.append("</urlset>\n").toString());
  }
}
