package quire.layout;

import freemarker.core.HTMLOutputFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
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
  private final List<Entry> sidebarEntries;

  /** An entry of the sidebar, with its URL and title escaped once for the whole build. */
  private record Entry(String href, String escapedHref, String escapedTitle, List<Entry> children) {}

  /** A page that is a leaf of the tree: its node, and its entry in the sidebar. */
  private record Leaf(Map<String, Object> node, Entry entry) {}

  /** Each leaf page's leaf, by the page object: {@link #next} takes them over. */
  private final Map<SourcePage, Leaf> leaves = new IdentityHashMap<>();
  /** The sidebar entry of each leaf node, by the node object. */
  private final Map<Object, Entry> leafEntries = new IdentityHashMap<>();

  public Navigation(List<SourcePage> pages, String basePath) {
    this(pages, basePath, Map.of());
  }

  /**
   * The navigation of {@code pages}, the same site after an edit (the same base path): a page
   * that is the same object as one of this navigation's keeps its leaf of the tree, its URL and
   * title not encoded and escaped again. At 10,000 pages that was most of a title edit's time
   * in {@code quire serve}.
   */
  public Navigation next(List<SourcePage> pages) {
    return new Navigation(pages, basePath, leaves);
  }

  private Navigation(List<SourcePage> pages, String basePath, Map<SourcePage, Leaf> before) {
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
    tree = node(byUrl.getOrDefault("/", null), "/", before);
    sidebarEntries = entries(tree);
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

  private Map<String, Object> node(SourcePage page, String url, Map<SourcePage, Leaf> before) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("title", page == null ? "Home" : page.title());
    node.put("url", href(url));
    node.put("section", page == null || page.isSection());
    List<Object> kids = new ArrayList<>();
    for (SourcePage child : childrenOf(url)) {
      kids.add(child.isSection() ? node(child, child.url(), before) : leaf(child, before));
    }
    node.put("children", Collections.unmodifiableList(kids));
    return Collections.unmodifiableMap(node);
  }

  private Map<String, Object> leaf(SourcePage page, Map<SourcePage, Leaf> before) {
    Leaf leaf = before.get(page);
    if (leaf == null) {
      String href = href(page.url());
      leaf = new Leaf(Map.of("title", page.title(), "url", href, "section", false, "children", List.of()),
          new Entry(href, escape(href), escape(page.title()), List.of()));
    }
    leaves.put(page, leaf);
    leafEntries.put(leaf.node(), leaf.entry());
    return leaf.node();
  }

  @SuppressWarnings("unchecked")
  private List<Entry> entries(Map<String, Object> node) {
    List<Entry> out = new ArrayList<>();
    for (Object o : (List<Object>) node.get("children")) {
      Entry leaf = leafEntries.get(o);
      if (leaf != null) {
        out.add(leaf);
        continue;
      }
      Map<String, Object> child = (Map<String, Object>) o;
      String href = (String) child.get("url");
      out.add(new Entry(href, escape(href), escape((String) child.get("title")), entries(child)));
    }
    return List.copyOf(out);
  }

  /** Text as a template's {@code ${…}} writes it into HTML. */
  private static String escape(String text) {
    return HTMLOutputFormat.INSTANCE.escapePlainText(text);
  }

  /**
   * The sidebar of a page, exactly as the {@code tree} macro of the built-in {@code base.ftlh}
   * draws it from {@link #tree} ({@code <@tree nav 1/>}; {@code SidebarTest} holds the two
   * together on every page of the fixture sites): the top-level entries, and the entries of every
   * section the page is in (all the top-level sections' on the home page), the page's own entry
   * marked current. Drawn here rather than by the macro, which walked and escaped the same
   * entries for every page: most of the layout's time. A URL is the page's entry
   * when it is the same string (the macro's {@code ==} compares by the template locale's
   * collation, which tells distinct URLs apart).
   *
   * @param pageHref the page's URL as the templates see it ({@code page.url})
   * @param home whether the page is the home page (its {@code page.kind} is {@code home})
   */
  public String sidebar(String pageHref, boolean home) {
    StringBuilder out = new StringBuilder(4096);
    sidebar(sidebarEntries, 1, pageHref, home, out);
    return out.toString();
  }

  private static void sidebar(List<Entry> entries, int depth, String pageHref, boolean home, StringBuilder out) {
    out.append("<ul>\n");
    for (Entry e : entries) {
      boolean current = e.href.equals(pageHref);
      String aria = current ? "\" aria-current=\"page\">" : "\">";
      if (e.children.isEmpty()) {
        out.append(current ? "<li class=\"current\"><a href=\"" : "<li><a href=\"").append(e.escapedHref).append(aria)
            .append(e.escapedTitle).append("</a></li>\n");
        continue;
      }
      boolean open = pageHref.startsWith(e.href) || (depth == 1 && home);
      out.append("<li class=\"nav-section").append(current ? " current" : "").append(open ? " open\">\n" : " closed\">\n")
          .append("<a href=\"").append(e.escapedHref).append(aria).append(e.escapedTitle).append("</a>\n");
      if (open) {
        out.append("<details open>\n<summary><span class=\"visually-hidden\">Pages in ").append(e.escapedTitle)
            .append("</span></summary>\n");
        sidebar(e.children, depth + 1, pageHref, home, out);
        out.append("</details>\n");
      }
      out.append("</li>\n");
    }
    out.append("</ul>\n");
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
    // By URL: the page may be a later version of the same file (quire serve keeps the tree
    // while an edit leaves the page's place in it alone).
    int at = -1;
    for (int i = 0; i < siblings.size() && at < 0; i++) if (siblings.get(i).url().equals(page.url())) at = i;
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

  /**
   * Everything of the section tree that the built-in theme's templates show on {@code page}, as
   * one string: the sidebar as {@code base.ftlh} draws it (each listed entry's title and URL and
   * whether it has pages under it, and the entries of the sections open on this page), the
   * breadcrumbs, the previous and next page (title and URL), and the children's cards (with
   * their descriptions). Two navigations that
   * give a page the same string lay it out the same with the built-in templates, so
   * {@code quire serve} lays out again only the pages whose string an edit changed. A site's own
   * templates may show any part of the tree: this says nothing about them.
   */
  public String shownOn(SourcePage page) {
    StringBuilder out = new StringBuilder(2048);
    String href = href(page.url());
    shown(tree, 1, href, page.kind() == SourcePage.Kind.HOME, out);
    out.append("\n>");
    // The first crumb, the home page, is shown as "Home" whatever its title.
    String home = href("/");
    for (Map<String, String> crumb : breadcrumbs(page)) {
      out.append(crumb.get("url").equals(home) ? "" : crumb.get("title")).append('\0').append(crumb.get("url")).append('\n');
    }
    // The pager shows the previous and next page's title; the cards, a child's description too.
    out.append("<");
    previous(page).ifPresent(p -> out.append(p.get("title")).append('\0').append(p.get("url")).append('\n'));
    out.append(">");
    next(page).ifPresent(p -> out.append(p.get("title")).append('\0').append(p.get("url")).append('\n'));
    out.append("=");
    for (Map<String, String> child : children(page)) shownLink(child, out);
    return out.toString();
  }

  /** One level of the sidebar as the {@code tree} macro of {@code base.ftlh} walks it. */
  @SuppressWarnings("unchecked")
  private static void shown(Map<String, Object> node, int depth, String href, boolean home, StringBuilder out) {
    out.append('[');
    for (Object o : (List<Object>) node.get("children")) {
      Map<String, Object> child = (Map<String, Object>) o;
      String url = (String) child.get("url");
      out.append(child.get("title")).append('\0').append(url);
      List<Object> kids = (List<Object>) child.get("children");
      if (!kids.isEmpty()) {
        out.append('+');
        if (href.startsWith(url) || (depth == 1 && home)) shown(child, depth + 1, href, home, out);
      }
      out.append('\n');
    }
    out.append(']');
  }

  private static void shownLink(Map<String, String> link, StringBuilder out) {
    out.append(link.get("title")).append('\0').append(link.get("url")).append('\0').append(link.get("description"))
        .append('\n');
  }

  /** A site URL with the base path in front, percent-encoded where a path needs it. */
  public String href(String url) {
    return SiteUrls.href(basePath, url);
  }
}
