package quire.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import quire.testing.InlineSite;

/** {@code aliases:} in front matter: a redirect page at each old URL, and {@code _redirects}. */
class AliasRedirectTest {
  @TempDir Path site;

  private BuildResult build(String spec) {
    InlineSite.write(site, spec);
    return SiteBuilder.build(new BuildOptions(site, Optional.of(site.resolve("out")), Optional.of("https://example.com/docs/"), false));
  }

  @Test
  void eachAliasIsARedirectPageAndALineOfRedirects() {
    BuildResult result = build("""
        -- content/_index.md --
        # Home
        -- content/guide/_index.md --
        # Guide
        -- content/guide/new-name.md --
        ---
        title: New name
        aliases:
          - /old/path/
          - old-name
          - /legacy.html
        ---
        Moved here.
        """);
    assertEquals(List.of(), InlineSite.problems(result));
    Document old = Jsoup.parse(InlineSite.read(site.resolve("out/old/path/index.html")));
    assertEquals("0; url=/docs/guide/new-name/", old.selectFirst("meta[http-equiv=refresh]").attr("content"));
    assertEquals("/docs/guide/new-name/", old.selectFirst("a").attr("href"));
    assertEquals("https://example.com/docs/guide/new-name/", old.selectFirst("link[rel=canonical]").attr("href"));
    assertTrue(site.resolve("out/guide/old-name/index.html").toFile().isFile(), "a relative alias is in the page's section");
    assertTrue(site.resolve("out/legacy.html").toFile().isFile());
    assertEquals("""
        /docs/guide/old-name/ /docs/guide/new-name/ 301
        /docs/legacy.html /docs/guide/new-name/ 301
        /docs/old/path/ /docs/guide/new-name/ 301
        """, InlineSite.read(site.resolve("out/_redirects")));
    assertTrue(result.outputs().containsAll(List.of("old/path/index.html", "legacy.html", "_redirects")));
  }

  @Test
  void anAliasThatLeavesTheSiteIsAnErrorAndOneThatNamesAPageOrIsClaimedTwiceAWarning() {
    BuildResult result = build("""
        -- content/a.md --
        ---
        aliases: [/b/, /shared/, ../../outside/]
        ---
        A.
        -- content/b.md --
        ---
        aliases: /shared/
        ---
        B.
        """);
    assertEquals(List.of(
        "alias-conflict content/a.md:2:11: alias \"/b/\" is the URL of a page of the site (/b/); no redirect is written",
        "frontmatter-invalid content/a.md:2:26: alias \"../../outside/\" is not a path inside the site (write it as /old/path/ or old-name)",
        "alias-conflict content/b.md:2:10: alias \"/shared/\" is also an alias of content/a.md, which keeps the redirect"),
        InlineSite.problems(result));
  }
}
