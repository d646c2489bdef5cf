package quire.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jsoup.parser.Parser;
import quire.build.PageFacts;

/**
 * Reads the ids and references out of one built page. It tokenizes start tags the way the HTML
 * standard (and Jsoup) does: comments, doctype and end tags are skipped, the text of
 * {@code script}, {@code style}, {@code textarea}, {@code title} and the other raw-text elements
 * is not searched for tags, attribute names are lower-cased, the first of repeated attributes
 * wins, and values are entity-decoded by Jsoup. No tree is built: building Jsoup's tree for every
 * page cost about 9 s of CPU on the 10,000-page corpus, this takes a tenth of that.
 * {@code HtmlScannerTest} holds it to Jsoup's answers. Stateless; thread-safe.
 */
final class HtmlScanner {
  private HtmlScanner() {}

  /** Scans with no sharing of references between pages. */
  static PageScan scan(PageFacts page, String html) {
    return scan(page, html, r -> r);
  }

  /**
   * Scans a page; {@code intern} may hand back an equal reference seen before, so the links every
   * page repeats (sidebar, breadcrumbs) are held once for the whole site.
   */
  static PageScan scan(PageFacts page, String html, UnaryOperator<Reference> intern) {
    Set<String> ids = new HashSet<>();
    List<Reference> refs = new ArrayList<>();
    int n = html.length();
    int i = 0;
    List<String> names = new ArrayList<>(8);
    List<String> values = new ArrayList<>(8);
    while (true) {
      int lt = html.indexOf('<', i);
      if (lt < 0 || lt + 1 >= n) break;
      char c = html.charAt(lt + 1);
      if (c == '!') {
        if (html.startsWith("<!--", lt)) {
          int end = html.indexOf("-->", lt + 4);
          i = end < 0 ? n : end + 3;
        } else {
          int end = html.indexOf('>', lt + 2);
          i = end < 0 ? n : end + 1;
        }
        continue;
      }
      if (c == '/' || c == '?') {
        int end = html.indexOf('>', lt + 2);
        i = end < 0 ? n : end + 1;
        continue;
      }
      if (!isAsciiLetter(c)) {
        i = lt + 1;
        continue;
      }
      int p = lt + 1;
      while (p < n && !isSpace(html.charAt(p)) && html.charAt(p) != '/' && html.charAt(p) != '>') p++;
      String tag = known(html, lt + 1, p, TAGS);
      names.clear();
      values.clear();
      // Attributes, until '>'.
      while (p < n) {
        char a = html.charAt(p);
        if (isSpace(a) || a == '/') {
          p++;
          continue;
        }
        if (a == '>') break;
        int nameStart = p;
        p++; // an attribute name may start with '='
        while (p < n) {
          char x = html.charAt(p);
          if (isSpace(x) || x == '/' || x == '>' || x == '=') break;
          p++;
        }
        String name = known(html, nameStart, p, ATTRIBUTES);
        int q = p;
        while (q < n && isSpace(html.charAt(q))) q++;
        String value = "";
        if (q < n && html.charAt(q) == '=') {
          q++;
          while (q < n && isSpace(html.charAt(q))) q++;
          if (q < n && (html.charAt(q) == '"' || html.charAt(q) == '\'')) {
            char quote = html.charAt(q);
            int close = html.indexOf(quote, q + 1);
            if (close < 0) close = n;
            if (name != null) value = html.substring(q + 1, close);
            p = Math.min(n, close + 1);
          } else {
            int v = q;
            while (v < n && !isSpace(html.charAt(v)) && html.charAt(v) != '>') v++;
            if (name != null) value = html.substring(q, v);
            p = v;
          }
        }
        if (name != null && !names.contains(name)) {
          names.add(name);
          values.add(value);
        }
      }
      if (p >= n) break; // A tag cut off by the end of the file is dropped, as the standard says.
      i = p + 1;
      if (!names.isEmpty()) collect(tag, names, values, ids, refs, intern);
      String rawEnd = rawTextEnd(tag);
      if (rawEnd != null) i = skipRawText(html, i, rawEnd);
    }
    return new PageScan(page, ids, refs);
  }

  private static void collect(String tag, List<String> names, List<String> values, Set<String> ids, List<Reference> refs,
      UnaryOperator<Reference> intern) {
    for (int k = 0; k < names.size(); k++) {
      String name = names.get(k);
      switch (name) {
        case "id" -> ids.add(decode(values.get(k)));
        case "name" -> {
          if (tag.equals("a")) ids.add(decode(values.get(k)));
        }
        case "href" -> {
          if (tag.equals("a") || tag.equals("area") || tag.equals("link")) {
            refs.add(intern.apply(new Reference(tag, name, decode(values.get(k)).strip(), null, false)));
          } else if (tag.equals("image")) {
            // An SVG image (a diagram label's): the diagram around it is named, so it needs no alt text.
            refs.add(intern.apply(new Reference(tag, name, decode(values.get(k)).strip(), null, true)));
          }
        }
        case "src" -> {
          if (isSourceTag(tag)) {
            boolean image = tag.equals("img");
            int alt = image ? names.indexOf("alt") : -1;
            boolean decorative = image && ("presentation".equals(value(names, values, "role"))
                || "true".equals(value(names, values, "aria-hidden")));
            refs.add(intern.apply(new Reference(tag, name, decode(values.get(k)).strip(),
                alt >= 0 ? decode(values.get(alt)) : null, decorative)));
          }
        }
        default -> { }
      }
    }
  }

  private static String value(List<String> names, List<String> values, String name) {
    int at = names.indexOf(name);
    return at < 0 ? null : decode(values.get(at));
  }

  private static String decode(String value) {
    return value.indexOf('&') < 0 ? value : Parser.unescapeEntities(value, true);
  }

  /** The end tag that closes a raw-text or RCDATA element, or null for other elements. */
  private static String rawTextEnd(String tag) {
    return switch (tag) {
      case "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" -> "</" + tag;
      default -> null;
    };
  }

  private static int skipRawText(String html, int from, String end) {
    int at = from;
    while (true) {
      int found = indexOfIgnoreCase(html, end, at);
      if (found < 0) return html.length();
      int after = found + end.length();
      if (after >= html.length() || isSpace(html.charAt(after)) || html.charAt(after) == '>' || html.charAt(after) == '/') {
        return found;
      }
      at = found + 1;
    }
  }

  /** Where {@code needle}, which starts with {@code <}, is next in {@code text}, in any case; -1 if nowhere. */
  private static int indexOfIgnoreCase(String text, String needle, int from) {
    for (int i = text.indexOf('<', from); i >= 0 && i <= text.length() - needle.length(); i = text.indexOf('<', i + 1)) {
      if (text.regionMatches(true, i, needle, 0, needle.length())) return i;
    }
    return -1;
  }

  /** The elements whose name the scan needs: those with references, and the raw-text ones. */
  private static final String[] TAGS = {"a", "area", "link", "img", "image", "script", "iframe", "source", "video", "audio",
      "embed", "track", "style", "textarea", "title", "xmp", "noembed", "noframes"};
  /** The attributes the scan reads; the others are skipped without being copied. */
  private static final String[] ATTRIBUTES = {"id", "name", "href", "src", "alt", "role", "aria-hidden"};

  /**
   * The one of {@code names} that {@code html[start, end)} spells, in any case; for a tag name
   * not among them the empty string (it matters only for its ids), for an attribute null.
   */
  private static String known(String html, int start, int end, String[] names) {
    for (String name : names) {
      if (name.length() == end - start && spells(html, start, name)) return name;
    }
    return names == TAGS ? "" : null;
  }

  /**
   * Whether the text at {@code start} is {@code name} once lower-cased as before this scan
   * compared names in place ({@code toLowerCase(Locale.ROOT)}, as Jsoup does): ASCII capitals,
   * and the Kelvin sign, the one other character that lower-cases to an ASCII letter alone.
   */
  private static boolean spells(String html, int start, String name) {
    for (int k = 0; k < name.length(); k++) {
      char c = html.charAt(start + k);
      if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
      else if (c == '\u212a') c = 'k';
      if (c != name.charAt(k)) return false;
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
  }

  private static boolean isSourceTag(String tag) {
    return switch (tag) {
      case "img", "script", "iframe", "source", "video", "audio", "embed", "track" -> true;
      default -> false;
    };
  }
}
