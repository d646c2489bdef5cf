package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.diag.Problems;
import quire.site.SiteLoader;
import quire.site.SourcePage;

/**
 * {@link Navigation#next}: the navigation after an edit is the one made afresh, and a page that
 * is the same object keeps its leaf of the tree.
 */
class NavigationNextTest {
  private static final Path DOCS = Path.of("src/test/resources/sites/docs");

  @TempDir Path dir;

  @Test
  void theNextNavigationIsTheOneMadeAfreshAndKeepsTheLeavesOfPagesThatDidNotChange() throws IOException {
    try (Stream<Path> files = Files.walk(DOCS)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = dir.resolve(DOCS.relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to);
      }
    }
    List<SourcePage> before = SiteLoader.load(dir, false, new Problems()).pages();
    Path second = dir.resolve("content/guide/second.md");
    Files.writeString(second, Files.readString(second).replace("title: Second page", "title: Renamed page"));
    List<SourcePage> reloaded = SiteLoader.load(dir, false, new Problems()).pages();
    // As quire serve has them: the edited page anew, every other page the same object.
    List<SourcePage> after = new ArrayList<>();
    for (SourcePage page : before) {
      after.add(page.path().equals("content/guide/second.md")
          ? reloaded.stream().filter(p -> p.path().equals(page.path())).findFirst().orElseThrow() : page);
    }

    Navigation first = new Navigation(before, "/docs/");
    Navigation next = first.next(after);
    Navigation fresh = new Navigation(after, "/docs/");
    assertEquals(fresh.tree(), next.tree());
    for (SourcePage page : after) {
      String href = fresh.href(page.url());
      boolean home = page.kind() == SourcePage.Kind.HOME;
      assertEquals(fresh.sidebar(href, home), next.sidebar(href, home), page.path());
      assertEquals(fresh.shownOn(page), next.shownOn(page), page.path());
    }
    assertEquals("Renamed page", node(next.tree(), "/docs/guide/second/").get("title"));
    assertSame(node(first.tree(), "/docs/guide/first/"), node(next.tree(), "/docs/guide/first/"));
    assertNotSame(node(first.tree(), "/docs/guide/second/"), node(next.tree(), "/docs/guide/second/"));
  }

  /** The node of the tree with this URL. */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> node(Map<String, Object> tree, String url) {
    for (Object o : (List<Object>) tree.get("children")) {
      Map<String, Object> child = (Map<String, Object>) o;
      if (child.get("url").equals(url)) return child;
      if (url.startsWith((String) child.get("url"))) {
        Map<String, Object> found = node(child, url);
        if (found != null) return found;
      }
    }
    return null;
  }
}
