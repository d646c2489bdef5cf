package quire.shortcode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.site.SourcePage;

/**
 * Expands the shortcodes of a page into Markdown with a source map. Calls go to a Java
 * {@link ShortcodeHandler} when one is registered for the name, else to a template shortcode;
 * inside a partial, {@code $N} placeholders are replaced by the values of the render call.
 * Thread-safe: one instance per build, shared by every page.
 */
public final class Expander {
  private final Map<String, ShortcodeHandler> handlers;
  private final ShortcodeTemplates templates;

  public Expander(Map<String, ShortcodeHandler> handlers, ShortcodeTemplates templates) {
    this.handlers = Map.copyOf(handlers);
    this.templates = templates;
  }

  /**
   * Which shortcode names pair with a closing tag: a template that reads {@code inner}, never a
   * Java shortcode (named in {@code javaShortcodes}).
   */
  public static Predicate<String> pairing(Set<String> javaShortcodes, ShortcodeTemplates templates) {
    Set<String> java = Set.copyOf(javaShortcodes);
    return name -> !java.contains(name) && templates.takesInner(name);
  }

  /** Expands one page's body; problems go to the sink and the page still expands. */
  public ExpandedPage expand(SourcePage page, Problems problems) {
    Scope scope = Scope.ofPage(page);
    ParsedText parsed = ShortcodeParser.parse(page.split().body(), pairing(handlers.keySet(), templates));
    for (SyntaxError error : parsed.errors()) {
      problems.report(Rule.SHORTCODE_SYNTAX, scope.locate(error.offset()), error.message());
    }
    Expansion out = new Expansion(this, problems);
    expandNodes(parsed.nodes(), scope, out);
    out.reportLimit();
    return out.finish(page);
  }

  void expandNodes(List<Node> nodes, Scope scope, Expansion out) {
    for (Node node : nodes) {
      if (out.full()) return;
      if (node instanceof Text text) {
        appendText(text.start(), text.end(), scope, out);
      } else if (node instanceof Escaped escaped) {
        out.appendProduced(escaped.literal(), scope, escaped.start());
      } else if (node instanceof Call call) {
        expandCall(scope.substitutes() ? substituteArguments(call, scope, out) : call, scope, out);
      }
    }
  }

  private void expandCall(Call call, Scope scope, Expansion out) {
    ShortcodeHandler handler = handlers.get(call.name());
    if (handler != null) {
      handler.expand(call, scope, out);
      return;
    }
    if (!templates.exists(call.name())) {
      out.report(Rule.SHORTCODE_UNKNOWN, scope, call.nameStart(), "unknown shortcode \"" + call.name()
          + "\": there is no site/shortcodes/" + call.name() + ".ftlh" + templates.suggestion(call.name(), handlers.keySet()));
      return;
    }
    String inner = call.inner().map(in -> out.expandToText(in.nodes(), scope)).orElse("");
    templates.render(call, inner, scope, out).ifPresent(output -> {
      if (call.delimiter() == Delimiter.ANGLE) {
        out.appendHtml(output, scope, call.start());
      } else {
        out.appendExpanded(output, scope, call.start());
      }
    });
  }

  /** Copies text, replacing {@code $N} and {@code \$} when the scope substitutes. */
  private static void appendText(int start, int end, Scope scope, Expansion out) {
    if (!scope.substitutes()) {
      out.appendSource(scope.file(), scope.base() + start, scope.base() + end, scope.via());
      return;
    }
    String text = scope.file().text();
    int base = scope.base();
    int copied = base + start;
    for (Optional<Placeholder> found; (found = Placeholder.find(text, copied, base + end)).isPresent(); ) {
      Placeholder p = found.get();
      out.appendSource(scope.file(), copied, p.start(), scope.via());
      if (p.isEscape()) {
        out.appendSource(scope.file(), p.start() + 1, p.end(), scope.via());
      } else {
        appendValue(p, p.start() - base, scope, out);
      }
      copied = p.end();
    }
    out.appendSource(scope.file(), copied, base + end, scope.via());
  }

  /** Substitutes {@code $N} inside a string (a nested call's argument). */
  static String substitute(String value, int offset, Scope scope, Expansion out) {
    if (value.indexOf('$') < 0) return value;
    StringBuilder result = new StringBuilder(value.length());
    int copied = 0;
    for (Optional<Placeholder> found; (found = Placeholder.find(value, copied, value.length())).isPresent(); ) {
      Placeholder p = found.get();
      result.append(value, copied, p.start());
      result.append(p.isEscape() ? "$" : valueOf(p, offset, scope, out));
      copied = p.end();
    }
    return result.append(value, copied, value.length()).toString();
  }

  /**
   * Appends the value {@code $digits} stands for, mapped to where the value was written; a
   * placeholder without a value stays as written, mapped to itself.
   */
  private static void appendValue(Placeholder p, int offset, Scope scope, Expansion out) {
    String value = valueOf(p, offset, scope, out);
    int n = p.number();
    if (n >= 1 && n <= scope.declared() && n <= scope.sources().size()) {
      out.appendValue(value, scope.sources().get(n - 1));
    } else {
      out.appendProduced(value, scope, offset);
    }
  }

  private static String valueOf(Placeholder p, int offset, Scope scope, Expansion out) {
    int n = p.number();
    if (n == 0) return "$0";
    if (n > scope.declared()) {
      String chain = String.join(" -> ", scope.chain());
      out.report(Rule.PARTIAL_PLACEHOLDER_UNDEFINED, scope, offset, "$" + p.digits() + " is beyond the "
          + scope.declared() + " parameter(s) " + scope.chain().get(scope.chain().size() - 1)
          + " declares" + (scope.chain().size() > 1 ? " (rendered through " + chain + ")" : ""));
      return "$" + p.digits();
    }
    // Fewer values than declared is reported at the call; the missing ones are empty.
    return n <= scope.values().size() ? scope.values().get(n - 1) : "";
  }

  private static Call substituteArguments(Call call, Scope scope, Expansion out) {
    List<Argument> args = new ArrayList<>(call.arguments().size());
    for (Argument a : call.arguments()) {
      args.add(new Argument(a.name(), substitute(a.value(), a.textStart(), scope, out), a.kind(), a.start(), a.valueStart()));
    }
    return new Call(call.name(), call.delimiter(), args, call.start(), call.end(), call.openEnd(),
        call.nameStart(), call.selfClosed(), call.inner());
  }
}
