package quire.shortcode;

import java.util.Objects;
import java.util.Optional;

/**
 * One argument of a shortcode call.
 *
 * @param name the key of a named argument ({@code key=value}); empty for a positional one
 * @param value the value as written, after unescaping a quoted value, without quotes or backticks
 * @param kind how the value was written
 * @param start offset of the argument: its key, or its value when positional (0-based)
 * @param valueStart offset of the value as written, at its opening quote or backtick if any
 */
public record Argument(
    Optional<String> name, String value, ValueKind kind, int start, int valueStart) {
  public Argument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    Spans.requireSpan(start, valueStart);
  }

  /** Whether this argument was written as {@code key=value}. */
  public boolean isNamed() {
    return name.isPresent();
  }

  /** Offset of the value's first character, inside its quotes or backticks. */
  public int textStart() {
    return kind == ValueKind.BARE ? valueStart : valueStart + 1;
  }
}
