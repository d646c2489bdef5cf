package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.output.OutputFolder;
import quire.testing.InlineSite;
import quire.testing.TreeHash;

/**
 * The output folder is quire's own: an --out that would replace the sources, a file, or a folder
 * quire did not write is refused with exit 2 and one sentence, and nothing anywhere changes.
 */
class OutputOwnershipTest {
  @TempDir Path dir;
  Path site;

  @BeforeEach
  void writeSite() throws IOException {
    site = dir.resolve("project");
    InlineSite.write(site, """
        -- content/_index.md --
        ---
        title: Home
        ---
        Hello.
        -- content/guide/page.md --
        ---
        title: Page
        ---
        A page.
        -- partials/guide/_p.md --
        A partial.
        -- site/config.yaml --
        title: Mine
        """);
    Files.createDirectories(site.resolve(".git"));
    Files.writeString(site.resolve(".git/HEAD"), "ref: refs/heads/main\n");
    InlineSite.write(dir.resolve("sibling"), """
        -- notes.txt --
        another project beside this one
        """);
  }

  /** Runs a build that must be refused, and checks that no file under the temp folder changed. */
  private String refused(String out) {
    Map<String, String> before = TreeHash.of(dir);
    CliRun run = CliRun.of("build", "--source", site.toString(), "--out", out);
    assertEquals(Main.USAGE, run.exit(), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertTrue(run.err().startsWith("quire build: refusing to "), run.err());
    assertEquals("", run.out());
    assertEquals(before, TreeHash.of(dir));
    return run.err().strip();
  }

  /** A repository can commit target as a link: the default output is then refused, an --out honoured. */
  @Test
  void refusesTheDefaultOutputWhenTargetIsALinkAndWritesWhereOutSays() throws IOException {
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    Files.createSymbolicLink(site.resolve("target"), elsewhere);
    Map<String, String> before = TreeHash.of(dir);
    CliRun run = CliRun.of("build", "--source", site.toString());
    assertEquals(Main.USAGE, run.exit(), run.err());
    assertEquals("quire build: refusing to write the site to " + site.resolve("target/site") + ": target is a "
        + "symbolic link, which a site's files may make lead anywhere; remove it, or name the folder to write with --out",
        run.err().strip());
    assertEquals(before, TreeHash.of(dir));
    CliRun chosen = CliRun.of("build", "--no-cache", "--source", site.toString(), "--out", site.resolve("target/site").toString());
    assertEquals(Main.OK, chosen.exit(), chosen.err());
    assertTrue(Files.isRegularFile(elsewhere.resolve("site/index.html")));
  }

  @Test
  void refusesTheSiteFolderItself() {
    assertEquals("quire build: refusing to write the site to " + site + ": it is the site folder itself, and "
        + "building would replace the sources; pick a folder of its own, e.g. target/site", refused(site.toString()));
    assertTrue(refused(site.resolve("content/..").toString()).contains("it is the site folder itself"));
  }

  @Test
  void refusesAFolderThatContainsTheSiteFolder() {
    assertTrue(refused(site.resolve("..").toString()).endsWith(": it contains the site folder, and building "
        + "would replace the sources; pick a folder of its own, e.g. target/site"));
    assertTrue(refused(dir.toString()).contains("it contains the site folder"));
  }

  @Test
  void refusesTheRootOfTheFileSystem() {
    assertEquals("quire build: refusing to write the site to /: it is the root of the file system", refused("/"));
  }

  @Test
  void refusesAFolderInsideTheSources() {
    assertTrue(refused(site.resolve("content").toString()).endsWith(": it lies inside content/, which holds the "
        + "sources; pick a folder of its own, e.g. target/site"));
    assertTrue(refused(site.resolve("content/out").toString()).contains("it lies inside content/"));
    assertTrue(refused(site.resolve("partials/guide").toString()).contains("it lies inside partials/"));
    assertTrue(refused(site.resolve("site/public").toString()).contains("it lies inside site/"));
  }

  @Test
  void refusesALinkThatLeadsToTheSources() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("out-link"), site.resolve("content"));
    assertTrue(refused(link.toString()).contains("it lies inside content/"));
  }

  @Test
  void refusesAnExistingFile() throws IOException {
    Path file = dir.resolve("sibling/notes.txt");
    assertEquals("quire build: refusing to write the site to " + file + ": it is a file, not a folder; "
        + "remove it or pick another folder", refused(file.toString()));
  }

  @Test
  void refusesAFolderQuireDidNotWrite() {
    Path sibling = dir.resolve("sibling");
    assertEquals("quire build: refusing to replace " + sibling + ": the folder is not empty and quire did not "
        + "write it (it has no .quire-output file); remove it yourself or pick another folder",
        refused(sibling.toString()));
  }

  @Test
  void replacesAFolderItWroteBeforeAndAnEmptyOne() throws IOException {
    Path out = Files.createDirectories(dir.resolve("public"));
    CliRun first = CliRun.of("build", "--source", site.toString(), "--out", out.toString());
    assertEquals(Main.OK, first.exit(), first.err());
    assertTrue(Files.isRegularFile(out.resolve(OutputFolder.MARKER)));
    assertTrue(Files.isRegularFile(out.resolve("guide/page/index.html")));

    Files.writeString(site.resolve("content/guide/page.md"), "---\ntitle: Page\n---\nThe second text.\n");
    CliRun second = CliRun.of("build", "--source", site.toString(), "--out", out.toString());
    assertEquals(Main.OK, second.exit(), second.err());
    assertTrue(Files.readString(out.resolve("guide/page/index.html")).contains("The second text."));
  }

  @Test
  void theDefaultOutputFolderIsBuiltAndRebuilt() {
    assertEquals(Main.OK, CliRun.of("build", "--source", site.toString()).exit());
    CliRun again = CliRun.of("build", "--source", site.toString());
    assertEquals(Main.OK, again.exit(), again.err());
    assertTrue(Files.isRegularFile(site.resolve("target/site/" + OutputFolder.MARKER)));
  }

  @Test
  void theOutputFolderHasTheUsualPermissions() throws IOException {
    Path out = dir.resolve("public");
    assertEquals(Main.OK, CliRun.of("build", "--source", site.toString(), "--out", out.toString()).exit());
    // What a folder made the ordinary way gets under this process's umask (0755 under 022).
    Path usual = Files.createDirectory(dir.resolve("usual"));
    assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(usual)),
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    assertTrue(Files.getPosixFilePermissions(out).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ));
  }

  @Test
  void foldersLeftByAKilledBuildAreRemovedByTheNext() throws IOException {
    Path out = dir.resolve("public");
    Path leftNew = Files.createDirectories(dir.resolve(".public.new-1f2e3d"));
    Files.writeString(leftNew.resolve(OutputFolder.MARKER), "");
    Files.writeString(Files.createDirectories(leftNew.resolve("a")).resolve("index.html"), "half a page");
    Path leftEmpty = Files.createDirectories(dir.resolve(".public.new-000000"));
    Path leftOld = Files.createDirectories(dir.resolve(".public.old-abcdef"));
    Files.writeString(leftOld.resolve(OutputFolder.MARKER), "");
    // A folder of the writer's own that happens to have such a name, without the marker, stays.
    Path mine = Files.createDirectories(dir.resolve(".public.new-mine"));
    Files.writeString(mine.resolve("keep.txt"), "mine");

    CliRun run = CliRun.of("build", "--source", site.toString(), "--out", out.toString());
    assertEquals(Main.OK, run.exit(), run.err());
    assertFalse(Files.exists(leftNew));
    assertFalse(Files.exists(leftEmpty));
    assertFalse(Files.exists(leftOld));
    assertEquals("mine", Files.readString(mine.resolve("keep.txt")));
    try (var beside = Files.list(dir)) {
      assertEquals(0, beside.filter(p -> p.getFileName().toString().startsWith(".public.")
          && !p.equals(mine)).count(), "no new leftovers");
    }
  }

  @Test
  void serveRefusesAServeFolderItDidNotWrite() throws IOException {
    Files.writeString(Files.createDirectories(site.resolve("target/serve")).resolve("notes.txt"), "mine");
    Map<String, String> before = TreeHash.of(dir);
    CliRun run = CliRun.of("serve", "--source", site.toString(), "--port", "0");
    assertEquals(Main.USAGE, run.exit(), run.err());
    assertEquals("quire serve: refusing to replace " + site.resolve("target/serve") + ": the folder is not empty "
        + "and quire did not write it (it has no .quire-output file); remove it yourself or pick another folder",
        run.err().strip());
    assertEquals(before, TreeHash.of(dir));
  }
}
