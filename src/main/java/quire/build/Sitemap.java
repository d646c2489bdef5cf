package quire.build;

import java.util.List;
import quire.diag.Markup;
import quire.site.SiteConfig;
import quire.site.SourcePage;

/** {@code sitemap.xml}: every page's URL, with {@code lastmod} from {@code updated}. */
final class Sitemap {
  private Sitemap() {}

  static String of(List<SourcePage> pages, SiteConfig config) {
    String base = config.baseUrl();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (SourcePage page : pages) {
      xml.append("  <url><loc>").append(Markup.escape(SourcePage.href(base, page.url()))).append("</loc>");
      String updated = page.front().updated();
      if (updated.matches("\\d{4}-\\d{2}-\\d{2}.*")) xml.append("<lastmod>").append(Markup.escape(updated)).append("</lastmod>");
      xml.append("</url>\n");
    }
    return xml.append("</urlset>\n").toString();
  }
}
