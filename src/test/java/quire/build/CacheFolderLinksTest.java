package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * A site may carry links where the build cache goes (a repository can commit them): the cache
 * never writes, prunes or reads through one, so nothing outside the site is changed or read.
 */
class CacheFolderLinksTest {
  private static final String SITE = """
      -- content/_index.md --
      ---
      title: Home
      ---
      Welcome.
      -- content/es/alpha.md --
      ---
      title: Alpha
      ---
      # Alpha

      Text.
      """;

  @TempDir Path root;

  private Path site() {
    return InlineSite.write(root.resolve("site"), SITE);
  }

  /** A folder outside the site with files of the names the cache uses. */
  private Path victim() throws IOException {
    Path victim = root.resolve("victim");
    Files.createDirectories(victim.resolve("pages"));
    Files.writeString(victim.resolve("pages/important.txt"), "precious");
    Files.writeString(victim.resolve("index.bin"), "mine");
    return victim;
  }

  private static Map<String, String> tree(Path dir) {
    return InlineSite.tree(dir);
  }

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = quire.cli.Main.run(args, new PrintWriter(out), new PrintWriter(err));
    assertEquals(0, code, err.toString());
    return new String[] {out.toString(), err.toString()};
  }

  @Test
  void aCacheFolderThatIsALinkOutOfTheSiteIsNotUsedByBuildOrCheck() throws IOException {
    Path site = site();
    Path victim = victim();
    Map<String, String> before = tree(victim);
    Files.createDirectories(site.resolve("target"));
    Files.createSymbolicLink(site.resolve("target/quire-cache"), victim);
    String[] built = run("build", "--source", site.toString(), "--out", root.resolve("out").toString());
    assertTrue(built[1].contains("target/quire-cache is a symbolic link"), built[1]);
    run("check", "--source", site.toString());
    run("build", "--source", site.toString(), "--out", root.resolve("out").toString());
    assertEquals(before, tree(victim));
    assertTrue(Files.exists(root.resolve("out/es/alpha/index.html")));
  }

  @Test
  void aTargetThatIsALinkOrACachesPagesFolderThatIsALinkIsNotUsedEither() throws IOException {
    Path site = site();
    Path victim = victim();
    Map<String, String> before = tree(victim);
    Files.createSymbolicLink(site.resolve("target"), victim);
    run("build", "--source", site.toString(), "--out", root.resolve("out").toString());
    assertEquals(before, tree(victim));

    Files.delete(site.resolve("target"));
    Files.createDirectories(site.resolve("target/quire-cache"));
    Files.createSymbolicLink(site.resolve("target/quire-cache/pages"), victim.resolve("pages"));
    String[] built = run("build", "--source", site.toString(), "--out", root.resolve("out2").toString());
    assertTrue(built[1].contains("quire-cache/pages is a symbolic link"), built[1]);
    assertEquals(before, tree(victim));
  }

  @Test
  void aFileOfTheCacheThatIsALinkIsNeitherWrittenThroughNorLinkedIntoTheSite() throws IOException {
    Path site = site();
    Path cache = site.resolve("target/quire-cache");
    run("build", "--source", site.toString(), "--out", root.resolve("out").toString());
    // The pack the index names, and each laid-out page, made links to copies outside the site:
    // a build that followed them would append to the pack's copy and link the pages' copies in.
    Path outside = Files.createDirectories(root.resolve("outside"));
    try (Stream<Path> files = Files.walk(cache)) {
      for (Path f : files.filter(f -> f.getFileName().toString().matches("content-.*\\.pack|.*\\.html")).toList()) {
        Path copy = outside.resolve(f.getFileName().toString());
        Files.move(f, copy);
        Files.createSymbolicLink(f, copy);
      }
    }
    Map<String, String> before = tree(outside);
    Files.writeString(site.resolve("content/es/alpha.md"), "Edited.\n", java.nio.file.StandardOpenOption.APPEND);
    run("build", "--source", site.toString(), "--out", root.resolve("again").toString());
    run("build", "--no-cache", "--source", site.toString(), "--out", root.resolve("fresh").toString());
    assertEquals(before, tree(outside));
    assertEquals(tree(root.resolve("fresh")), tree(root.resolve("again")));
    try (Stream<Path> files = Files.walk(root.resolve("again"))) {
      assertFalse(files.anyMatch(Files::isSymbolicLink), "no output file is a link");
    }
  }
}
