package quire.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * The readable text of a page's content HTML, cut at its headings: what search indexes and
 * quotes. A start-tag scanner over the HTML that Markdown rendering produced (tags, comments and
 * entities; what {@code script}, {@code style}, {@code svg}, {@code template} and a heading's
 * {@code a.heading-anchor} hold is not text), held to Jsoup's reading of the same HTML by a test. Stateless; thread-safe.
 */
public final class PageText {
  /** Text before the first heading has the empty id and heading. */
  public record Section(String id, String heading, String text) {}

  private static final Set<String> SKIPPED = Set.of("script", "style", "svg", "template", "noscript");
  private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "pre", "table", "tr", "td", "th",
      "blockquote", "br", "dt", "dd", "dl", "section", "article", "figure", "figcaption", "hr", "details", "summary",
      "h1", "h2", "h3", "h4", "h5", "h6");

  private PageText() {}

  /** The sections of {@code html}, in order; a section with neither heading nor text is left out. */
  public static List<Section> of(String html) {
    List<Section> sections = new ArrayList<>();
    Collapsed text = new Collapsed();
    Collapsed heading = null;
    String id = "";
    String currentHeading = "";
    int headingLevel = 0;
    int i = 0;
    int n = html.length();
    // Where the next '&' is (n: none): a run of text before it is copied as it is, undecoded.
    int ampersand = -1;
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<') {
        int next = html.indexOf('<', i);
        if (next < 0) next = n;
        if (ampersand < i) {
          ampersand = html.indexOf('&', i);
          if (ampersand < 0) ampersand = n;
        }
        Collapsed into = heading != null ? heading : text;
        if (ampersand >= next) {
          into.append(html, i, next);
        } else {
          String decoded = decode(html.substring(i, next));
          into.append(decoded, 0, decoded.length());
        }
        i = next;
        continue;
      }
      if (html.startsWith("<!--", i)) {
        int end = html.indexOf("-->", i + 4);
        i = end < 0 ? n : end + 3;
        continue;
      }
      int end = tagEnd(html, i);
      if (end < 0) { // a lone '<' is text
        (heading != null ? heading : text).append("<", 0, 1);
        i++;
        continue;
      }
      int start = i;
      boolean closing = html.charAt(i + 1) == '/';
      String name = name(html, closing ? i + 2 : i + 1, end);
      i = end + 1;
      // A heading's anchor link ("#", "Section titled …") is the theme's, not the page's text.
      boolean anchor = !closing && name.equals("a") && attribute(html.substring(start + 1, end), "class").contains("heading-anchor");
      if (!closing && (SKIPPED.contains(name) || anchor) && html.charAt(end - 1) != '/') {
        int close = indexOfIgnoreCase(html, "</" + name, i);
        i = close < 0 ? n : Math.max(i, tagEnd(html, close) + 1);
        continue;
      }
      int level = name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6'
          ? name.charAt(1) - '0' : 0;
      if (level > 0 && !closing && heading == null) {
        add(sections, id, currentHeading, text);
        text = new Collapsed();
        id = attribute(html.substring(start + 1, end), "id");
        heading = new Collapsed();
        headingLevel = level;
      } else if (level > 0 && closing && heading != null && level == headingLevel) {
        currentHeading = heading.toString();
        heading = null;
      } else if (BLOCKS.contains(name)) {
        (heading != null ? heading : text).space();
      }
    }
    if (heading != null) currentHeading = heading.toString();
    add(sections, id, currentHeading, text);
    return sections;
  }

  /** The text of the whole page, headings included, on one line. */
  public static String flat(List<Section> sections) {
    StringBuilder out = new StringBuilder();
    for (Section s : sections) {
      if (!s.heading().isEmpty()) out.append(s.heading()).append(' ');
      out.append(s.text()).append(' ');
    }
    return out.toString().strip();
  }

  private static void add(List<Section> sections, String id, String heading, Collapsed text) {
    String body = text.toString();
    if (!heading.isEmpty() || !body.isEmpty()) sections.add(new Section(id, heading, body));
  }

  private static String decode(String run) {
    return run.indexOf('&') < 0 ? run : Parser.unescapeEntities(run, false);
  }

  /**
   * Text with its white space collapsed as it is appended: each run of it one space, none at
   * the start or the end (what a second pass over the whole text would give, without copying it
   * twice).
   */
  private static final class Collapsed {
    private final StringBuilder out = new StringBuilder();
    private boolean space;

    void append(String s, int from, int to) {
      int run = from;
      for (int i = from; i < to; i++) {
        char c = s.charAt(i);
        // Printable ASCII is never white space: the common case decides without a lookup.
        if ((c <= ' ' || c >= 0x7f) && (Character.isWhitespace(c) || c == '\u00a0')) {
          if (i > run) word(s, run, i);
          space();
          run = i + 1;
        }
      }
      if (to > run) word(s, run, to);
    }

    /** White space here: a space before the next text, if any text came before. */
    void space() {
      space = out.length() > 0;
    }

    private void word(String s, int from, int to) {
      if (space) out.append(' ');
      space = false;
      out.append(s, from, to);
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }

  /** The index of the {@code >} closing the tag that opens at {@code start}, outside quoted values; -1 if none. */
  private static int tagEnd(String html, int start) {
    if (start + 1 >= html.length()) return -1;
    char first = html.charAt(start + 1);
    if (!(Character.isLetter(first) || first == '/' || first == '!' || first == '?')) return -1;
    char quote = 0;
    for (int i = start + 1; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) quote = 0;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  private static int indexOfIgnoreCase(String html, String needle, int from) {
    for (int at = html.indexOf('<', from); at >= 0; at = html.indexOf('<', at + 1)) {
      if (html.regionMatches(true, at, needle, 0, needle.length())) return at;
    }
    return -1;
  }

  /** The lower-cased name of the tag whose name starts at {@code from} in {@code html}, before {@code end}. */
  private static String name(String html, int from, int end) {
    int to = from;
    while (to < end && !Character.isWhitespace(html.charAt(to)) && html.charAt(to) != '/') to++;
    return html.substring(from, to).toLowerCase(Locale.ROOT);
  }

  private static String attribute(String tag, String attr) {
    int at = 0;
    String lower = tag.toLowerCase(Locale.ROOT);
    while ((at = lower.indexOf(attr, at)) >= 0) {
      boolean startsWord = at > 0 && Character.isWhitespace(lower.charAt(at - 1));
      int eq = at + attr.length();
      while (eq < tag.length() && Character.isWhitespace(tag.charAt(eq))) eq++;
      if (startsWord && eq < tag.length() && tag.charAt(eq) == '=') {
        int v = eq + 1;
        while (v < tag.length() && Character.isWhitespace(tag.charAt(v))) v++;
        if (v >= tag.length()) return "";
        char q = tag.charAt(v);
        if (q == '"' || q == '\'') {
          int close = tag.indexOf(q, v + 1);
          return decode(tag.substring(v + 1, close < 0 ? tag.length() : close));
        }
        int stop = v;
        while (stop < tag.length() && !Character.isWhitespace(tag.charAt(stop))) stop++;
        return decode(tag.substring(v, stop));
      }
      at += attr.length();
    }
    return "";
  }
}
