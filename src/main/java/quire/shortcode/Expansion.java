package quire.shortcode;

import java.util.ArrayList;
import java.util.List;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.diag.SourceMap;

/**
 * The output of expanding one page: Markdown text, its source map and the HTML fragments
 * standing behind placeholders. Every line break appended is followed by the current
 * indentation, so a partial rendered inside a list item stays inside it. Not thread-safe: one
 * per page.
 */
public final class Expansion {
  private final Expander expander;
  private final Problems problems;
  private final StringBuilder text = new StringBuilder();
  private final SourceMap.Builder map = new SourceMap.Builder();
  private final List<String> fragments;
  private String indent = "";

  Expansion(Expander expander, Problems problems) {
    this(expander, problems, new ArrayList<>());
  }

  /** @param fragments shared with the page's own expansion, so a placeholder means one fragment page-wide */
  private Expansion(Expander expander, Problems problems, List<String> fragments) {
    this.expander = expander;
    this.problems = problems;
    this.fragments = fragments;
  }

  public Problems problems() {
    return problems;
  }

  /** Reports a problem at a place of the parsed text of {@code scope}. */
  public void report(Rule rule, Scope scope, int offset, String message) {
    problems.report(rule, scope.locate(offset), message);
  }

  /** Appends the file's own text from {@code start} to {@code end} (file offsets). */
  public void appendSource(SourceFile file, int start, int end, List<Position> via) {
    int from = start;
    while (from < end) {
      int newline = file.text().indexOf('\n', from);
      int lineEnd = newline < 0 || newline >= end ? end : newline + 1;
      map.copied(text.length(), file, from, via);
      text.append(file.text(), from, lineEnd);
      if (lineEnd > from && file.text().charAt(lineEnd - 1) == '\n' && !indent.isEmpty()) {
        text.append(indent);
      }
      from = lineEnd;
    }
  }

  /**
   * Appends text produced for a place of the parsed text of {@code scope} (a parameter value,
   * a template's output): every offset in it maps to that place.
   */
  public void appendProduced(String produced, Scope scope, int offset) {
    if (produced.isEmpty()) return;
    map.produced(text.length(), scope.file(), scope.base() + offset, scope.via());
    text.append(indent.isEmpty() ? produced : produced.replace("\n", "\n" + indent));
  }

  /** Appends HTML that Markdown must leave untouched, made for a place of {@code scope}. */
  public void appendHtml(String html, Scope scope, int offset) {
    fragments.add(html);
    appendProduced(HtmlPlaceholders.of(fragments.size() - 1), scope, offset);
  }

  /** Expands parsed nodes of another text (a partial) into this output, with extra indentation. */
  public void expandNested(List<Node> nodes, Scope scope, String extraIndent) {
    String saved = indent;
    indent = indent + extraIndent;
    try {
      expander.expandNodes(nodes, scope, this);
    } finally {
      indent = saved;
    }
  }

  /** Expands nodes into a separate text (a paired shortcode's inner text). */
  public String expandToText(List<Node> nodes, Scope scope) {
    // The inner text may hold placeholders of HTML shortcodes inside it ({{< tab >}} inside
    // {{< tabs >}}): their fragments go to the page's list, where the placeholders point.
    Expansion inner = new Expansion(expander, problems, fragments);
    expander.expandNodes(nodes, scope, inner);
    return inner.text.toString();
  }

  ExpandedPage finish(quire.site.SourcePage page) {
    return new ExpandedPage(page, text.toString(), map.build(), fragments);
  }
}
