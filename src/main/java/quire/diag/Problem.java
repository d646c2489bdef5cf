package quire.diag;

import java.util.List;
import java.util.Objects;

/**
 * One thing wrong with the site.
 *
 * @param at where the writer fixes it, e.g. {@code partials/x/_y.md:4:9}
 * @param via the render chain that brought {@code at} into a page, from the page down
 *     (e.g. {@code content/a.md:12:1}); empty when {@code at} is in the page itself
 */
public record Problem(Severity severity, Rule rule, Position at, String message, List<Position> via)
    implements Comparable<Problem> {

  public Problem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(message, "message");
    via = List.copyOf(via);
  }

  /** A problem with the rule's own severity. */
  public static Problem of(Rule rule, Located where, String message) {
    return new Problem(rule.severity(), rule, where.at(), message, where.via());
  }

  /** A problem with the rule's own severity, in a file's own text (no render chain). */
  public static Problem of(Rule rule, Position at, String message) {
    return new Problem(rule.severity(), rule, at, message, List.of());
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code at} followed by {@code via}, as one line: {@code partials/x.md:4:9 via content/a.md:12:1}. */
  public String where() {
    StringBuilder out = new StringBuilder(at.toString());
    for (Position p : via) out.append(" via ").append(p);
    return out.toString();
  }

  @Override
  public int compareTo(Problem other) {
    int byPlace = at.compareTo(other.at);
    if (byPlace != 0) return byPlace;
    int byVia = String.valueOf(via).compareTo(String.valueOf(other.via));
    if (byVia != 0) return byVia;
    int byRule = rule.compareTo(other.rule);
    return byRule != 0 ? byRule : message.compareTo(other.message);
  }
}
