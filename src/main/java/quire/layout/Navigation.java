package quire.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import quire.site.SourcePage;
import quire.url.SiteUrls;

/**
 * The section tree of a site, computed once per build and shared by every page's template:
 * the sidebar tree, each page's breadcrumbs, children, and previous/next within its section.
 * Immutable; thread-safe. Template values are plain maps and lists.
 */
public final class Navigation {
  private final String basePath;
  private final Map<String, SourcePage> byUrl = new LinkedHashMap<>();
  private final Map<String, List<SourcePage>> children = new HashMap<>();
  private final Map<String, Object> tree;

  public Navigation(List<SourcePage> pages, String basePath) {
    this.basePath = basePath;
    for (SourcePage p : pages) {
      byUrl.put(p.url(), p);
      if (p.kind() != SourcePage.Kind.HOME) children.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p);
    }
    // A section folder without _index.md has no page: its children hang from the nearest
    // ancestor section that has one.
    for (String section : List.copyOf(children.keySet())) {
      if (!byUrl.containsKey(section)) {
        String parent = nearestListed(section);
        children.computeIfAbsent(parent, k -> new ArrayList<>()).addAll(children.get(section));
      }
    }
    tree = node(byUrl.getOrDefault("/", null), "/");
  }

  private String nearestListed(String url) {
    String current = url;
    while (!current.equals("/")) {
      current = SiteUrls.parent(current);
      if (byUrl.containsKey(current)) return current;
    }
    return "/";
  }

  /** The pages of a section, in order (weight, then title). */
  public List<SourcePage> childrenOf(String sectionUrl) {
    return Collections.unmodifiableList(children.getOrDefault(sectionUrl, List.of()));
  }

  /** The sidebar tree: {@code title}, {@code url}, {@code children} (same shape), {@code section}. */
  public Map<String, Object> tree() {
    return tree;
  }

  private Map<String, Object> node(SourcePage page, String url) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("title", page == null ? "Home" : page.title());
    node.put("url", href(url));
    node.put("section", page == null || page.isSection());
    List<Object> kids = new ArrayList<>();
    for (SourcePage child : childrenOf(url)) {
      kids.add(child.isSection() ? node(child, child.url()) : leaf(child));
    }
    node.put("children", Collections.unmodifiableList(kids));
    return Collections.unmodifiableMap(node);
  }

  private Map<String, Object> leaf(SourcePage page) {
    return Map.of("title", page.title(), "url", href(page.url()), "section", false, "children", List.of());
  }

  /** Links from the home page down to the page's parent section. */
  public List<Map<String, String>> breadcrumbs(SourcePage page) {
    List<Map<String, String>> crumbs = new ArrayList<>();
    String url = page.url();
    while (!url.equals("/")) {
      url = SiteUrls.parent(url);
      SourcePage ancestor = byUrl.get(url);
      if (ancestor != null) crumbs.add(link(ancestor));
    }
    Collections.reverse(crumbs);
    return crumbs;
  }

  public Optional<Map<String, String>> previous(SourcePage page) {
    return sibling(page, -1);
  }

  public Optional<Map<String, String>> next(SourcePage page) {
    return sibling(page, +1);
  }

  private Optional<Map<String, String>> sibling(SourcePage page, int step) {
    if (page.kind() == SourcePage.Kind.HOME) return Optional.empty();
    List<SourcePage> siblings = childrenOf(page.section());
    int at = siblings.indexOf(page);
    int other = at + step;
    return at < 0 || other < 0 || other >= siblings.size() ? Optional.empty() : Optional.of(link(siblings.get(other)));
  }

  public List<Map<String, String>> children(SourcePage page) {
    if (!page.isSection()) return List.of();
    List<Map<String, String>> out = new ArrayList<>();
    for (SourcePage child : childrenOf(page.url())) out.add(link(child));
    return out;
  }

  private Map<String, String> link(SourcePage page) {
    return Map.of("title", page.title(), "url", href(page.url()), "description", page.front().description());
  }

  /** A site URL with the base path in front, percent-encoded where a path needs it. */
  public String href(String url) {
    return SiteUrls.href(basePath, url);
  }
}
