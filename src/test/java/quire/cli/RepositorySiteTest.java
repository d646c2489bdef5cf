package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The repository is a quire site itself, and it must check clean. */
class RepositorySiteTest {
  @Test
  void theRepositorysOwnSiteChecksClean() {
    CliRun run = CliRun.of("check", "--source", ".");
    assertEquals(0, run.exit(), run.out() + run.err());
    assertTrue(run.out().contains("no problems"), run.out());
  }

  @Test
  void partialsListsEachPartialWithItsParametersAndCallSites() {
    CliRun run = CliRun.of("partials", "--source", ".");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("partials/email-security/deployment/_o365-use-case-configure-domain.md\n"
        + "  parameters: quarantinePolicy\n  rendered by 5 calls:\n"), run.out());
  }

  @Test
  void partialsUnusedListsNothingWhenEveryPartialIsRendered() {
    CliRun run = CliRun.of("partials", "--source", ".", "--unused", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    assertEquals("{\"partials\":[]}\n", run.out());
  }

  @Test
  void partialsUnusedNamesThePartialNoPageReaches() {
    CliRun run = CliRun.of("partials", "--source", "src/test/resources/sites/invalid-check", "--unused");
    assertEquals("partials/guide/_never.md\n  parameters: (none)\n  rendered by: no page\n", run.out());
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    assertEquals(2, CliRun.of("check", "--format", "yaml").exit());
  }
}
