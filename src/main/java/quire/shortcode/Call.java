package quire.shortcode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A shortcode call: {@code {{< name args >}}}, {@code {{< name args />}}}, or a pair
 * {@code {{< name args >}}inner{{< /name >}}}.
 *
 * @param name the shortcode name as written (case-sensitive)
 * @param delimiter the delimiter of the opening tag (a pair may close with the other one)
 * @param arguments the arguments in the order written; all named or all positional
 * @param start offset of the opening tag's <code>{{</code> (0-based)
 * @param end offset just past the closing tag of a pair, else just past the opening tag
 * @param openEnd offset just past the opening tag
 * @param nameStart offset of the name, for "unknown shortcode" errors
 * @param selfClosed whether it was written as {@code {{< name />}}}
 * @param inner the text between the tags of a pair; empty for a call without a closing tag
 */
public record Call(
    String name,
    Delimiter delimiter,
    List<Argument> arguments,
    int start,
    int end,
    int openEnd,
    int nameStart,
    boolean selfClosed,
    Optional<Inner> inner)
    implements Node {
  public Call {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(delimiter, "delimiter");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(inner, "inner");
    Spans.requireSpan(start, openEnd);
    Spans.requireSpan(openEnd, end);
    if (nameStart < start || nameStart >= openEnd) {
      throw new IllegalArgumentException("nameStart " + nameStart + " outside the opening tag");
    }
    if (selfClosed && inner.isPresent()) {
      throw new IllegalArgumentException("a self-closed call has no inner text");
    }
  }
}
