package quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildCache;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import quire.check.LinkCheck;
import quire.diag.Problems;
import quire.site.SiteLoader;

/**
 * The preview's page-by-page updates give what a whole build gives: after each kind of edit,
 * the files in {@code target/serve} (the search index aside, which follows later) are byte for
 * byte those a fresh build of the same sources writes, the problems are the same, and only the
 * pages the edit reaches were rendered and laid out.
 */
class LiveBuildTest {
  private static final String ADDRESS = "http://127.0.0.1:1313/";

  @TempDir Path dir;
  private LiveSite live;
  private LiveBuild builds;
  private final BuildCache cache = BuildCache.inMemory();
  private int fresh;

  @BeforeEach
  void build() throws IOException {
    ServedSite.copyFixture(dir);
    // A second section, so that an edit in the guide has pages it does not reach.
    for (int i = 1; i <= 4; i++) {
      write("content/other/page-" + i + ".md", "---\ntitle: Other " + i + "\nweight: " + i + "\n---\n## Part " + i
          + "\n\nSee [the second page's steps](../../guide/second/#steps).\n");
    }
    write("content/other/_index.md", "---\ntitle: Other\nweight: 5\n---\nMore pages.\n");
    write("content/other/diagram.md", "---\ntitle: A diagram\nweight: 8\n---\nBefore.\n\n```mermaid\nflowchart LR\n"
        + "  A[Mail] --> B{Spam?}\n  B -- yes --> C[Quarantine]\n  B -- no --> D[Inbox]\n```\n");
    live = new LiveSite(dir, false);
    live.update(Set.of());
    builds = new LiveBuild(dir, Preview.outputOf(dir), cache, SiteBuilder::build);
    LiveBuild.Outcome first = builds.build(options(), live.site(), live.problems(), Set.of(), true);
    assertTrue(first.whole() && first.written(), "the first build builds the site: " + first.problems());
    assertSameAsFreshBuild(first);
  }

  @Test
  void aPageTextEditRendersAndLaysOutThatPageAlone() throws IOException {
    LiveBuild.Outcome edit = edit("content/guide/first.md", "Costs $5 on this page", "Costs $9 on this page");
    assertEquals(1, edit.rendered());
    assertEquals(1, edit.laidOut());
    assertEquals(1, edit.filesWritten());
    assertTrue(Files.readString(page("guide/first")).contains("Costs $9"));
  }

  @Test
  void anEditorsPassingTestFileDoesNotMakeTheSiteBuildWhole() throws IOException {
    write("content/guide/4913", "");
    Files.delete(dir.resolve("content/guide/4913"));
    String text = Files.readString(dir.resolve("content/guide/first.md"));
    write("content/guide/first.md", text.replace("Costs $5", "Costs $8"));
    live.update(Set.of(dir.resolve("content/guide/4913"), dir.resolve("content/guide/first.md")));
    LiveBuild.Outcome outcome = builds.build(options(), live.site(), live.problems(),
        Set.of("content/guide/4913", "content/guide/first.md"), true);
    assertFalse(outcome.whole());
    assertEquals(1, outcome.rendered());
    assertSameAsFreshBuild(outcome);
  }

  @Test
  void anImageAddedBuildsTheWholeSite() throws IOException {
    Files.copy(dir.resolve("content/guide/static/first.png"), dir.resolve("content/guide/static/third.png"));
    assertTrue(update("content/guide/static/third.png").whole());
  }

  @Test
  void anImageRemovedBuildsTheWholeSite() throws IOException {
    Files.delete(dir.resolve("content/guide/static/second.png"));
    LiveBuild.Outcome outcome = update("content/guide/static/second.png");
    assertTrue(outcome.whole());
    assertTrue(outcome.problems().stream().anyMatch(p -> p.rule().id().equals("image-missing")), outcome.problems().toString());
  }

  @Test
  void aPageWithADiagramIsRenderedWithTheDiagramItDrewBefore() throws IOException {
    LiveBuild.Outcome edit = edit("content/other/diagram.md", "Before.", "Before, edited.");
    assertEquals(1, edit.rendered());
    assertTrue(Files.readString(page("other/diagram")).contains("<svg"));
  }

  @Test
  void aTitleEditLaysOutOnlyThePagesWhoseNavigationShowsIt() throws IOException {
    LiveBuild.Outcome edit = edit("content/guide/second.md", "title: Second page", "title: Renamed page");
    assertEquals(1, edit.rendered(), "the page itself");
    // The guide's pages (sidebar, previous/next, the guide's cards) and the home page's sidebar;
    // not the other section's pages, whose sidebar shows the guide closed.
    assertTrue(edit.laidOut() > 2 && edit.laidOut() < live.site().pages().size(), "laid out " + edit.laidOut());
    assertTrue(Files.readString(page("guide/first")).contains(">Renamed page<"));
  }

  @Test
  void aWeightEditReordersTheSection() throws IOException {
    edit("content/guide/first.md", "weight: 1", "weight: 9");
  }

  @Test
  void aPartialEditRendersThePagesThatRenderIt() throws IOException {
    LiveBuild.Outcome edit = edit("partials/guide/_steps.md", "Check the result:", "Check the edited result:");
    assertEquals(2, edit.rendered());
    assertEquals(2, edit.laidOut());
  }

  @Test
  void removingAnAnchorAnotherPageLinksToIsAnErrorUntilItComesBack() throws IOException {
    LiveBuild.Outcome broken = edit("content/guide/second.md", "## Steps", "## Stages");
    assertFalse(broken.written(), "a build with errors writes nothing");
    assertTrue(broken.problems().stream().anyMatch(p -> p.rule().id().equals("anchor-missing")
        && p.at().file().equals("content/other/page-1.md")), broken.problems().toString());
    assertEquals(1, broken.rendered());
    LiveBuild.Outcome fixed = edit("content/guide/second.md", "## Stages", "## Steps");
    assertTrue(fixed.written() && fixed.problems().isEmpty(), fixed.problems().toString());
  }

  @Test
  void aNewBrokenLinkIsAnErrorAndFixingItWritesThePage() throws IOException {
    LiveBuild.Outcome broken = edit("content/other/page-2.md", "See [", "See [nowhere](../nowhere/) and [");
    assertFalse(broken.written());
    assertTrue(broken.problems().stream().anyMatch(p -> p.rule().id().equals("link-broken")), broken.problems().toString());
    LiveBuild.Outcome other = edit("content/other/page-3.md", "## Part 3", "## Part three");
    assertFalse(other.written(), "still broken elsewhere");
    LiveBuild.Outcome fixed = edit("content/other/page-2.md", "[nowhere](../nowhere/) and ", "");
    assertTrue(fixed.written(), fixed.problems().toString());
    assertTrue(Files.readString(page("other/page-3")).contains("Part three"), "the edit kept back is written");
  }

  @Test
  void aPageAddedAndRemovedIsBuiltAndItsFileDeleted() throws IOException {
    write("content/other/page-5.md", "---\ntitle: Other 5\nweight: 6\n---\nA new page, see [one](../page-1/).\n");
    LiveBuild.Outcome added = update("content/other/page-5.md");
    assertTrue(added.written(), added.problems().toString());
    assertTrue(Files.isRegularFile(page("other/page-5")));
    Files.delete(dir.resolve("content/other/page-5.md"));
    LiveBuild.Outcome removed = update("content/other/page-5.md");
    assertTrue(removed.written(), removed.problems().toString());
    assertFalse(Files.exists(page("other/page-5")));
  }

  @Test
  void theHomePagesFileRemovedLeavesTheHomePageHugoHasAndBroughtBackReplacesIt() throws IOException {
    String text = Files.readString(dir.resolve("content/_index.md"));
    Files.delete(dir.resolve("content/_index.md"));
    LiveBuild.Outcome removed = update("content/_index.md");
    assertTrue(removed.written(), removed.problems().toString());
    assertTrue(Files.readString(page("")).contains("<h1>"), "the implicit home page is drawn with its title");
    write("content/_index.md", text);
    LiveBuild.Outcome back = update("content/_index.md");
    assertTrue(back.written(), back.problems().toString());
  }

  @Test
  void aPageInANewTopLevelFolderGetsTheFoldersSectionPageUntilItGoes() throws IOException {
    write("content/extra/only.md", "---\ntitle: Only\n---\nThe one page here.\n");
    LiveBuild.Outcome added = update("content/extra/only.md");
    assertTrue(added.written(), added.problems().toString());
    assertTrue(Files.isRegularFile(page("extra")), "the folder's section page");
    Files.delete(dir.resolve("content/extra/only.md"));
    LiveBuild.Outcome removed = update("content/extra/only.md");
    assertTrue(removed.written(), removed.problems().toString());
    assertFalse(Files.exists(page("extra")));
  }

  @Test
  void aSectionsFirstPageChangesHowTheSectionIsDrawnBesideIt() throws IOException {
    write("content/other/sub/_index.md", "---\ntitle: Sub\nweight: 9\n---\nA section, empty at first.\n");
    update("content/other/sub/_index.md");
    write("content/other/sub/leaf.md", "---\ntitle: Leaf\n---\nThe section's first page.\n");
    update("content/other/sub/leaf.md");
    Files.delete(dir.resolve("content/other/sub/leaf.md"));
    update("content/other/sub/leaf.md");
  }

  @Test
  void aPageThatLinksToARemovedPageIsBroken() throws IOException {
    write("content/other/page-4.md", "---\ntitle: Other 4\nweight: 4\n---\nSee [install](../../guide/setup/install/).\n");
    update("content/other/page-4.md");
    Files.delete(dir.resolve("content/guide/setup/install.md"));
    LiveBuild.Outcome removed = update("content/guide/setup/install.md");
    assertTrue(removed.problems().stream().anyMatch(p -> p.rule().id().equals("link-broken")), removed.problems().toString());
  }

  @Test
  void aDraftChangeRemovesThePageFromEveryNavigation() throws IOException {
    edit("content/guide/second.md", "weight: 2", "weight: 2\ndraft: true");
    edit("content/guide/second.md", "weight: 2\ndraft: true", "weight: 2");
  }

  @Test
  void aTitleEditRendersTheListingsThatNameIt() throws IOException {
    LiveBuild.Outcome edit = edit("content/guide/setup/install.md", "title: Install", "title: Installing");
    assertEquals(2, edit.rendered(), "the page and its section's directory-listing");
    assertTrue(Files.readString(page("guide/setup")).contains("Installing"));
  }

  @Test
  void anAliasBecomesARedirectAndGoesAgain() throws IOException {
    edit("content/guide/first.md", "weight: 1", "weight: 1\naliases:\n  - /old-first/");
    assertTrue(Files.isRegularFile(Preview.outputOf(dir).resolve("old-first/index.html")));
    edit("content/guide/first.md", "weight: 1\naliases:\n  - /old-first/", "weight: 1");
    assertFalse(Files.exists(Preview.outputOf(dir).resolve("old-first/index.html")));
  }

  @Test
  void aMissingPartialIsAnErrorUntilItIsWritten() throws IOException {
    LiveBuild.Outcome missing = edit("content/other/page-1.md", "See [", "{{< render file=\"_later.md\" >}}\n\nSee [");
    assertTrue(missing.problems().stream().anyMatch(p -> p.rule().id().equals("partial-missing")), missing.problems().toString());
    write("partials/other/_later.md", "Written later.\n");
    LiveBuild.Outcome written = update("partials/other/_later.md");
    assertEquals(1, written.rendered());
    assertTrue(Files.readString(page("other/page-1")).contains("Written later."));
    Files.delete(dir.resolve("partials/other/_later.md"));
    update("partials/other/_later.md");
  }

  @Test
  void aPartialNoPageRendersIsAWarningUntilAPageRendersIt() throws IOException {
    write("partials/other/_spare.md", "Spare steps.\n");
    LiveBuild.Outcome unused = update("partials/other/_spare.md");
    assertTrue(unused.written());
    assertTrue(unused.problems().stream().anyMatch(p -> p.rule().id().equals("partial-unused")), unused.problems().toString());
    LiveBuild.Outcome used = edit("content/other/page-3.md", "See [", "{{< render file=\"_spare.md\" >}}\n\nSee [");
    assertTrue(used.problems().isEmpty(), used.problems().toString());
  }

  @Test
  void anErrorInAPartialIsReportedOnceForEveryPageThatRendersIt() throws IOException {
    LiveBuild.Outcome broken = edit("partials/guide/_steps.md", "Check the result:", "Check $9 and {{< nope >}} the result:");
    assertFalse(broken.written());
    assertTrue(broken.problems().stream().anyMatch(p -> p.message().contains("more render call")), broken.problems().toString());
    LiveBuild.Outcome fixed = edit("partials/guide/_steps.md", "Check $9 and {{< nope >}} the result:", "Check the result:");
    assertTrue(fixed.written(), fixed.problems().toString());
  }

  @Test
  void aTemplateEditBuildsTheWholeSite() throws IOException {
    write("site/templates/extra.ftlh", "unused");
    LiveBuild.Outcome outcome = update("site/templates/extra.ftlh");
    assertTrue(outcome.whole());
    assertSameAsFreshBuild(outcome);
  }

  @Test
  void aWholeBuildAfterUpdatesKnowsTheFilesTheyWroteAndDeleted() throws IOException {
    edit("content/guide/first.md", "Costs $5", "Costs $6");
    write("content/other/page-5.md", "---\ntitle: Other 5\nweight: 6\n---\nA page the whole build removes.\n");
    update("content/other/page-5.md");
    Files.delete(dir.resolve("content/other/page-4.md"));
    update("content/other/page-4.md");
    // A template and a page removed in one save: the whole site is built, and the file the
    // updates wrote for the removed page goes with it.
    Files.delete(dir.resolve("content/other/page-5.md"));
    write("site/templates/extra.ftlh", "unused");
    live.update(Set.of(dir.resolve("content/other/page-5.md"), dir.resolve("site/templates/extra.ftlh")));
    LiveBuild.Outcome whole = builds.build(options(), live.site(), live.problems(),
        Set.of("content/other/page-5.md", "site/templates/extra.ftlh"), true);
    assertTrue(whole.whole());
    assertSameAsFreshBuild(whole);
    assertFalse(Files.exists(page("other/page-5")));
    assertFalse(Files.exists(page("other/page-4")));
  }

  private LiveBuild.Outcome edit(String file, String from, String to) throws IOException {
    String text = Files.readString(dir.resolve(file));
    assertTrue(text.contains(from), file + " holds " + from);
    write(file, text.replace(from, to));
    LiveBuild.Outcome outcome = update(file);
    assertFalse(outcome.whole(), "an edit of " + file + " is followed page by page");
    return outcome;
  }

  private LiveBuild.Outcome update(String file) throws IOException {
    live.update(Set.of(dir.resolve(file)));
    LiveBuild.Outcome outcome = builds.build(options(), live.site(), live.problems(), Set.of(file), true);
    assertSameAsFreshBuild(outcome);
    return outcome;
  }

  private BuildOptions options() {
    return new BuildOptions(dir, Optional.of(Preview.outputOf(dir)), Optional.of(ADDRESS), false).withCache(cache)
        .withSearchMayLag(true);
  }

  /** The problems are a fresh build's; when written, so is every file but the search index's. */
  private void assertSameAsFreshBuild(LiveBuild.Outcome outcome) throws IOException {
    Path out = dir.resolve("target/fresh-" + fresh++);
    Problems problems = new Problems();
    BuildResult expected = SiteBuilder.build(new BuildOptions(dir, Optional.of(out), Optional.of(ADDRESS), false),
        new LinkCheck(), SiteLoader.load(dir, false, problems), problems.sorted());
    assertEquals(String.join("\n", expected.problems().stream().map(Object::toString).toList()),
        String.join("\n", outcome.problems().stream().map(Object::toString).toList()), "the problems");
    if (!outcome.written()) return;
    assertTrue(expected.written());
    Map<String, String> want = files(out);
    Map<String, String> got = files(Preview.outputOf(dir));
    assertEquals(want.keySet(), got.keySet(), "the files");
    for (String path : want.keySet()) assertEquals(want.get(path), got.get(path), path);
  }

  private static Map<String, String> files(Path root) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String rel = root.relativize(file).toString().replace('\\', '/');
        if (rel.startsWith("search/")) continue;
        files.put(rel, new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private Path page(String url) {
    return Preview.outputOf(dir).resolve(url).resolve("index.html");
  }

  private void write(String file, String text) throws IOException {
    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), text);
  }
}
