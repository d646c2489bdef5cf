package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.TreeHash;

/** A mistyped --source is bad usage: exit 2, one sentence, and nothing made anywhere. */
class SourceFolderTest {
  @TempDir Path dir;

  @Test
  void aSourceFolderThatDoesNotExistIsAUsageErrorForEveryCommand() {
    Path typo = dir.resolve("sitee");
    Map<String, String> before = TreeHash.of(dir);
    for (String command : new String[] {"build", "check", "partials", "serve"}) {
      CliRun run = CliRun.of(command, "--source", typo.toString());
      assertEquals(Main.USAGE, run.exit(), command + ": " + run.err());
      assertEquals("quire " + command + ": there is no folder " + typo + " to build; pass the site folder with --source\n",
          run.err(), command);
      assertEquals("", run.out(), command);
    }
    assertFalse(Files.exists(typo), "no target/ made inside a folder that does not exist");
    assertEquals(before, TreeHash.of(dir));
  }

  @Test
  void aSourceThatIsAFileIsAUsageError() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.md"), "# notes\n");
    CliRun run = CliRun.of("build", "--source", file.toString());
    assertEquals(Main.USAGE, run.exit(), run.err());
    assertEquals("quire build: there is no folder " + file + " to build (it is a file); pass the site folder with --source\n",
        run.err());
  }
}
