package quire.site;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything loaded from a site folder, before any page is rendered. Immutable.
 *
 * @param root the site folder
 * @param pages every page to build, in section-tree order (parents before children, siblings by
 *     weight, then title)
 * @param partials every partial file, keyed by its path from the site root
 * @param assets files to copy: built-in theme files, {@code site/static/}, and non-Markdown
 *     files under {@code content/}
 */
public record Site(
    Path root,
    SiteConfig config,
    List<SourcePage> pages,
    Map<String, SplitPage> partials,
    List<Asset> assets,
    Theme theme) {

  public Site {
    pages = List.copyOf(pages);
    partials = Map.copyOf(partials);
    assets = List.copyOf(assets);
  }

  /** The same site published with another config (a {@code --base-url} given on the command line). */
  public Site withConfig(SiteConfig other) {
    return new Site(root, other, pages, partials, assets, theme);
  }
}
