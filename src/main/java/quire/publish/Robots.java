package quire.publish;

import quire.site.SiteConfig;

/**
 * {@code robots.txt}: every crawler welcome, and where the sitemap is when there is one.
 * Crawlers read it only at a host's root, so under a sub-path it serves as a copy to merge into
 * the host's own.
 */
public final class Robots {
  public static final String FILE = "robots.txt";

  private Robots() {}

  public static String of(SiteConfig config, boolean sitemap) {
    StringBuilder text = new StringBuilder("User-agent: *\nAllow: /\n");
    if (sitemap) config.absolute("/" + Sitemap.FILE).ifPresent(url -> text.append("\nSitemap: ").append(url).append('\n'));
    return text.toString();
  }
}
