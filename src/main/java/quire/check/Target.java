package quire.check;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Where a reference of a built page points, worked out the way a browser would from the page's
 * URL. Immutable.
 *
 * @param kind what sort of target it is
 * @param path for {@link Kind#INTERNAL}: the path inside the output folder, percent-decoded,
 *     without a leading {@code /} ({@code a/b/} or {@code css/x.css}); for {@link Kind#EXTERNAL}
 *     the URL without its fragment; for {@link Kind#OUTSIDE} the decoded absolute path
 * @param fragment the decoded fragment, empty when there is none
 */
record Target(Kind kind, String path, String fragment) {
  enum Kind {
    /** A file of the site (or a page, when {@code path} is empty or ends in {@code /}). */
    INTERNAL,
    /** An {@code http(s)} URL elsewhere. */
    EXTERNAL,
    /** A root-relative path outside the site's base path. */
    OUTSIDE,
    /** Nothing to check: {@code mailto:}, {@code data:}, {@code javascript:} and the like. */
    SKIPPED
  }

  private static final Target SKIP = new Target(Kind.SKIPPED, "", "");

  /**
   * Resolves an attribute value found on the page at {@code pageUrl} (which starts with
   * {@code basePath} and ends with {@code /}).
   */
  static Target resolve(String value, String pageUrl, String basePath) {
    if (value.isEmpty()) return SKIP;
    String rest = value;
    String fragment = "";
    int hash = rest.indexOf('#');
    if (hash >= 0) {
      fragment = decode(rest.substring(hash + 1));
      rest = rest.substring(0, hash);
    }
    if (rest.startsWith("//")) {
      return new Target(Kind.EXTERNAL, "https:" + value.substring(0, hash >= 0 ? hash : value.length()), fragment);
    }
    String scheme = scheme(rest);
    if (scheme != null) {
      return scheme.equals("http") || scheme.equals("https")
          ? new Target(Kind.EXTERNAL, value.substring(0, hash >= 0 ? hash : value.length()), fragment)
          : SKIP;
    }
    int query = rest.indexOf('?');
    if (query >= 0) rest = rest.substring(0, query);
    String absolute;
    if (rest.isEmpty()) {
      absolute = pageUrl;
    } else if (rest.startsWith("/")) {
      absolute = rest;
    } else {
      absolute = pageUrl.substring(0, pageUrl.lastIndexOf('/') + 1) + rest;
    }
    absolute = decode(normalize(absolute));
    if (!absolute.startsWith(basePath)) {
      if ((absolute + "/").equals(basePath)) return new Target(Kind.INTERNAL, "", fragment);
      return new Target(Kind.OUTSIDE, absolute, fragment);
    }
    return new Target(Kind.INTERNAL, absolute.substring(basePath.length()), fragment);
  }

  /** The URL scheme in lower case, or null when the value has none. */
  private static String scheme(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ':') return i > 0 ? value.substring(0, i).toLowerCase(Locale.ROOT) : null;
      boolean ok = Character.isLetter(c) && c < 128 || i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.');
      if (!ok) return null;
    }
    return null;
  }

  /** Removes {@code .} and {@code ..} segments of an absolute path, as RFC 3986 does. */
  static String normalize(String path) {
    if (!path.contains("/.")) return path;
    Deque<String> out = new ArrayDeque<>();
    String[] parts = path.split("/", -1);
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i];
      boolean last = i == parts.length - 1;
      if (p.equals(".")) {
        if (last) out.addLast("");
      } else if (p.equals("..")) {
        if (!out.isEmpty()) out.removeLast();
        if (last) out.addLast("");
      } else {
        out.addLast(p);
      }
    }
    return "/" + String.join("/", out);
  }

  /** Percent-decodes UTF-8; a malformed escape is kept as written. {@code +} stays {@code +}. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) return text;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
        bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 3;
        continue;
      }
      if (bytes.size() > 0) {
        out.append(bytes.toString(StandardCharsets.UTF_8));
        bytes.reset();
      }
      out.append(c);
      i++;
    }
    if (bytes.size() > 0) out.append(bytes.toString(StandardCharsets.UTF_8));
    return out.toString();
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  }
}
