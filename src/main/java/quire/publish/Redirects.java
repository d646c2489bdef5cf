package quire.publish;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import quire.diag.Markup;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.site.FrontMatterParser;
import quire.site.SiteConfig;
import quire.site.SourcePage;
import quire.url.SiteUrls;

/**
 * Redirects from the old URLs a page lists in {@code aliases} (Hugo's convention): a small HTML
 * page at each old URL that sends the browser on (a refresh and a link; a canonical link for
 * crawlers), and one {@code _redirects} file in the format Cloudflare Pages and Netlify read,
 * so those hosts answer with a real 301. An alias starting with {@code /} is from the site root,
 * any other from the page's section; one ending in {@code .html} is that file, any other a
 * folder. An alias that leaves the site is an error at the alias; one that names a built page,
 * or that two pages claim (real Hugo sites have both), is a warning and the page, or the first
 * page in path order, keeps the URL.
 */
public final class Redirects {
  public static final String FILE = "_redirects";

  private Redirects() {}

  /**
   * The redirect files, output path → content, in path order ({@code _redirects} included when
   * there is any alias).
   *
   * @param taken output paths the site's pages use, which no alias may replace
   */
  public static Map<String, String> of(Iterable<SourcePage> pages, SiteConfig config, Set<String> taken, Problems problems) {
    Map<String, String> files = new TreeMap<>();
    Map<String, String> claimedBy = new TreeMap<>();
    Map<String, String> lines = new TreeMap<>();
    for (SourcePage page : pages) {
      for (String alias : page.front().aliases()) {
        String path = sitePath(alias, page);
        if (path == null) {
          problems.report(Rule.FRONTMATTER_INVALID, FrontMatterParser.positionOf(page.source(), "aliases", alias),
              "alias \"" + alias + "\" is not a path inside the site (write it as /old/path/ or old-name)");
          continue;
        }
        String output = path.endsWith(".html") ? path.substring(1) : SiteUrls.outputFile(path);
        if (taken.contains(output)) {
          problems.report(Rule.ALIAS_CONFLICT, FrontMatterParser.positionOf(page.source(), "aliases", alias),
              "alias \"" + alias + "\" is the URL of a page of the site (" + path + "); no redirect is written");
          continue;
        }
        String other = claimedBy.putIfAbsent(output, page.path());
        if (other != null) {
          if (!other.equals(page.path())) {
            problems.report(Rule.ALIAS_CONFLICT, FrontMatterParser.positionOf(page.source(), "aliases", alias),
                "alias \"" + alias + "\" is also an alias of " + other + ", which keeps the redirect");
          }
          continue;
        }
        String target = SiteUrls.href(config.basePath(), page.url());
        files.put(output, page(target, config.absolute(page.url()).orElse(target)));
        lines.put(config.basePath() + path.substring(1), target);
      }
    }
    if (!lines.isEmpty()) {
      StringBuilder text = new StringBuilder();
      lines.forEach((from, to) -> text.append(from).append(' ').append(to).append(" 301\n"));
      files.put(FILE, text.toString());
    }
    return files;
  }

  /** The alias as a site path from the root ({@code /old/path/} or {@code /old.html}); null when it is not one. */
  static String sitePath(String alias, SourcePage page) {
    if (alias.contains("://") || alias.startsWith("//") || alias.contains("?") || alias.contains("#") || alias.contains("\\")) {
      return null;
    }
    String path = alias.startsWith("/") ? alias : page.section() + alias;
    StringBuilder out = new StringBuilder();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) continue;
      if (segment.equals("..")) return null;
      out.append('/').append(segment);
    }
    if (out.length() == 0) return null;
    return out.toString().endsWith(".html") ? out.toString() : out + "/";
  }

  private static String page(String target, String canonical) {
    String to = Markup.escape(target);
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Moved to " + to + "</title>\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<link rel=\"canonical\" href=\"" + Markup.escape(canonical) + "\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url=" + to + "\">\n"
        + "</head>\n<body>\n<p>This page has moved to <a href=\"" + to + "\">" + to + "</a>.</p>\n</body>\n</html>\n";
  }
}
