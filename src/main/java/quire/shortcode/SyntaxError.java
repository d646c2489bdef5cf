package quire.shortcode;

import java.util.Objects;

/**
 * A shortcode syntax error.
 *
 * @param offset where the writer fixes it (0-based)
 * @param message what is wrong, in plain words
 */
public record SyntaxError(int offset, String message) {
  public SyntaxError {
    if (offset < 0) throw new IllegalArgumentException("offset " + offset + " < 0");
    Objects.requireNonNull(message, "message");
  }
}
