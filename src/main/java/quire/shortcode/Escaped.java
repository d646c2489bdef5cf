package quire.shortcode;

import java.util.Objects;

/**
 * An escaped shortcode, <code>{{&lt;/* name args *&#47;&gt;}}</code>, which prints the shortcode
 * text itself.
 *
 * @param start offset of the <code>{{&lt;</code> (0-based)
 * @param end offset just past the <code>&gt;}}</code> (exclusive)
 * @param literal the tag as written without the comment markers, e.g. {@code {{< name args >}}}
 */
public record Escaped(int start, int end, String literal) implements Node {
  public Escaped {
    Spans.requireSpan(start, end);
    Objects.requireNonNull(literal, "literal");
  }
}
