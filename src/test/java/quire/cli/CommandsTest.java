package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The command line knows its four commands whichever way it is called: help lists them, a
 * missing or mistyped command is bad usage with that list, and each command has its own help
 * (each command's options are read only when it is named, to start sooner).
 */
class CommandsTest {
  private static final String LIST = "Commands:\n  build ";

  @Test
  void helpListsEveryCommand() {
    CliRun run = CliRun.of("--help");
    assertEquals(Main.OK, run.exit(), run.err());
    assertTrue(run.out().contains(LIST), run.out());
    for (String command : new String[] {"build", "check", "serve", "partials"}) {
      assertTrue(run.out().contains("\n  " + command + " "), command + " in " + run.out());
    }
  }

  @Test
  void aMissingOrMistypedCommandIsBadUsageWithTheList() {
    CliRun none = CliRun.of();
    assertEquals(Main.USAGE, none.exit());
    assertTrue(none.err().startsWith("quire: name a command: build, check, serve or partials\n"), none.err());
    assertTrue(none.err().contains(LIST), none.err());
    CliRun typo = CliRun.of("biuld", "--source", ".");
    assertEquals(Main.USAGE, typo.exit());
    assertTrue(typo.err().startsWith("quire: Unmatched arguments from index 0: 'biuld'"), typo.err());
    assertTrue(typo.err().contains(LIST), typo.err());
  }

  @Test
  void eachCommandHasItsOwnHelp() {
    for (String command : new String[] {"build", "check", "serve", "partials"}) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(Main.OK, run.exit(), command + ": " + run.err());
      assertTrue(run.out().startsWith("Usage: quire " + command + " "), run.out());
    }
  }
}
