package quire.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * An error that escapes a command outside any page (memory running out while loading the site,
 * say) is one line, {@code quire: internal error: ...}, and exit 3, as an exception is; the stack
 * trace only with {@code --verbose}. Never the JVM's own trace and exit 1, which says the
 * content has errors.
 */
class InternalErrorTest {
  @Command(name = "fail")
  static final class Failing implements Runnable {
    @Option(names = "--verbose") boolean verbose;

    @Override
    public void run() {
      throw new OutOfMemoryError("Java heap space");
    }
  }

  private static final Map<String, Supplier<Object>> COMMANDS = Map.of("fail", Failing::new);

  private static String[] run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), COMMANDS);
    return new String[] {String.valueOf(code), err.toString()};
  }

  @Test
  void anErrorIsOneLineAndExitThree() {
    String[] run = run("fail");
    assertEquals("3", run[0], run[1]);
    assertEquals("quire: internal error: OutOfMemoryError: Java heap space\n"
        + "(run again with --verbose for the stack trace, and report it)\n", run[1]);
  }

  @Test
  void verboseAddsTheStackTrace() {
    String[] run = run("fail", "--verbose");
    assertEquals("3", run[0], run[1]);
    assertTrue(run[1].startsWith("quire: internal error: OutOfMemoryError: Java heap space\n"
        + "java.lang.OutOfMemoryError: Java heap space\n\tat "), run[1]);
  }
}
