package quire.markdown;

import quire.diag.Located;

/**
 * The one place a mermaid block becomes HTML. For now: the source, escaped, in
 * {@code <pre class="mermaid">} for mermaid.js, which the site ships; the build-time SVG
 * renderer replaces this class's body.
 */
final class DiagramBlocks {
  String render(String source, Located at, PageContext page) {
    page.usesMermaidJs = true;
    page.diagrams++;
    return "<pre class=\"mermaid\">" + escape(source) + "</pre>\n";
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
