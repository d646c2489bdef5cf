package quire.build;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import quire.diag.Problems;
import quire.publish.Redirects;
import quire.publish.Robots;
import quire.publish.Sitemap;
import quire.site.GitDates;
import quire.site.Site;

/**
 * The files a build publishes beside the pages, by output path: the sitemap and
 * {@code robots.txt}, and the redirect pages of the pages' aliases. One recipe for the whole
 * build and for {@code quire serve}'s page-by-page updates.
 */
final class PublishedFiles {
  private PublishedFiles() {}

  /** The sitemap (when the site has a base URL to give it) and {@code robots.txt}. */
  static Map<String, String> sitemapAndRobots(Site site, GitDates dates) {
    Map<String, String> files = new TreeMap<>();
    Optional<String> sitemap = Sitemap.of(site.pages(), site.config(), dates);
    sitemap.ifPresent(xml -> files.put(Sitemap.FILE, xml));
    files.put(Robots.FILE, Robots.of(site.config(), sitemap.isPresent()));
    return files;
  }

  /** The redirect files of the aliases, none of which may take an output path in {@code taken}. */
  static Map<String, String> redirects(Site site, Set<String> taken, Problems problems) {
    return Redirects.of(site.pages(), site.config(), taken, problems);
  }
}
