package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import quire.cli.CliRun;

/**
 * {@code sites/invalid-settings}: a wrong setting, layout, template or character in each file,
 * each reported at the line and column a writer fixes, with no stack trace and no raw control
 * character on the terminal. {@code expected/problems.txt} is the text report; regenerate it with
 * {@code -Dquire.regenerate=true} and read the diff before committing.
 */
class InvalidSettingsSiteTest {
  static final Path SITE = Path.of("src/test/resources/sites/invalid-settings");

  @Test
  void reportsEveryPlantedDefectAtItsPlaceAsTheExpectedTextReport() throws IOException {
    CliRun run = CliRun.of("check", "--source", SITE.toString(), "--format", "text");
    Path expected = SITE.resolve("expected/problems.txt");
    if (Boolean.getBoolean("quire.regenerate")) Files.writeString(expected, run.out(), StandardCharsets.UTF_8);
    assertTrue(Files.exists(expected), "golden file missing: " + expected);
    assertEquals(Files.readString(expected), run.out());
    assertEquals(1, run.exit());
  }

  @Test
  void noControlCharacterOfTheSourcesReachesTheTerminal() {
    CliRun run = CliRun.of("check", "--source", SITE.toString(), "--format", "text");
    assertFalse(run.out().contains("\u001b"), run.out());
    assertTrue(run.out().contains("This line holds \\u001B[2J\\u001B[31m escapes"), run.out());
  }

  @Test
  void aBuildReportsThemWithExitOneAndNoStackTrace() {
    CliRun run = CliRun.of("build", "--source", SITE.toString(), "--out", "target/invalid-settings-never-written");
    assertEquals(1, run.exit(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertFalse(Files.exists(Path.of("target/invalid-settings-never-written")));
  }
}
