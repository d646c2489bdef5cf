package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.check.LinkCheck;
import quire.diag.Problems;
import quire.site.KnownPages;
import quire.site.Site;
import quire.site.SiteLoader;
import quire.site.SourcePage;
import quire.testing.InlineSite;

/**
 * The build cache's memory of page files (sources.bin): a page whose file has the size, time and
 * identity it had when a build read it is not read again, unless the build needs its text, and
 * the output is the same bytes as a build that reads every file.
 */
class KnownPagesTest {
  private static final String SITE = """
      -- site/config.yaml --
      search: true
      -- content/_index.md --
      ---
      title: Home
      ---
      Welcome. {{< directory-listing >}}
      -- content/es/_index.md --
      ---
      title: Email security
      description: The product.
      ---
      The product.
      -- content/es/alpha.md --
      ---
      title: Alpha
      weight: 1
      tags: [mail, 365, 2.5, true, null]
      meta:
        title: Alpha, the first
        nested: {big: 123456789012345678901234567890, long: 12345678901, list: [a, {b: c}]}
      aliases: [/old-alpha/]
      ---
      # Alpha

      {{<render file="deployment/_steps.md" withParameters="one;;two">}}

      See [beta](beta.md).
      -- content/es/beta.md --
      ---
      title: Beta
      weight: 2
      ---
      # Beta

      Text of beta.
      -- partials/es/deployment/_steps.md --
      ---
      inputParameters: first;;second
      ---
      1. Do $1.
      2. Then $2.
      """;

  @TempDir Path root;

  private BuildResult build(String out) {
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve(out)), Optional.empty(), false);
    // As quire build does it: with the link check.
    return SiteBuilder.build(options.withCache(BuildCache.open(root.resolve("target/quire-cache"))), new LinkCheck());
  }

  private BuildResult buildWithoutCache(String out) {
    return SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve(out)), Optional.empty(), false));
  }

  /** Sets every page file's time an hour back: files written seconds ago are never remembered. */
  private void age() throws IOException {
    try (Stream<Path> files = Files.walk(root.resolve("content"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS)));
      }
    }
  }

  private static List<String> unread(BuildResult result) {
    return result.site().pages().stream().filter(p -> !p.source().isRead()).map(SourcePage::path).toList();
  }

  @Test
  void anUnchangedPageIsNotReadAndTheSiteIsTheSameBytes() throws IOException {
    InlineSite.write(root, SITE);
    age();
    BuildResult first = build("first");
    assertEquals(List.of(), unread(first), "the first build reads every page");
    BuildResult second = build("second");
    assertEquals(4, unread(second).size(), "no page of the second build was read: " + unread(second));
    assertEquals(0, second.stats().rendered());
    buildWithoutCache("fresh");
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("second")));
    assertEquals(first.problems(), second.problems());
    // The front matter comes back as the parser made it: numbers, lists and mappings alike.
    for (int i = 0; i < first.site().pages().size(); i++) {
      assertEquals(first.site().pages().get(i).front(), second.site().pages().get(i).front());
      assertEquals(first.site().pages().get(i).split().bodyOffset(), second.site().pages().get(i).split().bodyOffset());
    }
  }

  @Test
  void aPageWhoseCacheEntryIsGoneIsReadWhenItIsRendered() throws IOException {
    InlineSite.write(root, SITE);
    age();
    build("first");
    // A partial edit: alpha must render again, so its text is read; beta's is not.
    Path steps = root.resolve("partials/es/deployment/_steps.md");
    Files.writeString(steps, Files.readString(steps) + "3. And done.\n");
    BuildResult edited = build("edited");
    assertEquals(1, edited.stats().rendered());
    assertFalse(unread(edited).contains("content/es/alpha.md"));
    assertTrue(unread(edited).contains("content/es/beta.md"));
    assertTrue(InlineSite.read(root.resolve("edited/es/alpha/index.html")).contains("And done."));
    buildWithoutCache("fresh");
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("edited")));
  }

  @Test
  void pagesLaidOutAgainAfterATitleChangeAreNotRead() throws IOException {
    InlineSite.write(root, SITE);
    age();
    build("first");
    // Beta's new title is in every page's sidebar: all are laid out again, only beta is read.
    Path beta = root.resolve("content/es/beta.md");
    Files.writeString(beta, Files.readString(beta).replace("title: Beta", "title: Bravo"));
    BuildResult edited = build("edited");
    assertEquals(4, edited.stats().laidOut());
    assertEquals(List.of("content/_index.md", "content/es/_index.md", "content/es/alpha.md"), unread(edited));
    assertTrue(InlineSite.read(root.resolve("edited/es/alpha/index.html")).contains("Bravo"));
    buildWithoutCache("fresh");
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("edited")));
  }

  @Test
  void aFileWithAnotherTimeOrIdentityIsReadAgain() throws IOException {
    InlineSite.write(root, SITE);
    age();
    build("first");
    // The same size: only the time tells the edit.
    Path beta = root.resolve("content/es/beta.md");
    Files.writeString(beta, Files.readString(beta).replace("Text of beta.", "Text of bet2."));
    Files.setLastModifiedTime(beta, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
    BuildResult edited = build("edited");
    assertFalse(unread(edited).contains("content/es/beta.md"));
    assertTrue(InlineSite.read(root.resolve("edited/es/beta/index.html")).contains("Text of bet2."));
    // Read once, and remembered with its new stamp: the next build does not read it.
    assertTrue(unread(build("again")).contains("content/es/beta.md"));
    // The same size and time, written as a new file moved into place (as editors save): its identity tells.
    Path alpha = root.resolve("content/es/alpha.md");
    FileTime time = Files.getLastModifiedTime(alpha);
    Path replacement = root.resolve("content/es/.alpha.new");
    Files.writeString(replacement, Files.readString(alpha).replace("title: Alpha", "title: Alphb"));
    Files.setLastModifiedTime(replacement, time);
    Files.move(replacement, alpha, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    BuildResult replaced = build("replaced");
    assertFalse(unread(replaced).contains("content/es/alpha.md"));
    assertTrue(InlineSite.read(root.resolve("replaced/es/alpha/index.html")).contains("Alphb"));
  }

  @Test
  void aFileWithANewTimeAndTheSameTextKeepsItsFrontMatterWithoutParsingIt() throws IOException {
    InlineSite.write(root, SITE);
    age();
    BuildResult first = build("first");
    // A fresh checkout of the same files: every file has another time.
    try (Stream<Path> files = Files.walk(root.resolve("content"))) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(30, ChronoUnit.MINUTES)));
      }
    }
    SourcePage alpha = first.site().pages().stream().filter(p -> p.path().equals("content/es/alpha.md")).findFirst().orElseThrow();
    String text = Files.readString(root.resolve(alpha.path()));
    BuildCache cache = BuildCache.open(root.resolve("target/quire-cache"));
    KnownPages.Known kept = cache.findByText(alpha.path(), text).orElseThrow();
    assertEquals(alpha.front(), kept.front());
    assertEquals(alpha.split().bodyOffset(), kept.bodyOffset());
    assertEquals(Optional.empty(), cache.findByText(alpha.path(), text.replace("Alpha", "Alphb")));
    // The loader takes what the cache kept instead of parsing the file (here, beta's front matter for alpha's text).
    SourcePage beta = first.site().pages().stream().filter(p -> p.path().equals("content/es/beta.md")).findFirst().orElseThrow();
    KnownPages betaForAlpha = new KnownPages() {
      @Override public Optional<Known> find(String path, Stamp stamp) {
        return Optional.empty();
      }

      @Override public Optional<Known> findByText(String path, String t) {
        return path.equals(alpha.path()) ? Optional.of(new Known(beta.front(), alpha.split().bodyOffset())) : Optional.empty();
      }

      @Override public void remember(String path, Stamp stamp, quire.site.SplitPage split) {}
    };
    Site loaded = SiteLoader.load(root, false, new Problems(), betaForAlpha);
    assertEquals("Beta", loaded.pages().stream().filter(p -> p.path().equals(alpha.path())).findFirst().orElseThrow().title());
    // A build after the checkout is the same bytes, and remembers the new times: the next one reads nothing.
    BuildResult checkedOut = build("checked-out");
    assertEquals(0, checkedOut.stats().rendered());
    buildWithoutCache("fresh");
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("checked-out")));
    assertEquals(4, unread(build("again")).size());
  }

  @Test
  void aFileWrittenMomentsBeforeTheBuildIsNotRemembered() throws IOException {
    InlineSite.write(root, SITE);
    build("first");
    BuildResult second = build("second");
    // Written just now: another write within the clock's tick could leave the same stamp.
    assertEquals(List.of(), unread(second));
  }

  @Test
  void aPageWithAProblemInItsFrontMatterIsReadAndReportedEveryTime() throws IOException {
    InlineSite.write(root, SITE.replace("weight: 2", "weight: second"));
    age();
    BuildResult first = build("first");
    BuildResult second = build("second");
    assertTrue(InlineSite.problems(first).stream().anyMatch(p -> p.contains("weight must be a whole number")));
    assertEquals(first.problems(), second.problems());
    assertFalse(unread(second).contains("content/es/beta.md"));
  }

  /** A page linking, in raw HTML, to a heading of alpha's: checked once every page is built. */
  private static final String RAW_LINK = """
      -- content/es/gamma.md --
      ---
      title: Gamma
      weight: 3
      ---
      # Gamma

      Written as HTML: <a href="../alpha/#alpha">alpha's heading</a>.
      """;

  /** Alpha loses the heading gamma links to; its title, and so every page's sidebar, stays. */
  private void renameAlphasHeading() throws IOException {
    Path alpha = root.resolve("content/es/alpha.md");
    Files.writeString(alpha, Files.readString(alpha).replace("# Alpha", "# First"));
  }

  @Test
  void aLinkBrokenInAPageNotReadIsPlacedByReadingItThen() throws IOException {
    InlineSite.write(root, SITE + RAW_LINK);
    age();
    build("first");
    renameAlphasHeading();
    BuildResult second = build("second");
    // Gamma came from the cache whole; placing the broken anchor in it reads it.
    assertEquals(1, second.stats().laidOut(), second.problems().toString());
    assertTrue(InlineSite.problems(second).stream().anyMatch(p -> p.startsWith("anchor-missing content/es/gamma.md:7:27:")),
        InlineSite.problems(second).toString());
    assertFalse(unread(second).contains("content/es/gamma.md"));
    assertTrue(unread(second).contains("content/es/beta.md"));
  }

  @Test
  void aPageThatChangesBeforeTheLinkCheckReadsItIsAProblemAtItsFile() throws IOException {
    InlineSite.write(root, SITE + RAW_LINK);
    age();
    build("first");
    renameAlphasHeading();
    BuildCache cache = BuildCache.open(root.resolve("target/quire-cache"));
    Problems problems = new Problems();
    Site site = SiteLoader.load(root, false, problems, cache);
    Path gamma = root.resolve("content/es/gamma.md");
    Files.writeString(gamma, "\n" + Files.readString(gamma));
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve("changed")), Optional.empty(), false)
        .withCache(cache);
    BuildResult result = SiteBuilder.build(options, new LinkCheck(), site, problems.sorted());
    assertTrue(InlineSite.problems(result).contains("source-invalid content/es/gamma.md:1:1: the file changed while the site "
        + "was being built; build again"), InlineSite.problems(result).toString());
    assertFalse(result.written());
  }

  @Test
  void aPageThatChangesWhileTheSiteIsBuiltIsAProblemAtItsFile() throws IOException {
    InlineSite.write(root, SITE);
    age();
    build("first");
    BuildCache cache = BuildCache.open(root.resolve("target/quire-cache"));
    Problems problems = new Problems();
    Site site = SiteLoader.load(root, false, problems, cache);
    assertFalse(site.pages().get(2).source().isRead());
    // After loading, before rendering: the partial changes (alpha must render) and so does alpha.
    Path steps = root.resolve("partials/es/deployment/_steps.md");
    Files.writeString(steps, Files.readString(steps) + "3. And done.\n");
    Site reloaded = SiteLoader.load(root, false, new Problems(), cache);
    Path alpha = root.resolve("content/es/alpha.md");
    Files.writeString(alpha, Files.readString(alpha) + "\nMore.\n");
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve("changed")), Optional.empty(), false)
        .withCache(cache);
    BuildResult result = SiteBuilder.build(options, reloaded, problems.sorted());
    assertTrue(InlineSite.problems(result).contains("source-invalid content/es/alpha.md:1:1: the file changed while the site "
        + "was being built; build again"), InlineSite.problems(result).toString());
    assertFalse(result.written());
  }
}
