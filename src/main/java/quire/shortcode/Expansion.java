package quire.shortcode;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import quire.diag.Limits;
import quire.diag.Located;
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
  private final Budget budget;
  private final Set<Dependency> dependencies;
  private final List<PartialCall> partialCalls;
  private String indent = "";

  /**
   * How much text one page's expansion may still produce, shared by the page's output and every
   * separate text made for it (a paired shortcode's inner text), so fan-out through partials
   * stops at {@link Limits#EXPANDED_CHARS} however it is nested.
   */
  private static final class Budget {
    long used;
    /** Where the text that crossed the limit was written; null while within it. */
    Located crossedAt;
  }

  Expansion(Expander expander, Problems problems) {
    this(expander, problems, new ArrayList<>(), new Budget(), new LinkedHashSet<>(), new ArrayList<>());
  }

  private Expansion(Expander expander, Problems problems, List<String> fragments, Budget budget,
      Set<Dependency> dependencies, List<PartialCall> partialCalls) {
    this.expander = expander;
    this.problems = problems;
    this.fragments = fragments;
    this.budget = budget;
    this.dependencies = dependencies;
    this.partialCalls = partialCalls;
  }

  /** Records something the expansion read besides the page (see {@link Dependency}). */
  public void dependsOn(Dependency dependency) {
    dependencies.add(dependency);
  }

  /** Records that a partial was rendered, and from where. */
  public void called(PartialCall call) {
    partialCalls.add(call);
  }

  /** True once the page's text has grown past {@link Limits#EXPANDED_CHARS}: expansion stops. */
  public boolean full() {
    return budget.crossedAt != null;
  }

  /** Takes {@code length} characters from the budget; false (and the place noted) when they do not fit. */
  private boolean fits(int length, SourceFile file, int offset, List<Position> via) {
    if (budget.crossedAt != null) return false;
    if (budget.used + length > Limits.EXPANDED_CHARS) {
      budget.crossedAt = new Located(file.position(offset), via);
      return false;
    }
    budget.used += length;
    return true;
  }

  /**
   * Reports the limit once, at the render call that crossed it (the innermost one, with the
   * calls above it as {@code via}), or where the page's own text crossed it.
   */
  void reportLimit() {
    Located at = budget.crossedAt;
    if (at == null) return;
    List<Position> via = at.via();
    Located call = via.isEmpty() ? at : new Located(via.get(via.size() - 1), via.subList(0, via.size() - 1));
    problems.report(Rule.LIMIT_EXCEEDED, call, String.format("the page grows past %,d characters as its shortcodes "
        + "and partials are expanded; expansion stopped here", Limits.EXPANDED_CHARS));
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
    if (!fits(end - start, file, start, via)) return;
    String source = file.text();
    int from = start;
    while (from < end) {
      int newline = source.indexOf('\n', from);
      int lineEnd = newline < 0 || newline >= end ? end : newline + 1;
      int open = nextOpen(file, from);
      int literal = open >= 0 && open < lineEnd ? open : -1;
      if (literal >= 0) {
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
    appendExpanded(protect(produced), scope.file(), scope.base() + offset, scope.via());
  }

  /** Appends text produced for the place {@code fileOffset} of {@code file}: all of it maps there. */
  public void appendProduced(String produced, SourceFile file, int fileOffset, List<Position> via) {
    appendExpanded(protect(produced), file, fileOffset, via);
  }

  /**
   * Appends text that is already in expanded form (a {@code {{% %}}} template's output, whose
   * placeholders stand for fragments of this page), made for a place of {@code scope}.
   */
  void appendExpanded(String produced, Scope scope, int offset) {
    appendExpanded(produced, scope.file(), scope.base() + offset, scope.via());
  }

  private void appendExpanded(String produced, SourceFile file, int fileOffset, List<Position> via) {
    if (produced.isEmpty() || !fits(produced.length(), file, fileOffset, via)) return;
    map.produced(text.length(), file, fileOffset, via);
    text.append(indent.isEmpty() ? produced : produced.replace("\n", "\n" + indent));
  }

  /** Appends a {@code withParameters} value, mapped to where it was written. */
  void appendValue(String value, ValueSource source) {
    if (source.verbatim()) {
      appendSource(source.file(), source.offset(), source.offset() + value.length(), source.via());
    } else {
      appendProduced(value, source.file(), source.offset(), source.via());
    }
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

  /** The first {@code c} in {@code text} from {@code from} up to {@code end}, or -1: bounded, so
   * looking line by line stays linear. */
  /**
   * Per file: the offset searched from and the first {@link HtmlPlaceholders#OPEN} at or after it
   * (-1: none). A file is copied piece by piece in order, between its shortcodes, and most hold
   * no such character: it is searched for once, not once a line.
   */
  private final Map<SourceFile, int[]> opens = new IdentityHashMap<>();

  /** The offset of the first {@link HtmlPlaceholders#OPEN} in the file at or after {@code from}; -1 if none. */
  private int nextOpen(SourceFile file, int from) {
    int[] known = opens.get(file);
    if (known == null || from < known[0] || (known[1] >= 0 && known[1] < from)) {
      known = new int[] {from, file.text().indexOf(HtmlPlaceholders.OPEN, from)};
      opens.put(file, known);
    }
    return known[1];
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
    Expansion inner = new Expansion(expander, problems, fragments, budget, dependencies, partialCalls);
    expander.expandNodes(nodes, scope, inner);
    return inner.text.toString();
  }

  ExpandedPage finish(quire.site.SourcePage page) {
    return new ExpandedPage(page, text.toString(), map.build(), fragments, List.copyOf(dependencies), partialCalls);
  }
}
