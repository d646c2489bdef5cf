package quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.diag.Problem;
import quire.site.SourcePage;
import quire.testing.InlineSite;

/** quire serve reads again only the files that changed, and keeps the problems of the rest. */
class LiveSiteTest {
  @TempDir Path root;

  @Test
  void onlyChangedFilesAreReadAndTheirProblemsReplaced() throws IOException {
    InlineSite.write(root, """
        -- content/_index.md --
        ---
        title: Home
        ---
        -- content/a.md --
        ---
        title: A
        ---
        A.
        -- content/b.md --
        ---
        title: [broken
        ---
        B.
        -- partials/p/_x.md --
        X.
        """);
    LiveSite live = new LiveSite(root, false);
    live.update(Set.of());
    assertEquals(List.of("content/b.md"), files(live));
    SourcePage home = live.site().pages().get(0);

    Files.writeString(root.resolve("content/a.md"), "---\ntitle: A2\n---\nA.\n");
    live.update(Set.of(root.resolve("content/a.md")));
    assertEquals(List.of("content/b.md"), files(live), "b's problem stays though b was not read again");
    assertEquals(List.of("Home", "A2", "b"), titles(live));
    assertEquals(home, live.site().pages().get(0), "the home page is the same object: not read again");

    Files.writeString(root.resolve("content/b.md"), "---\ntitle: B\n---\nB.\n");
    Files.writeString(root.resolve("content/c.md"), "---\ntitle: C\nweight: 1\n---\nC.\n");
    live.update(Set.of(root.resolve("content/b.md"), root.resolve("content/c.md")));
    assertEquals(List.of(), files(live));
    assertEquals(List.of("Home", "C", "A2", "B"), titles(live), "a new page takes its place by weight");

    Files.delete(root.resolve("content/c.md"));
    Files.writeString(root.resolve("partials/p/_x.md"), "Y.\n");
    live.update(Set.of(root.resolve("content/c.md"), root.resolve("partials/p/_x.md")));
    assertEquals(List.of("Home", "A2", "B"), titles(live));
    assertEquals("Y.\n", live.site().partials().get("partials/p/_x.md").source().text());

    Files.createDirectories(root.resolve("site"));
    Files.writeString(root.resolve("site/config.yaml"), "title: Renamed\n");
    live.update(Set.of(root.resolve("site/config.yaml")));
    assertEquals("Renamed", live.site().config().title(), "a change under site/ loads everything again");
  }

  private static List<String> files(LiveSite live) {
    return live.problems().stream().map(Problem::at).map(p -> p.file()).distinct().toList();
  }

  private static List<String> titles(LiveSite live) {
    return live.site().pages().stream().map(SourcePage::title).toList();
  }
}
