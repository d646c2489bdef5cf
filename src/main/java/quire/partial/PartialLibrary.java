package quire.partial;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.diag.Suggestions;
import quire.shortcode.ParsedText;
import quire.shortcode.Placeholder;
import quire.shortcode.ShortcodeParser;
import quire.shortcode.SyntaxError;
import quire.site.SplitPage;

/**
 * Every partial of a site, parsed once, and the lookup the {@code render} shortcode uses:
 * {@code partials/<product>/<file>} first, then Cloudflare's {@code content/<product>/_partials/<file>}.
 * Immutable after construction; thread-safe.
 */
public final class PartialLibrary {
  private final Map<String, Partial> byPath;
  /** The same partials by lower-cased path; of paths that differ only in case, the first in path order. */
  private final Map<String, Partial> byLowerPath = new HashMap<>();

  private PartialLibrary(Map<String, Partial> byPath) {
    this.byPath = byPath;
    byPath.forEach((path, partial) -> byLowerPath.putIfAbsent(path.toLowerCase(Locale.ROOT), partial));
  }

  /**
   * Parses every partial as if every shortcode took inner text; syntax errors and unused
   * parameters are reported once, here.
   */
  public static PartialLibrary of(Map<String, SplitPage> files, Problems problems) {
    return of(files, name -> true, problems);
  }

  /**
   * Parses every partial; {@code takesInner} says which shortcodes pair with a closing tag
   * ({@link quire.shortcode.Expander#pairing}). Syntax errors and unused parameters are reported
   * once, here.
   */
  public static PartialLibrary of(Map<String, SplitPage> files, Predicate<String> takesInner, Problems problems) {
    Map<String, Partial> byPath = new TreeMap<>();
    files.forEach((path, split) -> byPath.put(path, parse(path, split, takesInner, problems)));
    return new PartialLibrary(byPath);
  }

  /** The product folder a partial path belongs to, or empty when it is not a partial path. */
  public static Optional<String> productOf(String path) {
    String[] parts = path.split("/");
    if (parts.length >= 3 && parts[0].equals("partials")) return Optional.of(parts[1]);
    if (parts.length >= 4 && parts[0].equals("content") && parts[2].equals("_partials")) return Optional.of(parts[1]);
    return Optional.empty();
  }

  /**
   * The partial {@code file} of {@code product}. A name without {@code .md} finds the Markdown
   * file too, as Hugo's {@code GetPage} in Cloudflare's render shortcode does
   * ({@code file="_provider-guide-intro"}); a file of that very name comes first. A name that
   * differs from the file's only in case finds it too, as Hugo's page paths are case-insensitive
   * ({@code file="warp/_add-local-domain-ip.md"} for {@code _add-local-domain-IP.md}), after
   * every name in the exact case.
   */
  public Optional<Partial> find(String product, String file) {
    Optional<Partial> exact = findNamed(product, file);
    if (exact.isPresent() || file.endsWith(".md")) return exact;
    return findNamed(product, file + ".md");
  }

  private Optional<Partial> findNamed(String product, String file) {
    List<String> paths = List.of("partials/" + product + "/" + file, "content/" + product + "/_partials/" + file);
    for (String path : paths) {
      Partial exact = byPath.get(path);
      if (exact != null) return Optional.of(exact);
    }
    for (String path : paths) {
      Partial anyCase = byLowerPath.get(path.toLowerCase(Locale.ROOT));
      if (anyCase != null) return Optional.of(anyCase);
    }
    return Optional.empty();
  }

  /** The closest partial name in the product, for "did you mean". */
  public Optional<String> suggest(String product, String file) {
    List<String> names = new ArrayList<>();
    for (String path : byPath.keySet()) {
      for (String prefix : List.of("partials/" + product + "/", "content/" + product + "/_partials/")) {
        if (path.startsWith(prefix)) names.add(path.substring(prefix.length()));
      }
    }
    return Suggestions.closest(file, names);
  }

  public Collection<Partial> all() {
    return byPath.values();
  }

  /** Every partial, in path order, with the call sites {@code usage} recorded for it. */
  public List<PartialUse> uses(Map<String, ? extends Set<Position>> usage) {
    List<PartialUse> out = new ArrayList<>();
    for (Partial p : byPath.values()) {
      List<Position> calls = new ArrayList<>();
      Set<Position> sites = usage.get(p.path());
      if (sites != null) calls.addAll(sites);
      calls.sort(null);
      out.add(new PartialUse(p.path(), p.declared(), calls));
    }
    return out;
  }

  private static Partial parse(String path, SplitPage split, Predicate<String> takesInner, Problems problems) {
    SourceFile source = split.source();
    String text = source.text();
    int start = split.bodyOffset();
    // Leading blank lines and the final line break belong to no step; the page's own line
    // break after the render call ends the inserted text.
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      if (nl < 0 || !text.substring(start, nl).isBlank()) break;
      start = nl + 1;
    }
    int end = text.length();
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    ParsedText body = ShortcodeParser.parse(text.substring(start, end), takesInner);
    for (SyntaxError error : body.errors()) {
      problems.report(Rule.SHORTCODE_SYNTAX, source.position(start + error.offset()), error.message());
    }
    Position declaredAt = declaredAt(source);
    List<String> declared = declared(split);
    Partial partial = new Partial(path, productOf(path).orElse(""), split, declared, declaredAt, start, end, body);
    reportUnusedParameters(partial, problems);
    return partial;
  }

  private static List<String> declared(SplitPage split) {
    Object raw = split.front().params().get("inputParameters");
    if (raw == null) return List.of();
    if (raw instanceof List<?> list) return list.stream().map(String::valueOf).map(String::strip).toList();
    String text = String.valueOf(raw).strip();
    if (text.isEmpty()) return List.of();
    return List.of(text.split(";;", -1)).stream().map(String::strip).toList();
  }

  private static Position declaredAt(SourceFile source) {
    for (int line = 1; line <= source.lines().lineCount(); line++) {
      if (source.lines().lineText(line).startsWith("inputParameters")) return new Position(source.path(), line, 1);
    }
    return Position.of(source.path());
  }

  private static void reportUnusedParameters(Partial partial, Problems problems) {
    Set<Integer> used = Placeholder.numbersIn(partial.bodyText());
    for (int i = 1; i <= partial.declared().size(); i++) {
      if (!used.contains(i)) {
        problems.report(Rule.PARTIAL_PARAM_UNUSED, partial.declaredAt(), "parameter " + i + " ("
            + partial.declared().get(i - 1) + ") is declared but $" + i + " never appears in the partial");
      }
    }
  }
}
