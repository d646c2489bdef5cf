package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildOptions;
import quire.build.PageFacts;
import quire.build.PageObserver;
import quire.build.SiteBuilder;
import quire.diag.Problems;
import quire.site.Site;
import quire.site.SiteLoader;
import quire.site.SourcePage;

/**
 * {@link Navigation#shownOn} says exactly when the built-in templates lay a page out differently
 * after the tree changed: for every page whose own file did not change, its HTML before and
 * after an edit elsewhere differs if and only if its string does. The templates are the oracle.
 */
class ShownOnTest {
  private static final Path DOCS = Path.of("src/test/resources/sites/docs");

  @TempDir Path dir;

  @Test
  void aTitleChange() throws IOException {
    assertFaithful("content/guide/second.md", "title: Second page", "title: Renamed page");
  }

  @Test
  void aWeightChange() throws IOException {
    assertFaithful("content/guide/first.md", "weight: 1", "weight: 7");
  }

  @Test
  void aSectionTitleChange() throws IOException {
    assertFaithful("content/guide/setup/_index.md", "title: Setup", "title: Setting up");
  }

  @Test
  void theHomePagesTitleChange() throws IOException {
    assertFaithful("content/_index.md", "title: Fixture docs", "title: The fixture's docs", false);
  }

  @Test
  void aDescriptionChange() throws IOException {
    assertFaithful("content/other/page-2.md", "weight: 2", "weight: 2\ndescription: The second other page");
  }

  @Test
  void aPageAddedToAnEmptySection() throws IOException {
    assertFaithful("content/other/sub/leaf.md", null, "---\ntitle: Leaf\n---\nA leaf.\n");
  }

  @Test
  void aPageRemoved() throws IOException {
    assertFaithful("content/guide/setup/install.md", "", null);
  }

  /** Edits {@code file} (null {@code from}: creates it; null {@code to}: deletes it) and compares. */
  private void assertFaithful(String file, String from, String to) throws IOException {
    assertFaithful(file, from, to, true);
  }

  private void assertFaithful(String file, String from, String to, boolean reachesOthers) throws IOException {
    copyFixture();
    Built before = build();
    Path path = dir.resolve(file);
    if (to == null) {
      Files.delete(path);
    } else if (from == null) {
      Files.createDirectories(path.getParent());
      Files.writeString(path, to);
    } else {
      Files.writeString(path, Files.readString(path).replace(from, to));
    }
    Built after = build();
    int same = 0;
    int changed = 0;
    for (SourcePage page : after.site().pages()) {
      if (page.path().equals(file) || page.source().text().contains("directory-listing")) continue;
      Optional<SourcePage> old = before.site().pages().stream().filter(p -> p.path().equals(page.path())).findFirst();
      if (old.isEmpty()) continue;
      boolean htmlSame = before.html().get(page.path()).equals(after.html().get(page.path()));
      boolean shownSame = before.nav().shownOn(old.get()).equals(after.nav().shownOn(page));
      assertEquals(htmlSame, shownSame, page.path() + ": the HTML " + (htmlSame ? "is" : "is not")
          + " the same, what the navigation shows " + (shownSame ? "is" : "is not"));
      if (htmlSame) same++;
      else changed++;
    }
    assertEquals(reachesOthers, changed > 0, "the edit changes some other page: " + changed);
    assertTrue(same > 0, "the edit leaves some page alone");
  }

  private record Built(Site site, Navigation nav, Map<String, String> html) {}

  private Built build() {
    Problems problems = new Problems();
    Site site = SiteLoader.load(dir, false, problems);
    Map<String, String> html = new ConcurrentHashMap<>();
    PageObserver observer = (PageFacts page, String text) -> html.put(page.path(), text);
    SiteBuilder.build(new BuildOptions(dir, Optional.empty(), Optional.empty(), false), observer, site,
        problems.sorted());
    return new Built(site, new Navigation(site.pages(), site.config().basePath()), html);
  }

  private void copyFixture() throws IOException {
    try (Stream<Path> files = Files.walk(DOCS)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = dir.resolve(DOCS.relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to);
      }
    }
    for (int i = 1; i <= 4; i++) {
      Files.createDirectories(dir.resolve("content/other"));
      Files.writeString(dir.resolve("content/other/page-" + i + ".md"),
          "---\ntitle: Other " + i + "\nweight: " + i + "\n---\nPage " + i + ".\n");
    }
    Files.writeString(dir.resolve("content/other/_index.md"), "---\ntitle: Other\nweight: 5\n---\nMore pages.\n");
    Files.createDirectories(dir.resolve("content/other/sub"));
    Files.writeString(dir.resolve("content/other/sub/_index.md"), "---\ntitle: Sub\nweight: 9\n---\nEmpty at first.\n");
  }
}
