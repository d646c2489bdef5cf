package quire.shortcode;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A {@code $N} placeholder or a {@code \$} escape in a partial's text: the one scanner of that
 * syntax, used when a partial is expanded and when its declared parameters are checked for use.
 * {@code $} followed by ASCII digits is a placeholder (its number may be {@code 0} or too large
 * for an int; the expander reports those); {@code \$} is a literal {@code $}. Immutable.
 *
 * @param start offset of the {@code $} or the backslash in the scanned text (0-based)
 * @param end offset just after the digits, or after the {@code $} of an escape
 * @param digits the placeholder's digits; empty for an escape
 */
public record Placeholder(int start, int end, String digits) {
  /** True for {@code \$}, which stands for a {@code $}. */
  public boolean isEscape() {
    return digits.isEmpty();
  }

  /** The placeholder's number; {@link Integer#MAX_VALUE} when the digits are too many for an int. */
  public int number() {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return Integer.MAX_VALUE;
    }
  }

  /** The first placeholder or escape that starts at or after {@code from} and ends by {@code to}. */
  public static Optional<Placeholder> find(CharSequence text, int from, int to) {
    if (text instanceof String string) return find(string, from, to);
    for (int i = from; i + 1 < to; i++) {
      char c = text.charAt(i);
      char next = text.charAt(i + 1);
      if (c == '\\' && next == '$') return Optional.of(new Placeholder(i, i + 2, ""));
      if (c == '$' && isDigit(next)) {
        int end = i + 1;
        while (end < to && isDigit(text.charAt(end))) end++;
        return Optional.of(new Placeholder(i, end, text.subSequence(i + 1, end).toString()));
      }
    }
    return Optional.empty();
  }

  /**
   * As {@link #find(CharSequence, int, int)}, from one {@code $} to the next: every placeholder
   * and escape holds one, and most text holds none (a page's text is searched whole).
   */
  private static Optional<Placeholder> find(String text, int from, int to) {
    for (int dollar = text.indexOf('$', from); dollar >= 0 && dollar < to; dollar = text.indexOf('$', dollar + 1)) {
      if (dollar - 1 >= from && text.charAt(dollar - 1) == '\\') return Optional.of(new Placeholder(dollar - 1, dollar + 1, ""));
      if (dollar + 1 < to && isDigit(text.charAt(dollar + 1))) {
        int end = dollar + 1;
        while (end < to && isDigit(text.charAt(end))) end++;
        return Optional.of(new Placeholder(dollar, end, text.substring(dollar + 1, end)));
      }
    }
    return Optional.empty();
  }

  /** The numbers of the placeholders a text uses (escaped ones are not placeholders). */
  public static Set<Integer> numbersIn(CharSequence text) {
    Set<Integer> used = new HashSet<>();
    int at = 0;
    for (Optional<Placeholder> p; (p = find(text, at, text.length())).isPresent(); at = p.get().end()) {
      if (!p.get().isEscape()) used.add(p.get().number());
    }
    return used;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
