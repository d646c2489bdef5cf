package quire.partial;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import quire.diag.Limits;
import quire.diag.Located;
import quire.diag.Position;
import quire.diag.Rule;
import quire.shortcode.Argument;
import quire.shortcode.Call;
import quire.shortcode.Dependency;
import quire.shortcode.Expansion;
import quire.shortcode.Markdownifier;
import quire.shortcode.PartialCall;
import quire.shortcode.Scope;
import quire.shortcode.ShortcodeHandler;
import quire.shortcode.ValueSource;

/**
 * The {@code render} shortcode: {@code {{<render file="dir/_x.md" withParameters="a;;b">}}}.
 * Thread-safe; one per build. Each call site goes into the expansion ({@link Expansion#called}), from which
 * the build indexes what renders each partial.
 */
public final class RenderShortcode implements ShortcodeHandler {
  public static final String NAME = "render";
  private static final String SEPARATOR = ";;";
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
  private static final Pattern SEGMENT = Pattern.compile("[/\\\\]");

  private final PartialLibrary library;
  private final Markdownifier markdown;

  /**
   * @param library the site's partials
   * @param markdown renders a partial on its own, for a call in a table row ({@link #inTableRow})
   */
  public RenderShortcode(PartialLibrary library, Markdownifier markdown) {
    this.library = library;
    this.markdown = markdown;
  }

  @Override
  public void expand(Call call, Scope scope, Expansion out) {
    Optional<Argument> fileArg = argument(call, "file", 0);
    if (fileArg.isEmpty() || fileArg.get().value().isBlank()) {
      out.report(Rule.PARTIAL_MISSING, scope, call.nameStart(),
          "render needs the partial to render: file=\"folder/_name.md\"");
      return;
    }
    String file = fileArg.get().value().strip();
    int fileAt = fileArg.get().textStart();
    String product = argument(call, "productFolder", -1).map(a -> cleanFolder(a.value().strip()))
        .orElseGet(() -> PartialLibrary.productOf(scope.file().path()).orElse(scope.page().product()));
    if (escapes(product)) {
      out.report(Rule.PARTIAL_PATH_ESCAPE, scope, fileAt, "partial path \"" + file + "\" leaves the partials folder:"
          + " productFolder=\"" + product + "\" is not a product folder; name one without \"..\" or a leading \"/\"");
      return;
    }
    if (!product.isEmpty()) {
      Optional<PartialPath> joined = join(product, file);
      if (joined.isEmpty()) {
        out.report(Rule.PARTIAL_PATH_ESCAPE, scope, fileAt, "partial path \"" + file + "\" leaves partials/" + product
            + "/; name a file inside it (\"..\" may only lead into another product's _partials folder)");
        return;
      }
      product = joined.get().product();
      file = joined.get().file();
    } else if (climbs(file)) {
      out.report(Rule.PARTIAL_PATH_ESCAPE, scope, fileAt, "partial path \"" + file + "\" leaves the partials folder;"
          + " name a file inside it, without \"..\"");
      return;
    }
    out.dependsOn(new Dependency(Dependency.Kind.PARTIAL, product, file));
    Optional<Partial> found = library.find(product, file);
    if (found.isEmpty() && product.isEmpty()) {
      out.report(Rule.PARTIAL_MISSING, scope, fileAt, "partial \"" + file + "\" has no product folder to be found in:"
          + " this page is not in a product folder (content/PRODUCT/…), so name one with productFolder=\"…\"");
      return;
    }
    if (found.isEmpty()) {
      out.report(Rule.PARTIAL_MISSING, scope, fileAt, "partial \"" + file + "\" not found in partials/" + product
          + "/ or content/" + product + "/_partials/"
          + library.suggest(product, file).map(s -> " (did you mean \"" + s + "\"?)").orElse(""));
      return;
    }
    Partial partial = found.get();
    Located callSite = scope.locate(call.start());
    out.called(new PartialCall(partial.path(), callSite.at()));

    if (scope.chain().contains(partial.path())) {
      List<String> cycle = new ArrayList<>(scope.chain().subList(scope.chain().indexOf(partial.path()), scope.chain().size()));
      cycle.add(partial.path());
      out.report(Rule.PARTIAL_CYCLE, scope, call.start(), "partial cycle: " + String.join(" -> ", cycle));
      return;
    }
    if (scope.chain().size() >= Limits.PARTIAL_DEPTH) {
      out.report(Rule.LIMIT_EXCEEDED, scope, call.start(), "partials render partials more than "
          + Limits.PARTIAL_DEPTH + " deep here (the render calls are listed below), from "
          + scope.chain().get(0) + " to " + partial.path());
      return;
    }
    Optional<Argument> withParameters = argument(call, "withParameters", -1);
    List<String> values = withParameters.map(a -> split(a.value())).orElse(List.of());
    int valuesAt = withParameters.map(Argument::start).orElse(call.nameStart());
    checkCount(partial, values, scope, valuesAt, out);
    List<ValueSource> sources = withParameters.map(a -> sources(a, values, scope)).orElse(List.of());

    List<Position> via = new ArrayList<>(scope.via());
    via.add(callSite.at());
    List<String> chain = new ArrayList<>(scope.chain());
    chain.add(partial.path());
    Scope inner = new Scope(scope.page(), partial.split().source(), partial.bodyStart(), via, true,
        partial.declared().size(), values, sources, chain);
    boolean verbatim = argument(call, "noMarkdown", -1).map(a -> a.value().strip().equalsIgnoreCase("true")).orElse(false);
    if (verbatim) {
      out.appendHtml(out.expandToText(partial.body().nodes(), inner), scope, call.start());
    } else if (inTableRow(scope, call)) {
      // Hugo puts the partial's HTML into the cell after the table is read, so its lines and
      // paragraphs stay in the cell; inserted as Markdown, its first line end would end the row
      // and break the table. So here the partial is rendered on its own, as Hugo renders it (a
      // one-paragraph partial inline), and goes in as HTML.
      out.appendHtml(markdown.markdownify(out.expandToText(partial.body().nodes(), inner)), scope, call.start());
    } else {
      boolean apart = standsApart(scope, call);
      if (apart && LIST_ITEM.matcher(partial.bodyText()).lookingAt()) {
        // In Hugo the call is a paragraph of its own, which ends a list above it, and the
        // partial's list is a list of its own (<ol start="3">). An empty block does the same
        // here; without it the partial's items would go on with the page's list.
        out.appendHtml("", scope, call.start());
        out.appendProduced("\n\n", scope, call.start());
      }
      out.expandNested(partial.body().nodes(), inner, indentOfLine(scope, call.start()));
      if (apart && blankLineFollows(scope, call) && endsWithList(partial.bodyText())) {
        // In Hugo the partial is one block of HTML in the page, so the page's text after it
        // starts blocks of its own: a `4.` after a partial that ends in `3.` is a list of its
        // own (<ol start="4">), an indented line is no continuation of the partial's last item.
        out.appendProduced("\n\n", scope, call.end());
        out.appendHtml("", scope, call.end());
      }
    }
  }

  /**
   * Whether the partial's last block at the left margin (a line at column 0 that starts the text
   * or follows a blank line) is a list item, so that the page's lines after it could go on with it.
   */
  static boolean endsWithList(String body) {
    String[] lines = body.split("\n", -1);
    for (int i = lines.length - 1; i >= 0; i--) {
      String line = lines[i];
      if (line.isBlank() || Character.isWhitespace(line.charAt(0))) continue;
      if (i == 0 || lines[i - 1].isBlank()) return LIST_ITEM.matcher(line).lookingAt();
    }
    return false;
  }

  /** Whether the line after the call's line is blank: the call's paragraph ends with it. */
  private static boolean blankLineFollows(Scope scope, Call call) {
    String text = scope.file().text();
    int lineEnd = text.indexOf('\n', scope.base() + call.end());
    if (lineEnd < 0) return false;
    int nextEnd = text.indexOf('\n', lineEnd + 1);
    return text.substring(lineEnd + 1, nextEnd < 0 ? text.length() : nextEnd).isBlank();
  }

  /**
   * Whether the call stands in a table row: its line has a {@code |} before the call (a row's
   * leading pipe, or the one between cells of a row written without it).
   */
  private static boolean inTableRow(Scope scope, Call call) {
    String text = scope.file().text();
    int at = scope.base() + call.start();
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    return text.substring(lineStart, at).indexOf('|') >= 0;
  }

  /**
   * Whether the call is a block of its own at the start of its line, after a blank line (not at
   * the start of its file, where there is no list above it to end), with nothing after it on its
   * line.
   */
  private static boolean standsApart(Scope scope, Call call) {
    String text = scope.file().text();
    int at = scope.base() + call.start();
    int end = scope.base() + call.end();
    if (at > 0 && text.charAt(at - 1) != '\n') return false;
    int lineEnd = text.indexOf('\n', end);
    if (!text.substring(end, lineEnd < 0 ? text.length() : lineEnd).isBlank()) return false;
    if (at <= scope.base() + 1) return false;
    int previousStart = text.lastIndexOf('\n', at - 2) + 1;
    return text.substring(previousStart, at - 1).isBlank();
  }

  /** A list item's marker opening the first line of a text (after any blank lines). */
  private static final Pattern LIST_ITEM = Pattern.compile("(?:[ \t]*\n)*[ ]{0,3}(?:[-*+]|[0-9]{1,9}[.)])(?:[ \t]|\n|$)");

  private static void checkCount(Partial partial, List<String> values, Scope scope, int at, Expansion out) {
    int declared = partial.declared().size();
    if (declared == values.size()) return;
    String names = "[" + String.join(", ", partial.declared()) + "]";
    String given = "[" + String.join(" | ", values) + "]";
    if (values.isEmpty()) {
      out.report(Rule.PARTIAL_PARAMS_REQUIRED, scope, at, partial.path() + " declares " + declared
          + " parameter(s) " + names + " but the call gives no withParameters");
    } else if (declared == 0) {
      out.report(Rule.PARTIAL_PARAMS_UNDECLARED, scope, at, partial.path() + " declares no inputParameters but "
          + values.size() + " value(s) were given " + given);
    } else {
      out.report(Rule.PARTIAL_PARAM_COUNT, scope, at, partial.path() + " declares " + declared + " parameter(s) "
          + names + " but " + values.size() + " value(s) were given " + given);
    }
  }

  /** The call's named argument, or its positional argument at {@code position} (-1: named only). */
  private static Optional<Argument> argument(Call call, String name, int position) {
    List<Argument> positional = new ArrayList<>();
    for (Argument a : call.arguments()) {
      if (a.name().filter(name::equals).isPresent()) return Optional.of(a);
      if (a.name().isEmpty()) positional.add(a);
    }
    return position >= 0 && position < positional.size() ? Optional.of(positional.get(position)) : Optional.empty();
  }

  /**
   * Where each value of {@code withParameters} was written: at its own characters when the value
   * is written out as it is used; where the caller got it when it is a {@code $N} passed on from
   * a partial's own values; else (an escaped or partly substituted value) at its start.
   */
  private static List<ValueSource> sources(Argument argument, List<String> values, Scope scope) {
    String text = scope.file().text();
    int start = scope.base() + argument.textStart();
    List<String> raw = split(rawValue(argument, text, start));
    List<ValueSource> sources = new ArrayList<>(values.size());
    int offset = start;
    for (int i = 0; i < values.size(); i++) {
      if (raw.size() != values.size()) {
        sources.add(new ValueSource(scope.file(), start, false, scope.via()));
        continue;
      }
      String written = raw.get(i);
      Matcher passed = PASSED_ON.matcher(written);
      if (written.equals(values.get(i)) && !scope.substitutes()) {
        sources.add(new ValueSource(scope.file(), offset, true, scope.via()));
      } else if (scope.substitutes() && passed.matches() && Integer.parseInt(passed.group(1)) <= scope.sources().size()) {
        sources.add(scope.sources().get(Integer.parseInt(passed.group(1)) - 1));
      } else {
        sources.add(new ValueSource(scope.file(), offset, written.equals(values.get(i)), scope.via()));
      }
      offset += written.length() + SEPARATOR.length();
    }
    return sources;
  }

  private static final Pattern PASSED_ON = Pattern.compile("\\$([1-9][0-9]{0,8})");

  /** The value of {@code argument} as written in {@code text} from {@code start}, without its quotes. */
  private static String rawValue(Argument argument, String text, int start) {
    int end = start;
    switch (argument.kind()) {
      case RAW -> end = text.indexOf('`', start);
      case QUOTED -> {
        while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
      }
      default -> {
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) end++;
      }
    }
    return text.substring(start, Math.max(start, Math.min(end < 0 ? start : end, text.length())));
  }

  static List<String> split(String values) {
    if (values.isEmpty()) return List.of();
    return List.of(values.split(SEPARATOR, -1));
  }

  /**
   * A {@code productFolder} value as Hugo's {@code path.Join} in Cloudflare's shortcode cleans
   * it: empty and {@code .} segments drop out, so {@code /workers/} is {@code workers}. A value
   * that is nothing else keeps its slash and is an escape.
   */
  private static String cleanFolder(String folder) {
    List<String> kept = new ArrayList<>();
    for (String segment : folder.split("/")) {
      if (!segment.isEmpty() && !segment.equals(".")) kept.add(segment);
    }
    return kept.isEmpty() ? folder : String.join("/", kept);
  }

  /** Whether a product folder name is not one folder of the site: absolute, or with {@code ..}. */
  private static boolean escapes(String product) {
    return product.startsWith("/") || product.startsWith("\\") || DRIVE.matcher(product).find() || climbs(product);
  }

  private static boolean climbs(String path) {
    for (String segment : SEGMENT.split(path)) {
      if (segment.equals("..")) return true;
    }
    return false;
  }

  /**
   * The product and file {@code file} names once joined after {@code PRODUCT/_partials/} as
   * Hugo's {@code path.Join} joins it in Cloudflare's render shortcode: empty and {@code .}
   * segments drop out, so a leading {@code /} stays inside the product's partials
   * ({@code /deployment/_x.md} is {@code deployment/_x.md}), and {@code ..} may climb into another
   * product's partials folder ({@code ../../dns/_partials/_x.md} from any product is dns's
   * {@code _x.md}). Empty when the joined path climbs above the content folder or lands outside
   * every product's partials folder. Only the partials read at load are ever looked up, so no
   * name reaches the file system.
   */
  private static Optional<PartialPath> join(String product, String file) {
    List<String> parts = new ArrayList<>(List.of(product, "_partials"));
    for (String segment : file.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) continue;
      if (!segment.equals("..")) {
        parts.add(segment);
      } else if (parts.isEmpty()) {
        return Optional.empty();
      } else {
        parts.remove(parts.size() - 1);
      }
    }
    if (parts.size() < 2 || !parts.get(1).equals("_partials")) return Optional.empty();
    return Optional.of(new PartialPath(parts.get(0), String.join("/", parts.subList(2, parts.size()))));
  }

  /** A partial's product and its file within that product's partials. */
  private record PartialPath(String product, String file) {}

  /**
   * The indentation that keeps the partial inside the block containers the call stands in: the
   * call's line up to the call when that is blank; else the block quote markers and list
   * markers that open the line, a list marker turned into spaces (its item's content column),
   * so {@code 6. {{<render …>}}} keeps all of the partial in item 6, as Hugo's HTML does.
   */
  private static String indentOfLine(Scope scope, int callStart) {
    String text = scope.file().text();
    int at = scope.base() + callStart;
    int lineStart = text.lastIndexOf('\n', at - 1) + 1;
    String before = text.substring(lineStart, at);
    if (before.isBlank()) return before;
    Matcher containers = CONTAINERS.matcher(before);
    if (!containers.lookingAt()) return "";
    StringBuilder indent = new StringBuilder();
    Matcher marker = CONTAINER.matcher(containers.group());
    while (marker.find()) {
      indent.append(marker.group(1));
      indent.append(marker.group(2).startsWith(">") ? marker.group(2) : marker.group(2).replaceAll("[^\t]", " "));
    }
    return indent.toString();
  }

  /** One block container opening a line: spaces, then a block quote marker or a list marker and its spaces. */
  private static final String CONTAINER_TEXT = "([ \t]*)(>[ \t]?|(?:[-*+]|[0-9]{1,9}[.)])[ \t]+)";
  private static final Pattern CONTAINER = Pattern.compile(CONTAINER_TEXT);
  private static final Pattern CONTAINERS = Pattern.compile("(?:" + CONTAINER_TEXT + ")+");
}
