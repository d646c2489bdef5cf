package quire.mermaid;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Turns a label as written in mermaid into a {@link Label}: {@code <br>}, a line break, and outside
 * a markdown string a backslash and an "n" ({@code \n}) start a line; {@code <b>}/{@code <strong>}
 * and {@code <i>}/{@code <em>}, and in a markdown string {@code **bold**}, {@code __bold__},
 * {@code *italic*} and {@code _italic_}, make bold and italic runs, {@code <code>} code runs;
 * {@code fa:fa-name} is an icon; {@code <img src>} is the label's image; {@code <a href>} makes
 * its runs a link (not to an address {@link #isSafeAddress} refuses); every other HTML tag is
 * dropped, its text kept, as mermaid's sanitiser drops it ({@code <drug>} too); mermaid's entity
 * codes ({@code #quot;}, {@code #35;}) and HTML entities are decoded. Stateless; safe to share.
 */
final class LabelText {
  /**
   * What mermaid's sanitiser drops with its content: HTML comments (one left open runs to the
   * label's end), the elements whose text is no text to it (script, style, xmp, iframe, noembed,
   * noframes, noscript; plaintext to the label's end) and a title or template that opens the
   * label, which the browser's parser puts in the document's head; and what the browser's HTML
   * tokenizer reads as a comment up to the next '>' or the label's end ({@code <!x>},
   * {@code <?php x ?>}, a {@code </} that no letter follows: {@code </ b>}, {@code </3>}) or
   * drops ({@code </>}).
   */
  private static final Pattern DROPPED = Pattern.compile(
      "<!---?>|<!--.*?(?:-->|\\z)|<(script|style|xmp|iframe|noembed|noframes|noscript)\\b[^>]*>.*?(?:</\\1\\s*>|\\z)"
          + "|<plaintext\\b.*|\\A<(title|template)\\b[^>]*>.*?(?:</\\2\\s*>|\\z)"
          + "|</>|<![^>]*(?:>|\\z)|<\\?[^>]*(?:>|\\z)|</[^A-Za-z>][^>]*(?:>|\\z)",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
  // Bold and italic in a markdown string, as marked (mermaid's Markdown reader) reads them: over a
  // line end or a <br> (one paragraph), never over a blank line (the next paragraph).
  private static final String INLINE = "((?:(?!\\n[ \\t]*\\n).)+?)";
  private static final Pattern STRONG = Pattern.compile(
      "\\*\\*(?=\\S)" + INLINE + "(?<=\\S)\\*\\*|__(?=\\S)" + INLINE + "(?<=\\S)__", Pattern.DOTALL);
  private static final Pattern EMPHASIS = Pattern.compile(
      "\\*(?=\\S)" + INLINE + "(?<=\\S)\\*|(?<![\\p{L}\\p{N}])_(?=\\S)" + INLINE + "(?<=\\S)_(?![\\p{L}\\p{N}])", Pattern.DOTALL);
  private static final Pattern ICON = Pattern.compile("\\b(fa[bklrs]?):fa-[\\w-]+");
  // mermaid writes entities as #name; (or #123;) so that '&' stays free for its own syntax.
  // "#name;" and "#123;" are mermaid's; "&name;" is HTML's. In "&#40;" mermaid reads "#40;", so
  // the "&" stays as text ("&(").
  private static final Pattern ENTITY = Pattern.compile("#(\\w+);|&([A-Za-z][A-Za-z0-9]*);");
  private LabelText() {}

  /** The plain text of a raw label; lines separated by '\n', each line trimmed. */
  static String decode(String raw) {
    return parse(raw, false).text();
  }

  /**
   * The label a raw label text draws: {@code markdown} for mermaid's markdown strings
   * ({@code "`...`"}, and {@code label:} in {@code @{ }}), whose line breaks are line breaks.
   */
  static Label parse(String raw, boolean markdown) {
    // mermaid trims a label's text, so blank lines at either end of a quoted label are not drawn
    // (a <br> there is: it is no blank).
    String trimmed = raw.strip();
    // Line breaks (<br>, <br/>, </br>, <br clear=all>) are read with the other tags, below.
    String s = trimmed.indexOf('<') < 0 ? trimmed : DROPPED.matcher(trimmed).replaceAll("");
    if (!markdown && s.indexOf('\\') >= 0) {
      // mermaid draws a backslash and an "n" as a line break, except in a markdown string.
      s = s.replace("\\n", "\n");
    }
    if (markdown) {
      s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<b>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</b>"));
      s = EMPHASIS.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<i>" + (m.group(1) != null ? m.group(1) : m.group(2)) + "</i>"));
    }
    List<List<Label.Run>> lines = new ArrayList<>();
    Optional<Label.Image> image = Optional.empty();
    List<Label.Run> line = new ArrayList<>();
    int bold = 0;
    int italic = 0;
    int code = 0;
    String link = "";
    int at = 0;
    while (true) {
      Tag tag = Tag.next(s, at);
      int end = tag != null ? tag.start() : s.length();
      String[] pieces = s.substring(at, end).split("\n", -1);
      for (int i = 0; i < pieces.length; i++) {
        if (i > 0) {
          lines.add(line);
          line = new ArrayList<>();
        }
        addText(line, decodeEntities(pieces[i]), bold > 0, italic > 0, code > 0, link);
      }
      if (tag == null) {
        break;
      }
      int step = tag.closing() ? -1 : 1;
      switch (tag.name()) {
        case "b", "strong" -> bold = Math.max(0, bold + step);
        case "i", "em" -> italic = Math.max(0, italic + step);
        case "code" -> code = Math.max(0, code + step);
        case "img" -> {
          if (image.isEmpty()) {
            image = image(tag.attributes());
          }
        }
        case "a" -> link = step < 0 ? "" : href(tag.attributes());
        case "br" -> {
          lines.add(line);
          line = new ArrayList<>();
        }
        default -> {}
      }
      at = tag.end();
    }
    lines.add(line);
    List<List<Label.Run>> runs = trim(lines);
    if (markdown) {
      // A markdown string's blank lines at either end are not drawn.
      while (!runs.isEmpty() && runs.get(runs.size() - 1).isEmpty()) {
        runs.remove(runs.size() - 1);
      }
      while (!runs.isEmpty() && runs.get(0).isEmpty()) {
        runs.remove(0);
      }
    }
    return new Label(runs, image);
  }

  /**
   * A tag as the browser's HTML tokenizer reads it, from a '<' and a letter ({@code </} and a
   * letter for a closing one): its name (lower case) runs to a blank, '/' or '>'; its attributes
   * follow, a quoted value holding any character ({@code '<'} and {@code '>'} too), up to the
   * '>' that ends it. One that the label ends inside is dropped with the rest of the label, as
   * the tokenizer drops it ({@code "x<y"} shows "x"): its name is then "".
   */
  private record Tag(int start, int end, boolean closing, String name, String attributes) {
    /** The first tag at or after {@code from}, or null. */
    static Tag next(String s, int from) {
      for (int i = s.indexOf('<', from); i >= 0; i = s.indexOf('<', i + 1)) {
        boolean closing = i + 1 < s.length() && s.charAt(i + 1) == '/';
        int nameAt = closing ? i + 2 : i + 1;
        if (nameAt < s.length() && isAsciiLetter(s.charAt(nameAt))) {
          return read(s, i, closing, nameAt);
        }
      }
      return null;
    }

    private static Tag read(String s, int start, boolean closing, int nameAt) {
      int i = nameAt;
      while (i < s.length() && !isHtmlBlank(s.charAt(i)) && s.charAt(i) != '/' && s.charAt(i) != '>') {
        i++;
      }
      String name = s.substring(nameAt, i).toLowerCase(Locale.ROOT);
      int attributes = i;
      while (i < s.length() && s.charAt(i) != '>') {
        char c = s.charAt(i);
        if (c == '=') {
          // A value: after blanks, quoted (to its quote) or not (to a blank or '>').
          i++;
          while (i < s.length() && isHtmlBlank(s.charAt(i))) {
            i++;
          }
          if (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'')) {
            int close = s.indexOf(s.charAt(i), i + 1);
            i = close < 0 ? s.length() : close + 1;
          }
          continue;
        }
        i++;
      }
      if (i >= s.length()) {
        return new Tag(start, s.length(), closing, "", "");
      }
      return new Tag(start, i + 1, closing, name, s.substring(attributes, i));
    }

    private static boolean isAsciiLetter(char c) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isHtmlBlank(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
    }
  }

  private static Optional<Label.Image> image(String attributes) {
    if (attributes == null) {
      return Optional.empty();
    }
    String src = null;
    double w = 0;
    double h = 0;
    Matcher a = ATTRIBUTE.matcher(attributes);
    while (a.find()) {
      String value = value(a);
      switch (a.group(1).toLowerCase(Locale.ROOT)) {
        case "src" -> src = decodeEntities(value);
        case "width" -> w = pixels(value);
        case "height" -> h = pixels(value);
        default -> {}
      }
    }
    if (src == null || src.isBlank() || !isSafeAddress(src)) {
      return Optional.empty();
    }
    return Optional.of(new Label.Image(src.strip(), w, h));
  }

  /**
   * Whether an address may go in a page's SVG: any but one of a scheme that runs code or carries
   * a document of its own ({@code javascript:}, {@code data:}, {@code vbscript:}), read as a
   * browser reads it, without the blanks and control characters it drops ({@code java\tscript:}).
   */
  static boolean isSafeAddress(String address) {
    StringBuilder read = new StringBuilder();
    for (int i = 0; i < address.length() && read.length() < 12; i++) {
      char c = address.charAt(i);
      if (c > ' ' && c != 0x7f) {
        read.append(Character.toLowerCase(c));
      }
    }
    String start = read.toString();
    return !(start.startsWith("javascript:") || start.startsWith("data:") || start.startsWith("vbscript:"));
  }

  /** The address of an {@code <a>}'s {@code href}, "" for none or one that is not safe. */
  private static String href(String attributes) {
    if (attributes != null) {
      Matcher a = ATTRIBUTE.matcher(attributes);
      while (a.find()) {
        if (a.group(1).equalsIgnoreCase("href")) {
          String value = decodeEntities(value(a)).strip();
          return isSafeAddress(value) ? value : "";
        }
      }
    }
    return "";
  }

  /** The value of the attribute {@link #ATTRIBUTE} found: double-quoted, single-quoted or bare. */
  private static String value(Matcher attribute) {
    return attribute.group(2) != null ? attribute.group(2) : attribute.group(3) != null ? attribute.group(3) : attribute.group(4);
  }

  private static double pixels(String value) {
    try {
      return Math.max(0, Math.min(Label.Image.MAX_SIZE, Double.parseDouble(value.replaceAll("(?i)px$", "").strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static void addText(List<Label.Run> line, String text, boolean bold, boolean italic, boolean code, String link) {
    if (!text.contains(":fa-")) { // every icon has it: no need to search for one
      if (!text.isEmpty()) {
        line.add(new Label.Run(text, bold, italic, false, code, link));
      }
      return;
    }
    Matcher icon = ICON.matcher(text);
    int at = 0;
    while (icon.find()) {
      if (icon.start() > at) {
        line.add(new Label.Run(text.substring(at, icon.start()), bold, italic, false, code, link));
      }
      line.add(new Label.Run(icon.group(), false, false, true));
      at = icon.end();
    }
    if (at < text.length()) {
      line.add(new Label.Run(text.substring(at), bold, italic, false, code, link));
    }
  }

  /** Each line without blanks at its ends, empty runs dropped, neighbours of one style joined. */
  private static List<List<Label.Run>> trim(List<List<Label.Run>> lines) {
    List<List<Label.Run>> out = new ArrayList<>();
    for (List<Label.Run> line : lines) {
      List<Label.Run> runs = new ArrayList<>(Label.joined(line));
      while (!runs.isEmpty() && !runs.get(0).icon() && runs.get(0).text().isBlank()) {
        runs.remove(0);
      }
      while (!runs.isEmpty() && !runs.get(runs.size() - 1).icon() && runs.get(runs.size() - 1).text().isBlank()) {
        runs.remove(runs.size() - 1);
      }
      if (!runs.isEmpty()) {
        Label.Run first = runs.get(0);
        if (!first.icon()) {
          runs.set(0, first.withText(first.text().stripLeading()));
        }
        int l = runs.size() - 1;
        Label.Run last = runs.get(l);
        if (!last.icon()) {
          runs.set(l, last.withText(last.text().stripTrailing()));
        }
      }
      out.add(runs);
    }
    return out;
  }

  private static String decodeEntities(String s) {
    if (s.indexOf(';') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(), m.group(1), m.group(2))));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** {@code mermaid}: the body of mermaid's {@code #body;}; {@code html}: of HTML's {@code &name;}. */
  private static String entity(String whole, String mermaid, String html) {
    if (html != null) {
      String named = named(html);
      return named != null ? named : whole;
    }
    if (mermaid.chars().allMatch(c -> c >= '0' && c <= '9')) {
      try {
        int cp = Integer.parseInt(mermaid);
        return Character.isValidCodePoint(cp) && cp >= 0x20 ? new String(Character.toChars(cp)) : whole;
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    // mermaid writes #name; as &name; into its HTML: a name the browser does not know shows as that text.
    String named = named(mermaid);
    return named != null ? named : "&" + mermaid + ";";
  }

  /** The text of HTML's named character reference {@code &name;} (its whole table, as the browser's), or null. */
  private static String named(String name) {
    return Entities.isNamedEntity(name) ? Entities.getByName(name) : null;
  }
}
