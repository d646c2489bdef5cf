package quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.site.Site;
import quire.site.SiteLoader;

class LinkCheckTest {
  private static List<String> check(Path site) {
    return SiteCheck.run(new SiteCheck.Options(site, false, Optional.empty(), ExternalLinkCheck.Settings.DEFAULTS))
        .problems().stream().map(p -> p.where() + " [" + p.rule().id() + "] " + p.message()).toList();
  }

  /**
   * A page whose layout fails is the one problem to fix: links to it are not broken, and its
   * anchors, which no HTML says, are not reported missing on every page that names one.
   */
  @Test
  void aPageThatFailedIsNoCauseOfLinkProblems(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- content/_index.md --
        # Home
        -- content/a.md --
        # A

        [B's section](../b/#section), [a missing one](../c/#nowhere)
        -- content/b.md --
        ---
        layout: broken
        ---
        # B

        ## Section
        -- content/c.md --
        # C
        -- site/templates/broken.ftlh --
        <html><body>${page.nosuch.value}</body></html>
        """);
    List<String> problems = check(dir);
    assertEquals(List.of("content/a.md:3:47 [anchor-missing]", "site/templates/broken.ftlh:1:15 via content/b.md:1:1 [template-error]"),
        problems.stream().map(p -> p.substring(0, p.indexOf(']') + 1)).toList(), problems.toString());
  }

  @Test
  void honoursTheBasePathOfTheSite(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- site/config.yaml --
        baseUrl: https://example.com/docs/
        -- content/_index.md --
        # Home
        -- content/a.md --
        # A

        [fine](/b/), [fine too](/docs/b/), [relative](../b/#section), [raw outside](/other/x/)

        <a href="/docs/b/#section">raw fine</a> <a href="/b/">raw without base path</a>
        -- content/b.md --
        # B

        ## Section
        """);
    // Markdown links are written from the site root and get the base path in front, so one that
    // already names it is broken; raw HTML is left as written, so it must name the base path.
    assertEquals(List.of(
        "content/a.md:3:25 [link-broken] link \"/docs/docs/b/\" is broken: nothing is built at /docs/docs/b/",
        "content/a.md:3:77 [link-broken] link \"/docs/other/x/\" is broken: nothing is built at /docs/other/x/",
        "content/a.md:5:50 [link-broken] link \"/b/\" points outside the site: /b/ is not under the base path /docs/"),
        check(dir));
  }

  /**
   * A diagram's links (a node's {@code click ID "address"}, {@code <a href>} in a label) and its
   * labels' images ({@code <img src>}) are resolved as the page's Markdown links and images are
   * and checked with them, a broken one reported at the diagram's line and the address's column;
   * a relative image is relative to the page, as in the browser.
   */
  @Test
  void checksTheLinksOfDiagramNodesAtTheirLine(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- site/config.yaml --
        baseUrl: https://example.com/docs/
        -- content/_index.md --
        # Home
        -- content/guide/a.md --
        # A

        ```mermaid
        flowchart LR
          S[Setup] --> M[Missing] --> R[Root]
          click S "setup.md#steps" "Read the setup"
          click M "gone.md"
          click R href "/guide/a/#a"
          R --> T["see <a href='setup.md#steps'>the steps</a> or <a href='nowhere.md'>nowhere</a>"]
          T --> P["<img src='missing.png'>"] & Q["<img src='/guide/shown.png'>"]
        ```
        -- content/guide/shown.png --
        not really a png
        -- content/guide/setup.md --
        # Setup

        ## Steps
        """);
    // Unresolved, "setup.md#steps" would be broken, and "/guide/a/#a" outside the base path.
    assertEquals(List.of("content/guide/a.md:7:12 [link-broken] link \"/docs/guide/gone/\" is broken: nothing is built at /docs/guide/gone/",
        "content/guide/a.md:9:67 [link-broken] link \"/docs/guide/nowhere/\" is broken: nothing is built at /docs/guide/nowhere/",
        "content/guide/a.md:10:22 [image-missing] image \"missing.png\" is broken: nothing is built at /docs/guide/a/missing.png"),
        check(dir));
  }

  @Test
  void reportsABrokenLinkOfATemplateOnceAtTheTemplateLine(@TempDir Path dir) throws IOException {
    String base;
    try (InputStream in = LinkCheckTest.class.getClassLoader().getResourceAsStream("quire/theme/templates/base.ftlh")) {
      base = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String footer = "<footer class=\"site-footer\">";
    assertTrue(base.contains(footer), "the theme's frame has a footer to put the link in");
    base = base.replace(footer, footer + "\n<a href=\"${site.basePath}help/\">Help</a>");
    InlineSite.write(dir, """
        -- content/_index.md --
        # Home
        -- content/a.md --
        # A
        -- content/b.md --
        # B
        """);
    Files.createDirectories(dir.resolve("site/templates"));
    Files.writeString(dir.resolve("site/templates/base.ftlh"), base);
    int line = (int) base.substring(0, base.indexOf("help/")).lines().count();
    assertEquals(List.of("site/templates/base.ftlh:" + line + ":" + (base.lines().toList().get(line - 1).indexOf("help/") + 1)
        + " [link-broken] link \"/help/\" is broken: nothing is built at /help/ (on 3 pages)"), check(dir));
  }

  /** A site without content/_index.md has the home page Hugo would give it, so the theme's link home holds. */
  @Test
  void aSiteWithoutAFileForItsHomePageHasNoBrokenThemeLink(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- content/a.md --
        # A
        -- content/b.md --
        # B
        """);
    assertEquals(List.of(), check(dir));
  }

  /**
   * A broken link no page line holds and no site template writes came from the built-in theme:
   * reported once, at the theme, naming the first page that shows it, not at a line of a page.
   */
  @Test
  void aBrokenLinkTheThemeWroteIsReportedOnceAtTheThemeNotAtAPageLine(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- content/a.md --
        # A
        """);
    Site site = SiteLoader.load(dir, false, new Problems());
    Reference help = new Reference("a", "href", "/help/", "", false);
    List<Problem> out = new ArrayList<>();
    LinkCheck.placeUnplaced(List.of(
        new LinkCheck.Finding(Rule.LINK_BROKEN, "link \"/help/\" is broken", Optional.empty(), "content/b.md", help),
        new LinkCheck.Finding(Rule.LINK_BROKEN, "link \"/help/\" is broken", Optional.empty(), "content/a.md", help)),
        site, out);
    assertEquals(List.of("(built-in theme templates) [link-broken] link \"/help/\" is broken (on 2 pages), written by the"
        + " theme on content/a.md"), out.stream().map(p -> p.where() + " [" + p.rule().id() + "] " + p.message()).toList());
  }

  @Test
  void reportsABrokenLinkInAPartialOnceForEveryPageThatRendersIt(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- content/_index.md --
        # Home
        -- content/p/_index.md --
        # P
        -- content/p/a.md --
        # A

        {{<render file="_x.md">}}
        -- content/p/b.md --
        # B

        {{<render file="_x.md">}}
        -- partials/p/_x.md --
        See [the gone page](/p/gone/).
        """);
    assertEquals(List.of("partials/p/_x.md:1:21 via content/p/a.md:3:1 [link-broken] link \"/p/gone/\" is broken: "
        + "nothing is built at /p/gone/ (and through 1 more render call)"), check(dir));
  }

  @Test
  void findsAnchorsOfNonAsciiAndEncodedHeadings(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- content/_index.md --
        # Home

        [one](#über-straße), [two](#%C3%BCber-stra%C3%9Fe), [three](/b/#日本語の見出し), [bad](/b/#nope)

        ## Über Straße
        -- content/b.md --
        # B

        ## 日本語の見出し
        """);
    List<String> problems = check(dir);
    assertEquals(1, problems.size(), problems.toString());
    assertEquals("content/_index.md:3:81 [anchor-missing] anchor \"#nope\" of \"/b/#nope\" is not an id on /b/",
        problems.get(0));
  }
}
