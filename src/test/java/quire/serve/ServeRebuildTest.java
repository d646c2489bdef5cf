package quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quire serve rebuilds when a source changes, shows build errors on the pages, and tells open pages. */
class ServeRebuildTest {
  @TempDir Path dir;
  ServedSite site;

  @BeforeEach
  void serve() throws IOException {
    site = ServedSite.of(dir);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void anEditIsShownBeforeTheSearchIndexIsMadeAgainWhichFollowsWithoutAReload() throws Exception {
    String before = site.get("/search/meta.json").body();
    site.edit("content/guide/first.md", "Costs $5 on this page", "Costs $7 zanzibar");
    site.awaitOutput("the search index follows");
    site.awaitBody("/guide/first/", "the edited text", body -> body.contains("zanzibar"));
    site.awaitOutput("Search index for");
    String after = site.get("/search/meta.json").body();
    assertFalse(before.equals(after), "the index names a new build of its files: " + after);
    String build = after.replaceAll("(?s).*\"build\":\"([^\"]+)\".*", "$1");
    boolean found = false;
    for (int i = 0; site.get("/search/" + build + "/w" + i + ".json").statusCode() == 200; i++) {
      found |= site.get("/search/" + build + "/w" + i + ".json").body().contains("\"zanzibar\"");
    }
    assertTrue(found, "the new word is in the index");
  }

  @Test
  void editingAPageShowsTheNewTextOnTheNextRequest() throws Exception {
    site.edit("content/guide/first.md", "Costs $5 on this page", "Costs $7 after the edit");
    site.awaitBody("/guide/first/", "the edited text", body -> body.contains("Costs $7 after the edit"));
    site.awaitOutput("Rebuilt 7 pages in ");
  }

  @Test
  void aPageEditRendersThatPageAlone() throws Exception {
    site.edit("content/guide/second.md", "See the", "Now see the");
    site.awaitBody("/guide/second/", "the edited text", body -> body.contains("Now see the"));
    // The page, and the search index files that hold its words (BuildCacheTest counts writes
    // on a site without search).
    site.awaitOutput("(1 rendered, ");
  }

  @Test
  void aPartialEditRendersThePagesThatRenderIt() throws Exception {
    site.edit("partials/guide/_steps.md", "Check the result:", "Check the edited result:");
    site.awaitBody("/guide/first/", "the edited partial", body -> body.contains("Check the edited result:"));
    site.awaitOutput("(2 rendered, ");
  }

  @Test
  void aTitleEditLaysOutThePagesWhoseSidebarNamesIt() throws Exception {
    site.edit("content/guide/second.md", "title: ", "title: Renamed ");
    site.awaitBody("/guide/first/", "the new title in the sidebar", body -> body.contains(">Renamed "));
    site.awaitOutput("(1 rendered, ");
  }

  @Test
  void aTemplateEditRebuildsEveryPage() throws Exception {
    Files.createDirectories(dir.resolve("site/shortcodes"));
    Files.writeString(dir.resolve("site/shortcodes/unused.ftlh"), "unused");
    site.awaitOutput("(7 rendered, ");
  }

  @Test
  void aPageInANewFolderIsBuilt() throws Exception {
    Files.createDirectories(dir.resolve("content/guide/extra/deeper"));
    // The watcher registers the new folders as they appear; a file written there must be seen
    // whether it lands before or after that registration.
    Files.writeString(dir.resolve("content/guide/extra/deeper/late.md"), "---\ntitle: Late\n---\nA late page.\n");
    site.awaitBody("/guide/extra/deeper/late/", "the new page", body -> body.contains("A late page."));
    site.edit("content/guide/extra/deeper/late.md", "A late page.", "A later page.");
    site.awaitBody("/guide/extra/deeper/late/", "the edited new page", body -> body.contains("A later page."));
  }

  @Test
  void aBrokenPageKeepsThePreviousPageAndShowsTheErrorUntilFixed() throws Exception {
    site.edit("content/guide/first.md", "Costs $5", "Costs $6");
    site.awaitBody("/guide/first/", "the first edit", body -> body.contains("Costs $6"));

    site.edit("content/guide/first.md", "file=\"_steps.md\"", "file=\"_stepz.md\"");
    String broken = site.awaitBody("/guide/first/", "the error overlay", body -> body.contains("quire-errors"));
    assertTrue(broken.contains("Costs $6"), "the last good page stays: " + broken);
    assertTrue(broken.contains("content/guide/first.md:9:18: error [partial-missing] partial &quot;_stepz.md&quot; not found"),
        broken);
    assertTrue(site.get("/guide/second/").body().contains("[partial-missing]"), "every page shows the errors");
    assertFalse(Files.readString(dir.resolve("target/serve/guide/first/index.html")).contains("quire-errors"),
        "the overlay is added when serving, never written");
    assertTrue(site.err.toString().contains("content/guide/first.md:9:18: error [partial-missing]"), site.err.toString());

    site.edit("content/guide/first.md", "file=\"_stepz.md\"", "file=\"_steps.md\"");
    site.awaitBody("/guide/first/", "the page without the overlay", body -> !body.contains("quire-errors"));
  }

  @Test
  void anOpenPageIsToldToReloadAfterARebuild() throws Exception {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    HttpResponse<Stream<String>> events = site.client.sendAsync(
        HttpRequest.newBuilder(site.uri("/_quire/events")).GET().build(), HttpResponse.BodyHandlers.ofLines())
        .get(ServedSite.PATIENCE.toSeconds(), TimeUnit.SECONDS);
    assertEquals(200, events.statusCode());
    assertEquals("text/event-stream; charset=utf-8", events.headers().firstValue("Content-Type").orElse(""));
    Thread reader = new Thread(() -> events.body().forEach(lines::add), "sse-reader");
    reader.setDaemon(true);
    reader.start();
    awaitLine(lines, "event: hello");

    site.edit("content/guide/second.md", "See the", "Now see the");
    awaitLine(lines, "event: reload");
    assertEquals("data: 2", lines.poll(ServedSite.PATIENCE.toSeconds(), TimeUnit.SECONDS), "the build's count");
  }

  private static void awaitLine(BlockingQueue<String> lines, String wanted) throws InterruptedException {
    long deadline = System.nanoTime() + ServedSite.PATIENCE.toNanos();
    while (System.nanoTime() < deadline) {
      String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertNotNull(line, "no \"" + wanted + "\" within " + ServedSite.PATIENCE.toSeconds() + " s");
      if (line.equals(wanted)) return;
    }
    throw new AssertionError("no \"" + wanted + "\" within " + ServedSite.PATIENCE.toSeconds() + " s");
  }
}
