package quire.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Long pieces of a page's HTML (text runs, drawn diagrams, highlighted code) handed to
 * Flexmark's writer as short placeholders and put back once the page is rendered. The writer
 * takes everything a character at a time through its line machinery, which was 7 % of a
 * cold 10,000-page build; a placeholder costs a few characters and the piece one copy at the end.
 *
 * <p>A piece is only deferred where the writer would have written it unchanged: one line (no
 * {@code \n}) that does not start with a space or tab, which the writer drops at the start of a
 * line, or a {@code pre} element (the writer keeps the lines of preformatted text as they are).
 * A placeholder is {@link #OPEN}, the piece's index in decimal, {@link #CLOSE}. The page's own
 * text can hold these characters too (written out, or as entities); so
 * {@link #resolve} accepts the rendered HTML only when its {@link #OPEN} characters are exactly
 * the placeholders written, in order, and otherwise the page is rendered again without
 * deferring. Not thread-safe: one per page render.
 */
final class DeferredHtml {
  // Control characters (start and end of text) rather than private-use ones: the writer's
  // buffers stay one byte a character (Latin-1) where the page's text allows.
  static final char OPEN = '\u0002';
  static final char CLOSE = '\u0003';
  /** Below this length a piece is cheaper to write than to stand in for. */
  private static final int SHORTEST = 12;

  /** Defers nothing: for renders whose HTML is not put back by {@link #resolve} ({@code markdownify}). */
  static final DeferredHtml NONE = new DeferredHtml(false);

  private final boolean enabled;
  private final List<String> pieces = new ArrayList<>();

  private DeferredHtml(boolean enabled) {
    this.enabled = enabled;
  }

  /** A new, empty set of pieces for one render of a page. */
  static DeferredHtml forPage() {
    return new DeferredHtml(true);
  }

  /** What to hand the writer for {@code html}: a placeholder, or {@code html} itself where one may not stand. */
  String defer(String html) {
    if (!enabled || html.isEmpty()) return html;
    char first = html.charAt(0);
    if (first == ' ' || first == '\t' || html.indexOf('\n') >= 0) return html;
    return deferOneLine(html);
  }

  /** As {@link #defer}, for HTML the caller has checked: one line, starting with neither a space nor a tab. */
  String deferOneLine(String html) {
    if (!enabled || html.length() < SHORTEST) return html;
    pieces.add(html);
    return OPEN + Integer.toString(pieces.size() - 1) + CLOSE;
  }

  /**
   * A placeholder for a pre element whose text the writer would have been told is preformatted
   * (it then keeps every line as it is, blank lines and leading spaces included), or the element
   * itself when it starts with a space or tab.
   */
  String deferPre(String html) {
    if (!enabled || html.isEmpty() || html.charAt(0) == ' ' || html.charAt(0) == '\t') return html;
    return deferOneLine(html);
  }

  /**
   * The rendered HTML with each placeholder replaced by its piece; empty when the HTML holds an
   * {@link #OPEN} that is not the next placeholder written (the page's own text has one).
   */
  Optional<String> resolve(String rendered) {
    if (!enabled) return Optional.of(rendered);
    int open = rendered.indexOf(OPEN);
    if (open < 0) return pieces.isEmpty() ? Optional.of(rendered) : Optional.empty();
    int length = rendered.length();
    for (String piece : pieces) length += piece.length();
    StringBuilder out = new StringBuilder(length);
    int copied = 0;
    int next = 0;
    while (open >= 0) {
      int close = rendered.indexOf(CLOSE, open + 1);
      if (close < 0 || next >= pieces.size() || !rendered.startsWith(Integer.toString(next), open + 1)
          || close != open + 1 + Integer.toString(next).length()) {
        return Optional.empty();
      }
      out.append(rendered, copied, open).append(pieces.get(next++));
      copied = close + 1;
      open = rendered.indexOf(OPEN, copied);
    }
    if (next != pieces.size()) return Optional.empty();
    return Optional.of(out.append(rendered, copied, rendered.length()).toString());
  }
}
