package quire.url;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of site URLs. A site URL is a path from the site root without the base path, starting
 * and ending with {@code /} ({@code /}, {@code /a/b/}); an output path is a path inside the output
 * folder without a leading {@code /} ({@code a/b/index.html}). Pure functions; thread-safe.
 */
public final class SiteUrls {
  /**
   * The character that begins {@link #ANY_BASE}: DEL, a control character no link a page writes
   * holds in practice, which HTML escaping keeps as it is (unlike the C0 controls) and which keeps
   * a page's text one byte a character (unlike the private-use characters).
   */
  public static final char ANY_BASE_MARK = '\u007F';
  /**
   * A base path that stands for any: content rendered under it holds no base path of its own, and
   * {@link #rebase} puts it under one. Content is rendered so only when its sources do not hold
   * {@link #ANY_BASE_MARK}, so every mark in it is one of these.
   */
  public static final String ANY_BASE = ANY_BASE_MARK + "/";

  private SiteUrls() {}

  /** {@code text}, rendered under {@link #ANY_BASE}, under {@code basePath} ({@code /} or {@code /docs/}). */
  public static String rebase(String text, String basePath) {
    return text.indexOf(ANY_BASE_MARK) < 0 ? text : text.replace(ANY_BASE, basePath);
  }

  /**
   * The URL of a page file: {@code a/b/page.md} → {@code /a/b/page/}; {@code a/b/_index.md} and
   * {@code a/b/index.md} → {@code /a/b/}. The path is made as Hugo makes it by default
   * ({@link #pathOf}): {@code Get Started/iOS.md} → {@code /get-started/ios/}.
   *
   * @param relInContent the file's path inside {@code content/}, ending in {@code .md}
   */
  public static String ofContentFile(String relInContent) {
    String noExt = relInContent.substring(0, relInContent.length() - ".md".length());
    if (noExt.equals("_index") || noExt.equals("index")) return "/";
    if (noExt.endsWith("/_index")) noExt = noExt.substring(0, noExt.length() - "/_index".length());
    else if (noExt.endsWith("/index")) noExt = noExt.substring(0, noExt.length() - "/index".length());
    return "/" + pathOf(noExt) + "/";
  }

  /**
   * Where a file of {@code content/} that is not a page is published: its folders as a page's URL
   * has them ({@link #pathOf}), its name as written, as Hugo publishes a page bundle's files
   * ({@code Get Started/Shot 1.PNG} → {@code get-started/Shot 1.PNG}).
   */
  public static String outputOfContentFile(String relInContent) {
    int slash = relInContent.lastIndexOf('/');
    return slash < 0 ? relInContent : pathOf(relInContent.substring(0, slash)) + relInContent.substring(slash);
  }

  /**
   * A content path as Hugo 0.111 puts it in a URL with its default settings: letters, digits and
   * combining marks of any script are kept, lowered; so are {@code . _ - # + ~ @ /} and a
   * {@code %} followed by two hex digits; white space becomes one {@code -} (none next to a
   * {@code -}); every other character is left out: {@code My Dir (v2)/Page} →
   * {@code my-dir-v2/page}.
   */
  public static String pathOf(String path) {
    StringBuilder out = new StringBuilder(path.length());
    boolean space = false;
    for (int i = 0; i < path.length(); ) {
      int c = path.codePointAt(i);
      boolean kept = Character.isLetterOrDigit(c) || isMark(c) || "._-#+~@/".indexOf(c) >= 0
          || c == '%' && i + 2 < path.length() && isHex(path.charAt(i + 1)) && isHex(path.charAt(i + 2));
      if (kept) {
        if (space && c != '-' && !endsWithHyphen(out)) out.append('-');
        space = false;
        out.appendCodePoint(Character.toLowerCase(c));
      } else if (Character.isWhitespace(c)) {
        space = true;
      }
      i += Character.charCount(c);
    }
    if (space && !endsWithHyphen(out)) out.append('-');
    return out.toString();
  }

  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  private static boolean isHex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }

  private static boolean endsWithHyphen(StringBuilder out) {
    return out.length() > 0 && out.charAt(out.length() - 1) == '-';
  }

  /**
   * The folder a URL or path is in: {@code /a/b/} for {@code /a/b/c/} or {@code /a/b/c.png},
   * {@code a/} for {@code a/b/}; {@code /} is its own parent.
   */
  public static String parent(String path) {
    if (path.equals("/")) return "/";
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return folderOf(trimmed);
  }

  /** Everything up to and including the last {@code /} ({@code a/b/} for {@code a/b/c}); empty when there is none. */
  public static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  /** The output path a page's URL is written to: {@code /a/b/} → {@code a/b/index.html}. */
  public static String outputFile(String url) {
    return url.substring(1) + "index.html";
  }

  /**
   * The link to a site URL ({@code /a/b/}) under {@code base} ({@code /}, {@code /docs/}, a full
   * base URL, or empty for a link relative to the site root): the URL's characters that cannot
   * stand in a URL path as written ({@code #}, {@code ?}, {@code %}, spaces, quotes, control
   * characters) are percent-encoded as UTF-8, so a file named {@code c#-notes.md} links to
   * {@code /c%23-notes/}, not to a fragment. Other characters, letters of any script included,
   * are kept.
   */
  public static String href(String base, String url) {
    StringBuilder out = new StringBuilder(base);
    String path = url.startsWith("/") ? url.substring(1) : url;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < 0x20 || c == 0x7f || " \"#%<>?[\\]^`{|}".indexOf(c) >= 0) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What a link target written in a page's Markdown becomes: a {@code .md} target (relative to
   * the page's file, or from {@code content/} when it starts with {@code /}) becomes that page's
   * URL, and a root-relative target gets the base path in front. A fragment or query is kept;
   * empty, fragment-only and external targets are returned as written.
   *
   * @param pagePath the page's file from the site root ({@code content/a/b.md})
   * @param basePath the site's base path ({@code /} or {@code /docs/})
   */
  public static String resolveWritten(String written, String pagePath, String basePath) {
    if (written.isEmpty() || written.startsWith("#") || isExternal(written)) return written;
    String path = written;
    String suffix = "";
    int cut = firstOf(written, '#', '?');
    if (cut >= 0) {
      path = written.substring(0, cut);
      suffix = written.substring(cut);
    }
    if (path.endsWith(".md")) {
      String target = path.startsWith("/") ? "content" + path : folderOf(pagePath) + path;
      String normal = decode(normalize("/" + target)).substring(1);
      String inContent = normal.startsWith("content/") ? normal.substring("content/".length()) : normal;
      path = ofContentFile(inContent);
    }
    if (path.startsWith("/") && !path.startsWith("//") && !basePath.equals("/")) {
      path = basePath + path.substring(1);
    }
    return path + suffix;
  }

  /** True for a target that leaves the site: scheme-relative ({@code //host/}) or with a scheme. */
  public static boolean isExternal(String target) {
    return target.startsWith("//") || scheme(target).isPresent();
  }

  /** The URL scheme ({@code https}, {@code mailto}) in lower case, when the value starts with one. */
  public static Optional<String> scheme(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ':') return i > 0 ? Optional.of(value.substring(0, i).toLowerCase(Locale.ROOT)) : Optional.empty();
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
      boolean ok = letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.');
      if (!ok) return Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Removes {@code .} and {@code ..} segments of an absolute path, as RFC 3986 does; a {@code ..}
   * at the root stays at the root.
   */
  public static String normalize(String path) {
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
  public static String decode(String text) {
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

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) return j;
    if (j < 0) return i;
    return Math.min(i, j);
  }
}
