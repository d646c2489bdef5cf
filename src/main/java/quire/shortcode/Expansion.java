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
  /** Shared by a page's expansion and every inner text expanded for it: one index space. */
  private final List<String> fragments;
  private String indent = "";

  Expansion(Expander expander, Problems problems) {
    this(expander, problems, new ArrayList<>());
  }

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
    String source = file.text();
    int from = start;
    while (from < end) {
      int newline = source.indexOf('\n', from);
      int lineEnd = newline < 0 || newline >= end ? end : newline + 1;
      int literal = source.indexOf(HtmlPlaceholders.OPEN, from);
      if (literal >= 0 && literal < lineEnd) {
        // A writer's own placeholder character: copy up to it, then a token standing for it.
        map.copied(text.length(), file, from, via);
        text.append(source, from, literal);
        map.copied(text.length(), file, literal, via);
        text.append(literalToken());
        from = literal + 1;
        continue;
      }
      map.copied(text.length(), file, from, via);
      text.append(source, from, lineEnd);
      if (lineEnd > from && source.charAt(lineEnd - 1) == '\n' && !indent.isEmpty()) {
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
    appendExpanded(protect(produced), scope, offset);
  }

  /**
   * Appends text that is already in expanded form (a {@code {{% %}}} template's output, whose
   * placeholders stand for fragments of this page), made for a place of {@code scope}.
   */
  void appendExpanded(String produced, Scope scope, int offset) {
    if (produced.isEmpty()) return;
    map.produced(text.length(), scope.file(), scope.base() + offset, scope.via());
    text.append(indent.isEmpty() ? produced : produced.replace("\n", "\n" + indent));
  }

  /** Appends HTML that Markdown must leave untouched, made for a place of {@code scope}. */
  public void appendHtml(String html, Scope scope, int offset) {
    fragments.add(html);
    appendExpanded(HtmlPlaceholders.of(fragments.size() - 1), scope, offset);
  }

  /**
   * Text from a writer (a parameter value, an argument) in expanded form: each
   * {@link HtmlPlaceholders#OPEN} in it becomes a token standing for that character, so it can
   * never be read as a placeholder.
   */
  public String protect(String written) {
    if (written.indexOf(HtmlPlaceholders.OPEN) < 0) return written;
    StringBuilder out = new StringBuilder(written.length() + 8);
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      if (c == HtmlPlaceholders.OPEN) out.append(literalToken()); else out.append(c);
    }
    return out.toString();
  }

  private String literalToken() {
    fragments.add(String.valueOf(HtmlPlaceholders.OPEN));
    return HtmlPlaceholders.of(fragments.size() - 1);
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

  /**
   * Expands nodes into a separate text (a paired shortcode's inner text), in expanded form: its
   * placeholders index this page's fragments, so they keep their HTML wherever the text goes.
   */
  public String expandToText(List<Node> nodes, Scope scope) {
    Expansion inner = new Expansion(expander, problems, fragments);
    expander.expandNodes(nodes, scope, inner);
    return inner.text.toString();
  }

  ExpandedPage finish(quire.site.SourcePage page) {
    return new ExpandedPage(page, text.toString(), map.build(), fragments);
  }
}
