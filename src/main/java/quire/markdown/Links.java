package quire.markdown;

import java.net.URI;
import java.util.regex.Pattern;
import quire.site.SourcePage;

/**
 * How link targets written in Markdown become URLs: a relative {@code .md} target becomes the
 * URL of that page, and a root-relative target gets the site's base path in front.
 */
final class Links {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  private Links() {}

  static String resolve(String written, SourcePage page, String basePath) {
    if (written.isEmpty() || written.startsWith("#") || isExternal(written)) return written;
    String path = written;
    String suffix = "";
    int cut = firstOf(written, '#', '?');
    if (cut >= 0) {
      path = written.substring(0, cut);
      suffix = written.substring(cut);
    }
    if (path.endsWith(".md")) {
      String target = path.startsWith("/") ? "content" + path : folderOf(page.path()) + path;
      String normal = URI.create("x:/" + target).normalize().getPath().substring(1);
      path = "/" + urlOfContent(normal.startsWith("content/") ? normal.substring("content/".length()) : normal);
    }
    if (path.startsWith("/") && !path.startsWith("//") && !basePath.equals("/")) {
      path = basePath + path.substring(1);
    }
    return path + suffix;
  }

  static boolean isExternal(String target) {
    return target.startsWith("//") || SCHEME.matcher(target).find();
  }

  private static String urlOfContent(String relInContent) {
    String noExt = relInContent.substring(0, relInContent.length() - ".md".length());
    if (noExt.equals("_index") || noExt.equals("index")) return "";
    if (noExt.endsWith("/_index")) return noExt.substring(0, noExt.length() - "_index".length());
    if (noExt.endsWith("/index")) return noExt.substring(0, noExt.length() - "index".length());
    return noExt + "/";
  }

  private static String folderOf(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  private static int firstOf(String s, char a, char b) {
    int i = s.indexOf(a);
    int j = s.indexOf(b);
    if (i < 0) return j;
    if (j < 0) return i;
    return Math.min(i, j);
  }
}
