package quire.markdown;

import java.util.OptionalInt;
import quire.diag.Limits;

/**
 * Finds Markdown whose blocks nest deeper than {@link Limits#MARKDOWN_DEPTH} before Flexmark
 * sees it: Flexmark renders nested blocks by recursion, so a list or quote nested thousands deep
 * overflowed the stack (issue 9). A line's depth is counted from its start: each {@code >} and
 * each list marker opens a level, and every four columns of indentation count as one more (a
 * nested list item is indented by two to four columns). Lines inside fenced code are not counted.
 * The count errs high, never low, for lists; real documents stay far below the limit. Stateless.
 */
final class BlockNesting {
  private BlockNesting() {}

  /** The offset where the first line that nests deeper than the limit crosses it, if any. */
  static OptionalInt tooDeep(String markdown) {
    String fence = null;
    int lineStart = 0;
    while (lineStart < markdown.length()) {
      int lineEnd = markdown.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = markdown.length();
      int depth = 0;
      int columns = 0;
      int crossed = -1;
      int i = lineStart;
      while (i < lineEnd) {
        if (crossed < 0 && depth + columns / 4 > Limits.MARKDOWN_DEPTH) crossed = i;
        char c = markdown.charAt(i);
        if (c == ' ') {
          columns++;
          i++;
        } else if (c == '\t') {
          columns += 4;
          i++;
        } else if (c == '>') {
          depth++;
          i++;
        } else {
          int marker = listMarkerEnd(markdown, i, lineEnd);
          if (marker < 0) break;
          depth++;
          i = marker;
        }
      }
      String rest = markdown.substring(i, Math.min(lineEnd, i + 3));
      if (fence != null) {
        if (rest.equals(fence)) fence = null;
      } else if (rest.equals("```") || rest.equals("~~~")) {
        fence = rest;
      } else if (depth + columns / 4 > Limits.MARKDOWN_DEPTH) {
        return OptionalInt.of(crossed < 0 ? i : crossed);
      }
      lineStart = lineEnd + 1;
    }
    return OptionalInt.empty();
  }

  /** Where a list marker at {@code i} ends (after its space), or -1 when there is none. */
  private static int listMarkerEnd(String text, int i, int lineEnd) {
    char c = text.charAt(i);
    int after;
    if (c == '-' || c == '*' || c == '+') {
      after = i + 1;
    } else {
      int digits = i;
      while (digits < lineEnd && digits - i < 9 && Character.isDigit(text.charAt(digits))) digits++;
      if (digits == i || digits >= lineEnd || (text.charAt(digits) != '.' && text.charAt(digits) != ')')) return -1;
      after = digits + 1;
    }
    if (after < lineEnd && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) return after;
    return -1;
  }
}
