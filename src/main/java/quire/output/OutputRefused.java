package quire.output;

/**
 * quire will not write its site to the folder asked for (see {@link OutputFolder}); the message
 * is one sentence for the command line, which exits 2.
 */
public final class OutputRefused extends RuntimeException {
  public OutputRefused(String message) {
    super(message);
  }
}
