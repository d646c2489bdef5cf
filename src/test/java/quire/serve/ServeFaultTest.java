package quire.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.PageObserver;
import quire.build.SiteBuilder;
import quire.build.SiteUpdate;
import quire.build.SiteUpdater;
import quire.diag.Problem;
import quire.site.Site;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * quire serve survives every bad save: whatever the build throws, the last good pages stay
 * served with the failure shown on them, and the next save builds again.
 */
class ServeFaultTest {
  @TempDir Path dir;
  ServedSite site;

  @BeforeEach
  void serve() throws IOException {
    // The build throws what the first page's text names, as a page nested thousands deep once did.
    site = ServedSite.of(dir, new Preview.Builder() {
      @Override
      public BuildResult build(BuildOptions options, PageObserver observer, Site loaded, List<Problem> problems) {
        fault(options.source());
        return SiteBuilder.build(options, observer, loaded, problems);
      }

      @Override
      public Optional<SiteUpdate> update(SiteUpdater updater, Site loaded, List<Problem> problems, Set<String> changed) {
        fault(loaded.root());
        return updater.update(loaded, problems, changed);
      }
    });
  }

  /** Throws what the first page's text names. */
  private static void fault(Path source) {
    String text;
    try {
      text = Files.readString(source.resolve("content/guide/first.md"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (text.contains("THROW-STACK")) throw new StackOverflowError();
    if (text.contains("THROW-MEMORY")) throw new OutOfMemoryError("Java heap space");
    if (text.contains("THROW-BUG")) throw new IllegalStateException("a bug in quire");
    if (text.contains("THROW-DISK")) throw new UncheckedIOException(new IOException("No space left on device"));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void aStackOverflowIsShownAndTheNextSaveRebuilds() throws Exception {
    site.edit("content/guide/first.md", "Costs $5", "Costs $6 THROW-STACK");
    String broken = site.awaitBody("/guide/first/", "the failure panel", body -> body.contains("quire-errors"));
    assertTrue(broken.contains("quire: the build stopped: the stack overflowed (StackOverflowError); the previous "
        + "pages stay served, and the next save builds again"), broken);
    assertTrue(broken.contains("Costs $5"), "the last good page stays served");
    assertFalse(site.err.toString().contains("\tat "), "no stack trace without --verbose: " + site.err);

    site.edit("content/guide/first.md", "Costs $6 THROW-STACK", "Costs $7");
    site.awaitBody("/guide/first/", "the next save's page", body -> body.contains("Costs $7") && !body.contains("quire-errors"));
  }

  @Test
  void runningOutOfMemoryABugAndAFullDiskAreShownAndTheNextSaveRebuilds() throws Exception {
    site.edit("content/guide/first.md", "Costs $5", "Costs $6 THROW-MEMORY");
    site.awaitBody("/guide/first/", "the memory failure",
        body -> body.contains("the build stopped: memory ran out (OutOfMemoryError): Java heap space"));
    site.edit("content/guide/first.md", "Costs $6 THROW-MEMORY", "Costs $6 THROW-BUG");
    site.awaitBody("/guide/first/", "the bug",
        body -> body.contains("the build stopped: internal error IllegalStateException: a bug in quire"));
    site.edit("content/guide/first.md", "Costs $6 THROW-BUG", "Costs $6 THROW-DISK");
    site.awaitBody("/guide/first/", "the write failure",
        body -> body.contains("the build stopped: cannot write target/serve: java.io.IOException: No space left on device"));
    site.edit("content/guide/first.md", "Costs $6 THROW-DISK", "Costs $8");
    site.awaitBody("/guide/first/", "the fixed page", body -> body.contains("Costs $8") && !body.contains("quire-errors"));
  }
}
