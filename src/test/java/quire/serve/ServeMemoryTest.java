package quire.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save that makes one page run out of memory (its shortcode pads a text two billion wide)
 * shows a {@code limit-exceeded} problem at the shortcode on that page; the preview keeps serving, the other
 * pages are built, and the next save builds the page again.
 */
class ServeMemoryTest {
  @TempDir Path dir;
  ServedSite site;

  @BeforeEach
  void serve() throws Exception {
    site = ServedSite.of(dir);
    Files.createDirectories(dir.resolve("site/shortcodes"));
    Files.writeString(dir.resolve("site/shortcodes/huge.ftlh"),
        "${\"\"?left_pad(2147483647)}\n");
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void aPageThatRunsOutOfMemoryIsAProblemOnThatPage() throws Exception {
    site.edit("content/guide/first.md", "Costs $5", "Costs $6 {{< huge >}}");
    String broken = site.awaitBody("/guide/first/", "the page's problem",
        body -> body.contains("memory ran out while running the template"));
    assertTrue(broken.contains("limit-exceeded"), broken);
    assertFalse(broken.contains("the build stopped"), "one page's failure does not stop the build: " + broken);
    assertFalse(site.err.toString().contains("\tat "), "no stack trace: " + site.err);

    site.edit("content/guide/first.md", "Costs $6 {{< huge >}}", "Costs $7");
    site.awaitBody("/guide/first/", "the next save's page", body -> body.contains("Costs $7") && !body.contains("quire-errors"));
  }
}
