package quire.mermaid;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a label as written in mermaid into plain text: {@code <br>} becomes a line break ('\n'),
 * other simple HTML tags are dropped, mermaid's entity codes ({@code #quot;}, {@code #35;}) and
 * HTML entities are decoded. Stateless; safe to share.
 */
final class LabelText {
  private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG =
      Pattern.compile(
          "</?(b|i|u|s|em|strong|small|big|sub|sup|code|span|font|mark|del|ins|a)(\\s[^<>]*)?>",
          Pattern.CASE_INSENSITIVE);
  // mermaid writes entities as #name; (or #123;) so that '&' stays free for its own syntax.
  private static final Pattern ENTITY = Pattern.compile("[#&](#?)([A-Za-z][A-Za-z0-9]*|[0-9]+|x[0-9A-Fa-f]+);");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("quot", "\""),
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("apos", "'"),
          Map.entry("nbsp", "\u00a0"),
          Map.entry("copy", "\u00a9"),
          Map.entry("reg", "\u00ae"),
          Map.entry("trade", "\u2122"),
          Map.entry("hellip", "\u2026"),
          Map.entry("mdash", "\u2014"),
          Map.entry("ndash", "\u2013"),
          Map.entry("larr", "\u2190"),
          Map.entry("rarr", "\u2192"),
          Map.entry("uarr", "\u2191"),
          Map.entry("darr", "\u2193"),
          Map.entry("harr", "\u2194"),
          Map.entry("hearts", "\u2665"),
          Map.entry("check", "\u2713"),
          Map.entry("times", "\u00d7"),
          Map.entry("deg", "\u00b0"),
          Map.entry("middot", "\u00b7"),
          Map.entry("bull", "\u2022"),
          Map.entry("lsquo", "\u2018"),
          Map.entry("rsquo", "\u2019"),
          Map.entry("ldquo", "\u201c"),
          Map.entry("rdquo", "\u201d"),
          Map.entry("euro", "\u20ac"),
          Map.entry("pound", "\u00a3"));

  private LabelText() {}

  /** The plain text of a raw label; lines separated by '\n', each line trimmed. */
  static String decode(String raw) {
    String s = BREAK.matcher(raw).replaceAll("\n");
    s = TAG.matcher(s).replaceAll("");
    s = decodeEntities(s);
    String[] lines = s.split("\n", -1);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(lines[i].strip());
    }
    return out.toString();
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

  private static String entity(String whole, String hash, String body) {
    char first = body.charAt(0);
    if (Character.isDigit(first) || (!hash.isEmpty() && (first == 'x' || first == 'X'))) {
      try {
        int cp =
            first == 'x' || first == 'X'
                ? Integer.parseInt(body.substring(1), 16)
                : Integer.parseInt(body);
        return Character.isValidCodePoint(cp) && cp >= 0x20 ? new String(Character.toChars(cp)) : whole;
      } catch (NumberFormatException e) {
        return whole;
      }
    }
    String named = NAMED.get(body.toLowerCase(Locale.ROOT));
    return named != null && hash.isEmpty() ? named : whole;
  }
}
