package quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import quire.cli.CliRun;
import quire.testing.InlineSite;

/**
 * quire reads only inside the site folder: a symbolic link under content/, partials/ or site/
 * that leads out of it is a source-outside-site error at the link's path, and what it leads to
 * never reaches a page, a copied file, a report or the output.
 */
class FilesOutsideTheSiteTest {
  private static final String SECRET = "TOKEN=hunter2-do-not-publish";

  @TempDir Path dir;
  Path site;
  Path secret;
  Path secretFolder;

  @BeforeEach
  void writeSiteAndASecretBesideIt() throws IOException {
    site = dir.resolve("site-folder");
    InlineSite.write(site, """
        -- content/_index.md --
        ---
        title: Home
        ---
        Home.
        -- content/es/_index.md --
        ---
        title: ES
        ---
        {{< render file="_shared.md" >}}
        -- partials/es/_shared.md --
        Shared text.
        """);
    secret = Files.writeString(dir.resolve("secret.txt"), SECRET + "\n");
    secretFolder = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(secretFolder.resolve("page.md"), "---\ntitle: Elsewhere\n---\n" + SECRET + "\n");
  }

  private void link(String path, Path to) throws IOException {
    Path link = site.resolve(path);
    Files.createDirectories(link.getParent());
    Files.createSymbolicLink(link, to);
  }

  /** Builds into site/out, collecting every page's HTML, and checks the secret is nowhere. */
  private BuildResult build() throws IOException {
    ConcurrentLinkedQueue<String> pages = new ConcurrentLinkedQueue<>();
    BuildResult result = SiteBuilder.build(
        new BuildOptions(site, Optional.of(site.resolve("out")), Optional.empty(), false),
        (page, html) -> pages.add(html));
    for (String html : pages) assertFalse(html.contains(SECRET), html);
    for (var p : result.problems()) assertFalse(p.message().contains(SECRET), p.message());
    assertFalse(result.written(), "a link out of the site is an error, so nothing is written");
    assertFalse(Files.exists(site.resolve("out")));
    return result;
  }

  private static List<String> outside(BuildResult result) {
    return result.problems().stream().filter(p -> p.rule().id().equals("source-outside-site"))
        .map(p -> p.where() + ": " + p.message()).toList();
  }

  @Test
  void aLinkedPageIsAnErrorAtItsPathAndIsNotRead() throws IOException {
    link("content/es/leak.md", secret);
    BuildResult result = build();
    assertEquals(List.of("content/es/leak.md: this link leads to " + secret + ", outside the site folder; "
        + "quire reads only files inside the site, so it is not followed"), outside(result));
    assertTrue(result.site().pages().stream().noneMatch(p -> p.path().equals("content/es/leak.md")));
  }

  @Test
  void aLinkedFileToCopyIsNotCopied() throws IOException {
    link("content/es/static/environ", secret);
    BuildResult result = build();
    assertEquals(1, outside(result).size(), outside(result).toString());
    assertTrue(outside(result).get(0).startsWith("content/es/static/environ: "));
    assertTrue(result.site().assets().stream().noneMatch(a -> a.output().contains("environ")));
  }

  @Test
  void aLinkedFolderIsNotEntered() throws IOException {
    link("content/es/more", secretFolder);
    BuildResult result = build();
    assertEquals(1, outside(result).size(), outside(result).toString());
    assertTrue(outside(result).get(0).startsWith("content/es/more: this link leads to " + secretFolder));
    assertTrue(result.site().pages().stream().noneMatch(p -> p.path().startsWith("content/es/more")));
  }

  @Test
  void aLinkedPartialIsNotRendered() throws IOException {
    Files.delete(site.resolve("partials/es/_shared.md"));
    link("partials/es/_shared.md", secret);
    BuildResult result = build();
    assertTrue(outside(result).get(0).startsWith("partials/es/_shared.md: "), outside(result).toString());
    assertFalse(result.site().partials().containsKey("partials/es/_shared.md"));
  }

  @Test
  void linkedTemplatesAndIncludesAreNotLoaded() throws IOException {
    Path template = Files.writeString(dir.resolve("evil.ftlh"), "<p>${'" + SECRET + "'}</p>");
    InlineSite.write(site, """
        -- site/templates/section.ftlh --
        <html><body><#include "inc.ftlh">${page.content}</body></html>
        """);
    link("site/templates/inc.ftlh", template);
    link("site/templates/home.ftlh", template);
    BuildResult result = build();
    assertEquals(2, outside(result).size(), outside(result).toString());
    assertTrue(outside(result).get(0).startsWith("site/templates/home.ftlh: "));
    assertTrue(outside(result).get(1).startsWith("site/templates/inc.ftlh: "));
  }

  @Test
  void linkedConfigAndStaticFilesAreNotRead() throws IOException {
    link("site/config.yaml", secret);
    link("site/static/robots.txt", secret);
    BuildResult result = build();
    assertEquals(2, outside(result).size(), outside(result).toString());
    assertTrue(outside(result).get(0).startsWith("site/config.yaml: "));
    assertTrue(outside(result).get(1).startsWith("site/static/robots.txt: "));
    assertTrue(result.site().assets().stream().noneMatch(a -> a.source().filter(s -> s.endsWith("robots.txt")).isPresent()));
  }

  @Test
  void aLinkedSiteFolderIsNotRead() throws IOException {
    Files.createDirectories(dir.resolve("their-site/templates"));
    Files.writeString(dir.resolve("their-site/config.yaml"), "title: " + SECRET + "\n");
    link("site", dir.resolve("their-site"));
    BuildResult result = build();
    assertEquals(1, outside(result).size(), outside(result).toString());
    assertTrue(outside(result).get(0).startsWith("site: "));
    assertFalse(result.site().config().title().contains(SECRET));
  }

  @Test
  void aLinkThatStaysInsideTheSiteIsFollowed() throws IOException {
    link("content/es/alias.md", site.resolve("partials/es/_shared.md"));
    BuildResult result = SiteBuilder.build(BuildOptions.of(site, site.resolve("out")));
    assertTrue(result.written(), result.problems().toString());
    assertTrue(Files.readString(site.resolve("out/es/alias/index.html")).contains("Shared text."));
  }

  @Test
  void aLinkedFolderThatStaysInsideTheSiteIsEnteredAndItsPagesBuilt() throws IOException {
    Files.createDirectories(site.resolve("library/guides"));
    Files.writeString(site.resolve("library/guides/setup.md"), "---\ntitle: Setup\n---\nSet it up.\n");
    link("content/es/guides", site.resolve("library/guides"));
    BuildResult result = SiteBuilder.build(BuildOptions.of(site, site.resolve("out")));
    assertTrue(result.written(), result.problems().toString());
    assertTrue(Files.readString(site.resolve("out/es/guides/setup/index.html")).contains("Set it up."));
  }

  @Test
  void aFolderLinkedBackToAFolderAboveItIsAnErrorAtTheLinkNotALoop() throws IOException {
    link("content/es/again", site.resolve("content/es"));
    BuildResult result = SiteBuilder.build(BuildOptions.of(site, site.resolve("out")));
    assertEquals(List.of("content/es/again: cannot read: the folder links back to a folder that contains it"),
        result.problems().stream().filter(p -> p.message().contains("links back")).map(p -> p.where() + ": " + p.message()).toList());
    assertTrue(result.site().pages().stream().noneMatch(p -> p.path().startsWith("content/es/again/")));
  }

  @Test
  void aLoopThroughTwoLinkedFoldersIsAnErrorAtTheLinkThatClosesIt() throws IOException {
    Files.createDirectories(site.resolve("library"));
    Files.writeString(site.resolve("library/setup.md"), "---\ntitle: Setup\n---\nSet it up.\n");
    link("content/es/lib", site.resolve("library"));
    link("library/back", site.resolve("content/es"));
    BuildResult result = SiteBuilder.build(BuildOptions.of(site, site.resolve("out")));
    assertEquals(List.of("content/es/lib/back: cannot read: the folder links back to a folder that contains it"),
        result.problems().stream().filter(p -> p.message().contains("links back")).map(p -> p.where() + ": " + p.message()).toList());
    assertEquals(List.of("content/es/lib/setup.md"),
        result.site().pages().stream().map(SourcePage::path).filter(p -> p.startsWith("content/es/lib/")).toList());
  }

  @Test
  void checkReportsTheLinkAndNeverQuotesTheSecret() throws IOException {
    link("content/es/leak.md", secret);
    CliRun run = CliRun.of("check", "--source", site.toString());
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.out().contains("content/es/leak.md: error [source-outside-site] this link leads to "), run.out());
    assertFalse(run.out().contains(SECRET), run.out());
    assertFalse(run.err().contains(SECRET), run.err());
  }

  @Test
  void checkNeverSearchesALinkedTemplateForLinks() throws IOException {
    Path evil = Files.writeString(dir.resolve("a-evil.ftlh"), "<a href=\"/nowhere/\">" + SECRET + "</a>\n");
    InlineSite.write(site, """
        -- site/templates/page.ftlh --
        <html><body>${page.content}<a href="/nowhere/">x</a></body></html>
        -- content/es/plain.md --
        Plain page.
        """);
    link("site/templates/a-evil.ftlh", evil);
    CliRun run = CliRun.of("check", "--source", site.toString());
    assertTrue(run.out().contains("site/templates/page.ftlh:1:"), run.out());
    assertFalse(run.out().contains("site/templates/a-evil.ftlh:1:"), run.out());
    assertFalse(run.out().contains(SECRET), run.out());
  }
}
