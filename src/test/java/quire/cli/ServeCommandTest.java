package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** quire serve on the command line (serving itself is tested in quire.serve). */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsAUsageErrorThatNamesThePort() throws Exception {
    InlineSite.write(dir, """
        -- content/_index.md --
        ---
        title: Home
        ---
        Hello.
        """);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      String port = Integer.toString(taken.getLocalPort());
      CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> CliRun.of("serve", "--source", dir.toString(), "--port", port));
      assertEquals(Main.USAGE, run.exit(), run.err());
      assertTrue(run.err().startsWith("quire serve: cannot listen on 127.0.0.1:" + port + ": "), run.err());
      assertTrue(run.err().contains("pick another with --port"), run.err());
    }
  }

  @Test
  void aPortOutOfRangeIsAUsageError() {
    CliRun run = CliRun.of("serve", "--source", dir.toString(), "--port", "70000");
    assertEquals(Main.USAGE, run.exit());
    assertTrue(run.err().contains("--port must be 0 to 65535: 70000"), run.err());
  }
}
