package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.check.SiteCheck;
import quire.output.FileStamp;
import quire.testing.InlineSite;

/**
 * The build cache: it never changes the output, it is not trusted when damaged, and a rebuild
 * redoes only the pages an edit reaches and writes only the files that changed.
 */
class BuildCacheTest {
  // Without the search index, whose files change with any page's words, so that the counts of
  // files written are the pages' own.
  private static final String SITE = """
      -- site/config.yaml --
      search: false
      -- content/_index.md --
      ---
      title: Home
      ---
      Welcome. {{< directory-listing >}}
      -- content/es/_index.md --
      ---
      title: Email security
      ---
      The product.
      -- content/es/alpha.md --
      ---
      title: Alpha
      weight: 1
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

      {{<render file="deployment/_note.md">}}

      ```mermaid
      graph TD
        A[Start] --> B{Choice}
      ```
      -- content/es/gamma.md --
      ---
      title: Gamma
      weight: 3
      ---
      # Gamma

      {{<render file="deployment/_pair.md" withParameters="x;;y">}}
      -- partials/es/deployment/_steps.md --
      ---
      inputParameters: first;;second
      ---
      1. Do $1.
      2. Then $2.
      -- partials/es/deployment/_note.md --
      ---
      _build:
        publishResources: false
      ---
      A note, ![no alt](/x.png).
      -- partials/es/deployment/_pair.md --
      ---
      inputParameters: a;;b
      ---
      {{<render file="deployment/_steps.md" withParameters="$1;;$2">}}
      -- site/static/x.png --
      png
      """;

  @TempDir Path root;

  private BuildResult build(String out, boolean cache) {
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve(out)), Optional.empty(), false);
    return SiteBuilder.build(cache ? options.withCache(BuildCache.open(cacheDir())) : options);
  }

  private Path cacheDir() {
    return root.resolve("target/quire-cache");
  }

  @Test
  void aBuildWithTheCacheWritesTheSameBytesAsOneWithout() throws IOException {
    InlineSite.write(root, SITE);
    BuildResult filling = build("filled", true);
    BuildResult hits = build("hits", true);
    BuildResult fresh = build("fresh", false);
    assertEquals(List.of(), InlineSite.problems(fresh).stream().filter(p -> p.startsWith("e")).toList());
    assertEquals(5, filling.stats().rendered());
    assertEquals(0, hits.stats().rendered());
    assertEquals(0, hits.stats().laidOut());
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("filled")));
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("hits")));
    // What a cached page found is reported again, and the partial calls are all known.
    assertEquals(fresh.problems(), hits.problems());
    assertEquals(fresh.partialUsage(), hits.partialUsage());
    assertEquals(fresh.pages(), hits.pages());
    assertEquals(fresh.mermaidJsPages(), hits.mermaidJsPages());
    // Every file the cache wrote was moved into place: no temporary file is left behind.
    try (var files = Files.walk(cacheDir())) {
      assertEquals(List.of(), files.filter(f -> f.getFileName().toString().startsWith(".tmp-")).toList());
    }
  }

  /**
   * Links and images of every kind a page can resolve against the base path, and the three ways a
   * page's content can depend on the site's URL: a listing, a template that reads the URL, and
   * the base path's mark in the page's own text.
   */
  private static final String LINKS = """
      -- content/_index.md --
      ---
      title: Home
      ---
      Welcome. {{< directory-listing >}}
      -- content/es/_index.md --
      ---
      title: Email security
      ---
      See [alpha](/es/alpha/), [beta](beta.md#beta) and the [chart](/img/chart.png).
      -- content/es/alpha.md --
      ---
      title: Alpha
      ---
      # Alpha

      ![A chart](/img/chart.png)

      [![Linked](/img/chart.png)](/es/)

      [back]: /es/

      Go [back] or to [gamma](gamma.md), <https://example.com/x/>, [here](#alpha).

      ```mermaid
      graph TD
        A[Start] --> B[Beta]
        click B "/es/beta/"
      ```
      -- content/es/beta.md --
      ---
      title: Beta
      ---
      # Beta

      {{< home >}} and [alpha](/es/alpha/).
      -- content/es/gamma.md --
      ---
      title: Gamma
      ---
      # Gamma

      A mark \u007F/ of its own, and [alpha](/es/alpha/).
      -- site/shortcodes/home.ftlh --
      <a href="${site.baseUrl}">home</a>
      """;

  @Test
  void aBuildForAnotherUrlRendersOnlyThePagesThatHoldTheUrlAndWritesWhatABuildWithoutTheCacheWrites() throws IOException {
    InlineSite.write(root, LINKS);
    Path png = root.resolve("content/img/chart.png");
    Files.createDirectories(png.getParent());
    javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(321, 123, java.awt.image.BufferedImage.TYPE_INT_RGB), "png",
        png.toFile());
    String pages = "https://example.com/";
    String project = "https://example.github.io/docs/";
    BuildResult first = buildFor("pages", pages, true);
    BuildResult moved = buildFor("project", project, true);
    BuildResult fresh = buildFor("fresh", project, false);
    assertEquals(List.of(), InlineSite.problems(fresh));
    assertEquals(5, first.stats().rendered());
    // The listing's page, the one whose template reads the URL, and the one whose text holds
    // the mark (never kept); the other two are laid out from the cache.
    assertEquals(3, moved.stats().rendered());
    assertEquals(5, moved.stats().laidOut());
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("project")));
    assertEquals(fresh.problems(), moved.problems());
    String alpha = InlineSite.read(root.resolve("project/es/alpha/index.html"));
    assertTrue(alpha.contains("src=\"/docs/img/chart.png\" alt=\"A chart\" width=\"321\""), alpha);
    assertTrue(alpha.substring(alpha.indexOf("<svg")).contains("href=\"/docs/es/beta/\""), alpha);
    assertFalse(alpha.contains("\u007F"), alpha);
    // And back: the first URL's build is what it was.
    buildFor("again", pages, true);
    buildFor("fresh-pages", pages, false);
    assertEquals(InlineSite.tree(root.resolve("fresh-pages")), InlineSite.tree(root.resolve("again")));
    assertEquals(InlineSite.tree(root.resolve("pages")), InlineSite.tree(root.resolve("again")));
  }

  private BuildResult buildFor(String out, String url, boolean cache) {
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve(out)), Optional.of(url), false);
    return SiteBuilder.build(cache ? options.withCache(BuildCache.open(cacheDir())) : options);
  }

  @Test
  void editingAPartialRendersOnlyThePagesThatRenderIt() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    Path steps = root.resolve("partials/es/deployment/_steps.md");
    Files.writeString(steps, Files.readString(steps) + "3. And done.\n");
    BuildResult edited = build("built", true);
    // alpha renders _steps.md, gamma renders it through _pair.md; nothing else changed.
    assertEquals(2, edited.stats().rendered());
    assertEquals(2, edited.stats().laidOut());
    assertEquals(2, edited.stats().filesWritten());
    assertTrue(InlineSite.read(root.resolve("built/es/gamma/index.html")).contains("And done."));
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
  }

  @Test
  void aTitleChangeLaysOutAgainWithoutRenderingAgain() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    Path beta = root.resolve("content/es/beta.md");
    Files.writeString(beta, Files.readString(beta).replace("title: Beta", "title: Bravo"));
    BuildResult edited = build("built", true);
    // beta itself, and the home page whose directory-listing names it, are rendered again;
    // every page is laid out again (the sidebar may name it).
    assertEquals(1, edited.stats().rendered(), "beta only: the home page lists the sections, not beta");
    assertEquals(5, edited.stats().laidOut());
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
  }

  @Test
  void aDirectoryListingFollowsTheTitlesOfTheChildren() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    Path es = root.resolve("content/es/_index.md");
    Files.writeString(es, Files.readString(es).replace("title: Email security", "title: Area 1"));
    BuildResult edited = build("built", true);
    assertEquals(2, edited.stats().rendered(), "the section, and the home page listing it");
    assertTrue(InlineSite.read(root.resolve("built/index.html")).contains("Area 1</a>"));
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
  }

  /**
   * CI checks out the site afresh on every run (every file a new time and identity) and restores
   * the cache its last run saved, perhaps without the files' times: the pages it cached are found
   * by what the files hold, and a laid-out page whose bytes changed is not trusted.
   */
  @Test
  void aFreshCheckoutOfTheSameFilesWithTheCacheRestoredFindsEveryPage() throws IOException {
    Path first = checkout("first", SITE, Optional.empty());
    buildIn(first, true);
    Path second = checkout("second", SITE, Optional.of(first));
    Files.setLastModifiedTime(second.resolve("site/static/x.png"), FileTime.fromMillis(1_000_000_000_000L));
    Path cache = second.resolve("target/quire-cache");
    // One laid-out page damaged, its size kept: it is laid out again, and the rest are not.
    Path alphaPage;
    try (Stream<Path> pages = Files.list(cache.resolve("pages"))) {
      alphaPage = pages.filter(p -> InlineSite.read(p).contains("Alpha</h1>")).findFirst().orElseThrow();
    }
    Files.writeString(alphaPage, InlineSite.read(alphaPage).replace("Alpha</h1>", "Alpho</h1>"));
    BuildResult restored = buildIn(second, true);
    assertEquals(0, restored.stats().rendered());
    assertEquals(1, restored.stats().laidOut(), "alpha, whose laid-out page changed");
    assertEquals(InlineSite.tree(first.resolve("target/site")), InlineSite.tree(second.resolve("target/site")));
    BuildResult again = buildIn(second, true);
    assertEquals(0, again.stats().laidOut());
    assertEquals(0, again.stats().filesWritten());

    // An image the pages may show the size of, changed: every page is rendered again.
    Files.writeString(second.resolve("site/static/x.png"), "PNG");
    BuildResult changed = buildIn(second, true);
    assertEquals(5, changed.stats().rendered());
  }

  /** A fresh checkout of {@code site} in folder {@code name}, with {@code from}'s cache, if any, copied in without times. */
  private Path checkout(String name, String site, Optional<Path> from) throws IOException {
    Path folder = root.resolve(name);
    InlineSite.write(folder, site);
    if (from.isPresent()) copyTree(from.get().resolve("target/quire-cache"), folder.resolve("target/quire-cache"));
    return folder;
  }

  /** Builds {@code folder} into its target/site, with its cache (target/quire-cache) or without one. */
  private static BuildResult buildIn(Path folder, boolean cache) throws IOException {
    BuildOptions options = new BuildOptions(folder, Optional.of(folder.resolve("target/site")), Optional.empty(), false);
    return SiteBuilder.build(cache ? options.withCache(BuildCache.open(folder.resolve("target/quire-cache"))) : options);
  }

  /** Copies a folder as a CI cache may restore it: every file a new time. */
  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) Files.createDirectories(target);
        else Files.copy(f, target);
      }
    }
  }

  /**
   * CI checks a site and then builds it: the build takes what the check rendered. A check that
   * takes a page from the cache finds the links an edit elsewhere broke on it.
   */
  @Test
  void aBuildAfterACheckRendersNothingAndACheckFromTheCacheFindsWhatAFreshOneFinds() throws IOException {
    InlineSite.write(root, SITE);
    Path gamma = root.resolve("content/es/gamma.md");
    Files.writeString(gamma, Files.readString(gamma) + "\nSee [alpha](alpha.md#alpha).\n");
    SiteCheck.Result clean = SiteCheck.run(SiteCheck.Options.of(root, false));
    assertEquals(List.of(), clean.problems().stream().filter(p -> p.isError()).toList());
    BuildResult built = build("built", true);
    assertEquals(0, built.stats().rendered());
    assertEquals(0, built.stats().laidOut());
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));

    // alpha's heading renamed: gamma, unchanged and taken from the cache, now links to nothing.
    Path alpha = root.resolve("content/es/alpha.md");
    Files.writeString(alpha, Files.readString(alpha).replace("# Alpha", "# Alef"));
    SiteCheck.Result cached = SiteCheck.run(SiteCheck.Options.of(root, false));
    SiteCheck.Result fresh = SiteCheck.run(SiteCheck.Options.of(root, false).withBuildCache(Optional.empty()));
    assertEquals(fresh.problems(), cached.problems());
    assertTrue(cached.problems().stream().anyMatch(p -> p.isError() && p.where().startsWith("content/es/gamma.md")),
        cached.problems().toString());
    assertEquals(fresh.references(), cached.references());
  }

  /** A site the check may not write in (here `target` is a file) is checked without the cache. */
  @Test
  void aCheckWhereTheCacheCannotBeWrittenChecksWithoutIt() throws IOException {
    InlineSite.write(root, SITE);
    Files.writeString(root.resolve("target"), "not a folder");
    SiteCheck.Result checked = SiteCheck.run(SiteCheck.Options.of(root, false));
    assertEquals(List.of(), checked.problems().stream().filter(p -> p.isError()).toList());
    assertEquals("not a folder", Files.readString(root.resolve("target")));
  }

  @Test
  void anUnchangedRebuildWritesNothing() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    Path alpha = root.resolve("built/es/alpha/index.html");
    FileTime before = Files.getLastModifiedTime(alpha);
    BuildResult again = build("built", true);
    assertTrue(again.written());
    assertEquals(0, again.stats().filesWritten());
    assertEquals(before, Files.getLastModifiedTime(alpha));
  }

  @Test
  void aPageRemovedIsRemovedFromTheOutputAndAFileChangedBehindQuireIsRewritten() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    Path alpha = root.resolve("built/es/alpha/index.html");
    String good = InlineSite.read(alpha);
    Files.writeString(alpha, "tampered");
    BuildResult restored = build("built", true);
    assertEquals(good, InlineSite.read(alpha));
    assertEquals(1, restored.stats().filesWritten());
    assertEquals(0, restored.stats().rendered(), "the content is still cached");

    Files.delete(root.resolve("content/es/gamma.md"));
    BuildResult again = build("built", true);
    assertTrue(again.written());
    assertFalse(Files.exists(root.resolve("built/es/gamma/index.html")));
    assertFalse(Files.exists(root.resolve("built/es/gamma")));
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
  }

  @Test
  void aFailedBuildLeavesThePreviousOutputAndCache() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    Map<String, String> before = InlineSite.tree(root.resolve("built"));
    byte[] index = Files.readAllBytes(cacheDir().resolve("index.bin"));
    Path alpha = root.resolve("content/es/alpha.md");
    Files.writeString(alpha, Files.readString(alpha).replace("_steps.md", "_missing.md") + "\nNew text.\n");
    BuildResult failed = build("built", true);
    assertFalse(failed.written());
    assertEquals(before, InlineSite.tree(root.resolve("built")));
    assertTrue(java.util.Arrays.equals(index, Files.readAllBytes(cacheDir().resolve("index.bin"))));
  }

  @Test
  void aCorruptCacheIsIgnoredAndRebuilt() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    Path index = cacheDir().resolve("index.bin");
    byte[] bytes = Files.readAllBytes(index);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(index, bytes);
    BuildCache damaged = BuildCache.open(cacheDir());
    assertNotEquals("", damaged.ignored());
    BuildResult rebuilt = SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("again")), Optional.empty(),
        false).withCache(damaged));
    assertEquals(5, rebuilt.stats().rendered());
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("again")));
    // The next build reads the cache the last one wrote.
    assertEquals("", BuildCache.open(cacheDir()).ignored());
    assertEquals(0, build("hits", true).stats().rendered());

    Files.writeString(index, "not a cache at all");
    assertNotEquals("", BuildCache.open(cacheDir()).ignored());
    assertEquals(5, build("garbage", true).stats().rendered());
  }

  @Test
  void aCacheOpenedInTheBackgroundReadsWhatOpenReadsAndBuildsTheSameSite() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    BuildCache read = BuildCache.open(cacheDir());
    BuildCache background = BuildCache.openInBackground(cacheDir());
    assertEquals("", background.ignored());
    for (String page : List.of("content/es/alpha.md", "content/es/_index.md")) {
      assertEquals(read.find(page), background.find(page));
    }
    BuildResult rebuilt = SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("again")), Optional.empty(),
        false).withCache(BuildCache.openInBackground(cacheDir())));
    assertEquals(0, rebuilt.stats().rendered());
    assertEquals(InlineSite.tree(root.resolve("built")), InlineSite.tree(root.resolve("again")));

    Path index = cacheDir().resolve("index.bin");
    byte[] bytes = Files.readAllBytes(index);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(index, bytes);
    assertNotEquals("", BuildCache.openInBackground(cacheDir()).ignored());
    BuildResult afresh = SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("afresh")), Optional.empty(),
        false).withCache(BuildCache.openInBackground(cacheDir())));
    assertEquals(5, afresh.stats().rendered());
    assertEquals(InlineSite.tree(root.resolve("built")), InlineSite.tree(root.resolve("afresh")));
  }

  @Test
  void theIndexWrittenWhileTheBuildGoesOnHoldsAnEntryChangedAfterIt() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    BuildCache cache = BuildCache.open(cacheDir());
    CachedPage one = cache.find("content/es/alpha.md").orElseThrow();
    // (A cache saves the entries its build kept: here just this one.)
    CachedPage renamed = one.withMemo("another memo format", List.of("a", "b"));
    // Unchanged after pagesDone: the entries written early are the ones saved.
    cache.remember(renamed);
    cache.pagesDone();
    cache.save();
    assertEquals(Optional.of(renamed), BuildCache.open(cacheDir()).find("content/es/alpha.md"));
    // Changed after pagesDone: the entry as saved is the last one.
    BuildCache again = BuildCache.open(cacheDir());
    again.remember(renamed);
    again.pagesDone();
    again.remember(one);
    again.save();
    BuildCache saved = BuildCache.open(cacheDir());
    assertEquals("", saved.ignored());
    assertEquals(Optional.of(one), saved.find("content/es/alpha.md"));
  }

  @Test
  void aCachedPageChangedOnDiskIsNotTrusted() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    // Output files may be hard links to the cache's pages: editing one in place edits both.
    Path alpha = root.resolve("built/es/alpha/index.html");
    Files.writeString(alpha, "tampered", StandardCharsets.UTF_8);
    // And alpha's content in the cache damaged: its record no longer reads back.
    try (Stream<Path> packs = Files.list(cacheDir())) {
      for (Path p : packs.filter(p -> p.getFileName().toString().endsWith(".pack")).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("Alpha</h1>");
        assertTrue(at > 0, "alpha's content is in the pack");
        bytes[at] ^= 0x20;
        Files.write(p, bytes);
      }
    }
    BuildResult again = build("elsewhere", true);
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("elsewhere")));
    assertEquals(1, again.stats().rendered(), "alpha, whose cached page and content are gone");
  }

  @Test
  void pagesWhoseContentThePackLostAreRenderedAgain() throws IOException {
    InlineSite.write(root, LINKED);
    checked("built", true);
    Files.delete(cacheDir().resolve("content.idx"));
    // An edit, so the search index is made again from every page's content.
    Path three = root.resolve("content/three.md");
    Files.writeString(three, Files.readString(three) + "\nA new word: zanzibar.\n");
    BuildResult again = checked("built", true);
    assertTrue(again.written());
    assertEquals(4, again.stats().rendered(), "every page, its content gone with the pack's index");
    checked("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
  }

  @Test
  void quireBuildKeepsItsCacheInTargetAndNoCacheIgnoresIt() {
    InlineSite.write(root, SITE);
    String out = root.resolve("target/site").toString();
    assertEquals("(no problems; 5 rendered, 5 laid out, 14 files written)", summary(cli("build", "--source", root.toString())));
    assertTrue(Files.isRegularFile(cacheDir().resolve("index.bin")));
    assertEquals("(no problems; 0 rendered, 0 laid out, 0 files written)", summary(cli("build", "--source", root.toString())));
    assertEquals("(no problems)", summary(cli("build", "--no-cache", "--source", root.toString(), "--out", out)));
  }

  /** A site whose pages link to each other's anchors, with the search index on. */
  private static final String LINKED = """
      -- content/_index.md --
      ---
      title: Home
      ---
      See [one](one.md#setup) and [two](two.md).
      -- content/one.md --
      ---
      title: One
      ---
      # One

      ## Setup

      Text of one, and [two's part](two.md#part).
      -- content/two.md --
      ---
      title: Two
      ---
      # Two

      ## Part

      Text of two. <a href="../one/#setup">raw</a>
      -- content/three.md --
      ---
      title: Three
      ---
      # Three

      Nothing links here; it links to [one](one.md).
      """;

  /** Builds with the link check, as quire build does; counts the pages it read as HTML. */
  private BuildResult checked(String out, boolean cache, java.util.concurrent.atomic.AtomicInteger htmlRead) {
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve(out)), Optional.empty(), false);
    quire.check.LinkCheck check = new quire.check.LinkCheck();
    PageObserver counting = new PageObserver() {
      @Override public void built(PageFacts page, String html) {
        htmlRead.incrementAndGet();
        check.built(page, html);
      }

      @Override public List<quire.diag.Problem> finished(BuildResult result) {
        return check.finished(result);
      }

      @Override public String memoFormat() {
        return check.memoFormat();
      }

      @Override public List<String> builtWithMemo(PageFacts page, String html) {
        htmlRead.incrementAndGet();
        return check.builtWithMemo(page, html);
      }

      @Override public boolean builtFromMemo(PageFacts page, List<String> memo) {
        return check.builtFromMemo(page, memo);
      }
    };
    return SiteBuilder.build(cache ? options.withCache(BuildCache.open(cacheDir())) : options, counting);
  }

  private BuildResult checked(String out, boolean cache) {
    return checked(out, cache, new java.util.concurrent.atomic.AtomicInteger());
  }

  @Test
  void aCachedPageIsCheckedFromItsMemoWithoutReadingItsHtml() throws IOException {
    InlineSite.write(root, LINKED);
    java.util.concurrent.atomic.AtomicInteger read = new java.util.concurrent.atomic.AtomicInteger();
    assertTrue(checked("built", true, read).written());
    assertEquals(4, read.get(), "every page read once while the cache fills");
    read.set(0);
    BuildResult hits = checked("elsewhere", true, read);
    assertEquals(0, read.get(), "no page read: the link check takes them from their memos");
    assertEquals(0, hits.stats().rendered());
    assertEquals(List.of(), hits.problems());
    checked("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("elsewhere")));
  }

  @Test
  void aLinkBrokenByAnEditToAnotherPageIsReportedOnTheCachedPage() throws IOException {
    InlineSite.write(root, LINKED);
    checked("built", true);
    // two.md loses the anchor one.md links to: one.md is unchanged and comes from the cache.
    Path two = root.resolve("content/two.md");
    Files.writeString(two, Files.readString(two).replace("## Part", "## Portion"));
    BuildResult edited = checked("built", true);
    BuildResult fresh = checked("fresh", false);
    assertEquals(1, edited.stats().rendered(), "two.md only");
    assertEquals(List.of("content/one.md:8:31 error [anchor-missing]"), places(edited));
    assertEquals(fresh.problems(), edited.problems());
    assertFalse(edited.written());

    // two.md is mended and one.md loses the heading that the cached home page and the raw HTML
    // of two.md link to; then two.md is removed, which breaks the links of two cached pages.
    Files.writeString(two, Files.readString(two).replace("## Portion", "## Part"));
    Path one = root.resolve("content/one.md");
    Files.writeString(one, Files.readString(one).replace("## Setup", "## Set-up"));
    BuildResult again = checked("built", true);
    assertEquals(List.of("content/_index.md:4:11 error [anchor-missing]", "content/two.md:8:23 error [anchor-missing]"),
        places(again));
    assertEquals(checked("fresh2", false).problems(), again.problems());

    Files.writeString(one, Files.readString(one).replace("## Set-up", "## Setup"));
    assertTrue(checked("built", true).written());
    Files.delete(root.resolve("content/two.md"));
    BuildResult removed = checked("built", true);
    assertEquals(checked("fresh3", false).problems(), removed.problems());
    assertEquals(List.of("content/_index.md:4:35 error [link-broken]", "content/one.md:8:31 error [link-broken]"),
        places(removed));
  }

  @Test
  void theSearchIndexIsTheSameBytesAndIsNotMadeAgainWhenNoPageChanged() throws IOException {
    InlineSite.write(root, LINKED);
    checked("built", true);
    Map<String, String> first = InlineSite.tree(root.resolve("built"));
    BuildResult again = checked("built", true);
    assertEquals(0, again.stats().filesWritten(), "the index's files are kept as they are");
    assertEquals(first, InlineSite.tree(root.resolve("built")));
    checked("elsewhere", true);
    checked("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("elsewhere")));

    // An edit to one page: the index is made again, from the other pages' cached text.
    Path three = root.resolve("content/three.md");
    Files.writeString(three, Files.readString(three) + "\nA new word: zanzibar.\n");
    BuildResult edited = checked("built", true);
    assertEquals(1, edited.stats().rendered());
    checked("fresh-edited", false);
    assertEquals(InlineSite.tree(root.resolve("fresh-edited")), InlineSite.tree(root.resolve("built")));
    assertTrue(InlineSite.tree(root.resolve("built")).values().stream().anyMatch(text -> text.contains("zanzibar")));

    // The edited page's content before the edit is kept until the index that no longer names it
    // is written: an index left by a build killed before that still finds what it names.
    // (Content and search text of each page, and the 404 page's empty content.)
    assertEquals(2 * 5 + 1, new ContentPack(cacheDir(), Engine.id()).size(), "the 4 pages and three.md before the edit");

    // The cached text of every page damaged: it is read again from the cached content.
    try (Stream<Path> packs = Files.list(cacheDir())) {
      for (Path p : packs.filter(p -> p.getFileName().toString().endsWith(".pack")).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int damaged = 0;
        for (int at = text.indexOf(".search"); at >= 0; at = text.indexOf(".search", at + 1)) {
          bytes[at + ".search".length()] ^= 0x55;
          damaged++;
        }
        assertEquals(5, damaged, "the four pages', and the edited page's before the edit (kept one build longer)");
        Files.write(p, bytes);
      }
    }
    Files.writeString(three, Files.readString(three) + "\nAnother: quixotic.\n");
    checked("built", true);
    checked("fresh-again", false);
    assertEquals(InlineSite.tree(root.resolve("fresh-again")), InlineSite.tree(root.resolve("built")));
  }

  @Test
  void afterAnEditTheOtherPagesSearchFilesAreTheLastBuildsCopiesAndAGoneCopyIsMadeAgain() throws IOException {
    InlineSite.write(root, LINKED);
    assertEquals(4, checked("built", true).stats().searchPagesMade());
    BuildCache.FileSet first = BuildCache.open(cacheDir()).fileSet(SearchStage.FILE_SET).orElseThrow();
    Map<String, String> pageFiles = new java.util.TreeMap<>(first.sources());
    assertEquals(4, pageFiles.size(), "a page file each, named by what it is made from: " + first.sources());
    assertTrue(pageFiles.keySet().stream().allMatch(path -> path.matches("search/[0-9a-f]+/p\\d\\.json")), pageFiles.toString());
    assertEquals(4, new java.util.HashSet<>(pageFiles.values()).size());

    // An edit to one page: the three other page files are made from what they were made from
    // before, so the new index names the same copies (under its new folder).
    Path three = root.resolve("content/three.md");
    Files.writeString(three, Files.readString(three) + "\nA new word: zanzibar.\n");
    assertEquals(1, checked("edited", true).stats().searchPagesMade(), "only the edited page's file is put together");
    BuildCache.FileSet second = BuildCache.open(cacheDir()).fileSet(SearchStage.FILE_SET).orElseThrow();
    Map<String, String> before = copies(first);
    Map<String, String> after = copies(second);
    assertEquals(3, after.keySet().stream().filter(before::containsKey).filter(k -> after.get(k).equals(before.get(k))).count(),
        "the same copies for the unchanged pages: " + before + " " + after);
    checked("fresh-edited", false);
    assertEquals(InlineSite.tree(root.resolve("fresh-edited")), InlineSite.tree(root.resolve("edited")));

    // The cache's copies of the page files deleted behind quire: made again, the same bytes.
    try (Stream<Path> files = Files.list(cacheDir().resolve("pages"))) {
      for (Path f : files.toList()) {
        if (Files.readString(f).startsWith("{\"u\":")) Files.delete(f);
      }
    }
    Files.writeString(three, Files.readString(three) + "\nAnother: quixotic.\n");
    assertEquals(4, checked("edited-again", true).stats().searchPagesMade(), "the three whose copies are gone too");
    checked("fresh-again", false);
    assertEquals(InlineSite.tree(root.resolve("fresh-again")), InlineSite.tree(root.resolve("edited-again")));
  }

  /**
   * A cache restored without its times (as CI restores one) into a fresh checkout: the search
   * index's files are the cache's copies, checked by their bytes, and after an edit only the
   * edited page's file is made again. The copies' new times are kept, so the next build reads none.
   */
  @Test
  void aRestoredCacheKeepsTheSearchIndexsCopies() throws IOException {
    Path first = checkout("first", LINKED, Optional.empty());
    buildIn(first, true);
    Path second = checkout("second", LINKED, Optional.of(first));
    BuildResult restored = buildIn(second, true);
    assertEquals(0, restored.stats().rendered());
    assertEquals(0, restored.stats().searchPagesMade(), "the whole index is the cache's copies");
    assertEquals(InlineSite.tree(first.resolve("target/site")), InlineSite.tree(second.resolve("target/site")));
    Path cache = second.resolve("target/quire-cache");
    for (FileStamp copy : BuildCache.open(cache).fileSet(SearchStage.FILE_SET).orElseThrow().files().values()) {
      Path file = cache.resolve("pages").resolve(copy.content() + ".html");
      assertEquals(Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS), copy.modified(), file.toString());
    }

    Path third = checkout("third", LINKED, Optional.of(first));
    Path three = third.resolve("content/three.md");
    Files.writeString(three, Files.readString(three) + "\nA new word: zanzibar.\n");
    BuildResult edited = buildIn(third, true);
    assertEquals(1, edited.stats().rendered());
    assertEquals(1, edited.stats().searchPagesMade(), "three's file; the others are the cache's copies");
    Path fresh = checkout("fresh", LINKED, Optional.empty());
    Files.writeString(fresh.resolve("content/three.md"), Files.readString(three));
    buildIn(fresh, false);
    assertEquals(InlineSite.tree(fresh.resolve("target/site")), InlineSite.tree(third.resolve("target/site")));
  }

  /** What each page file of a search index was made from → the fingerprint of its copy in the cache. */
  private static Map<String, String> copies(BuildCache.FileSet set) {
    Map<String, String> copies = new java.util.HashMap<>();
    set.sources().forEach((path, source) -> copies.put(source, set.files().get(path).content()));
    return copies;
  }

  @Test
  void aCachedPageWhoseContentNoLongerReadsBackIsAnErrorAtThePageAndTheNextBuildStartsAfresh() throws IOException {
    InlineSite.write(root, LINKED);
    checked("built", true);
    // Every record of the pack damaged after the cache's index named it: the pages are taken
    // from the cache whole, but search cannot read what it needs of them.
    try (Stream<Path> packs = Files.list(cacheDir())) {
      for (Path p : packs.filter(p -> p.getFileName().toString().endsWith(".pack")).toList()) {
        byte[] bytes = Files.readAllBytes(p);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String key : List.of(".html", ".search")) {
          for (int at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) bytes[at + key.length()] ^= 0x55;
        }
        Files.write(p, bytes);
      }
    }
    Path three = root.resolve("content/three.md");
    Files.writeString(three, Files.readString(three) + "\nA new word: zanzibar.\n");
    BuildResult failed = checked("built", true);
    assertFalse(failed.written());
    List<String> problems = InlineSite.problems(failed);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).matches("output-failed content/[a-z_]+\\.md:1:1: the build cache's copy of this page's"
        + " content does not read back .*build again"), problems.get(0));

    BuildResult again = checked("built", true);
    assertTrue(again.written());
    assertEquals(List.of(), InlineSite.problems(again));
    assertEquals(4, again.stats().rendered(), "all four pages afresh");
    checked("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
  }

  @Test
  void aSearchIndexAllowedToLagIsTheLastOneUntilABuildThatMayNotLag() throws IOException {
    InlineSite.write(root, LINKED);
    BuildCache memory = BuildCache.inMemory();
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve("served")), Optional.empty(), false)
        .withCache(memory);
    BuildResult first = SiteBuilder.build(options.withSearchMayLag(true));
    assertFalse(first.stats().searchBehind(), "no index to lag behind: the first is made");
    Map<String, String> before = search(root.resolve("served"));
    Path three = root.resolve("content/three.md");
    Files.writeString(three, Files.readString(three) + "\nA new word: zanzibar.\n");
    BuildResult edited = SiteBuilder.build(options.withSearchMayLag(true));
    assertTrue(edited.written());
    assertTrue(edited.stats().searchBehind());
    assertEquals(1, edited.stats().rendered());
    assertEquals(before, search(root.resolve("served")), "the last index, as it was");
    assertTrue(InlineSite.read(root.resolve("served/three/index.html")).contains("zanzibar"));

    BuildResult caughtUp = SiteBuilder.build(options);
    assertFalse(caughtUp.stats().searchBehind());
    assertEquals(0, caughtUp.stats().rendered());
    SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("fresh")), Optional.empty(), false));
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("served")));
  }

  /** The search index's files under a built site. */
  private static Map<String, String> search(Path site) throws IOException {
    Map<String, String> all = InlineSite.tree(site);
    all.keySet().removeIf(path -> !path.startsWith("search"));
    assertFalse(all.isEmpty());
    return all;
  }

  private static List<String> places(BuildResult result) {
    return result.problems().stream()
        .map(p -> p.where() + " " + p.severity().name().toLowerCase(java.util.Locale.ROOT) + " [" + p.rule().id() + "]")
        .toList();
  }

  private static String cli(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    int code = quire.cli.Main.run(args, new java.io.PrintWriter(out), new java.io.PrintWriter(err));
    assertEquals(0, code, err.toString());
    return out.toString().strip();
  }

  private static String summary(String line) {
    return line.substring(line.indexOf(" ms ") + 4);
  }

  /** Every file under a folder, by relative path, with its content. */}
