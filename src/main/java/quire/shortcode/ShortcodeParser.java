package quire.shortcode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import quire.diag.Limits;

/**
 * Parses Hugo-style shortcodes in a text into a tree of nodes with offsets, and reports every
 * syntax error. Shortcodes are found wherever they stand (code fences included), as Hugo does;
 * nothing here knows Markdown. Stateless and safe to share between threads.
 *
 * <h2>Grammar</h2>
 *
 * <pre>
 * text        = { TEXT | escaped | tag } ;
 * escaped     = "{{&lt;/*" any "*&#47;&gt;}}" | "{{%/*" any "*&#47;%}}" ;  (* no space before /* *)
 * tag         = left [ "/" ] name { argument } ( right | "/" right ) ;
 * left, right = "{{&lt;" ... "&gt;}}"  |  "{{%" ... "%}}" ;  (* the other right one is an error *)
 * name        = name-char { name-char } ;          (* first a letter, digit or "_" *)
 * name-char   = letter | digit | "-" | "_" | "/" ;
 * argument    = key "=" value | value ;            (* spaces allowed around "=" *)
 * key         = WORD ;
 * value       = QUOTED | RAW | WORD ;
 * QUOTED      = '"' { char - '"' - newline | '\"' | '\\' } '"' ;
 * RAW         = "`" { char - "`" } "`" ;             (* may span lines; no escapes *)
 * WORD        = { char - space - '"' - "`" - "{" - "}" - "&lt;" - "&gt;" - "=" } ;
 *                 (* a WORD after "=" may hold "=", as Hugo reads a value up to a space *)
 * </pre>
 *
 * <p>Spaces, tabs and newlines between tokens are ignored. A tag is closing when a {@code /}
 * precedes its name; it then takes no arguments and cannot be self-closed. One tag's arguments are
 * all named or all positional. A closing tag pairs with the innermost open call of the same name
 * (names are case-sensitive; the delimiters may differ, as Hugo allows); the open calls above it
 * stay calls without inner text. As in Hugo, only a shortcode that takes inner text pairs: an
 * opening tag of one that does not (the {@code render} shortcode, a template that never reads
 * {@code inner}) is a call on its own, so a stray closing tag never swallows the text before it.
 * A closing tag that closes no open call is an error and its text is left out of the tree, the
 * only gap in it. Paired calls nest at most {@link Limits#SHORTCODE_DEPTH} deep: the closing tag
 * that would nest deeper is one error, every call open then stays a call on its own, and the
 * closing tags left over are part of that error.
 *
 * <p>After an error in a tag, the tag is text up to the end of its line or the next
 * <code>{{</code>, whichever comes first, and parsing goes on from there, so one run reports
 * every error.
 */
public final class ShortcodeParser {
  private ShortcodeParser() {}

  /**
   * Parses {@code text} as if every shortcode took inner text; never throws on bad input, which
   * is reported in the errors instead.
   */
  public static ParsedText parse(String text) {
    return parse(text, name -> true);
  }

  /**
   * Parses {@code text}; {@code takesInner} says which shortcode names pair with a closing tag.
   * Never throws on bad input, which is reported in the errors instead.
   */
  public static ParsedText parse(String text, Predicate<String> takesInner) {
    if (text.indexOf("{{") < 0) {
      return new ParsedText(text.isEmpty() ? List.of() : List.of(new Text(0, text.length())),
          List.of());
    }
    return new Run(text, takesInner).parse();
  }

  /**
   * The state of one parse. Nodes go into one flat list; an opening tag adds its call there at
   * once, as if standalone, and remembers the index. A matching closing tag replaces that call
   * and everything after it with the paired call, so calls left open need no further work and
   * every step is amortized constant time.
   */
  private static final class Run {
    private final String text;
    private final ShortcodeLexer lexer;
    private final List<SyntaxError> errors = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    /** For each node, how deep paired calls nest in it (0 for text, 1 for a call without pairs inside). */
    private final List<Integer> depths = new ArrayList<>();
    private final Predicate<String> takesInner;
    private boolean depthReported;
    /** Calls without a closing tag yet, innermost last. */
    private final List<Open> open = new ArrayList<>();
    /** For each name, the indexes into {@link #open} of its open calls, innermost last. */
    private final Map<String, ArrayDeque<Integer>> openByName = new HashMap<>();

    Run(String text, Predicate<String> takesInner) {
      this.text = text;
      this.takesInner = takesInner;
      this.lexer = new ShortcodeLexer(text);
    }

    ParsedText parse() {
      int pos = 0;
      while (pos < text.length()) {
        int tagStart = lexer.findTagStart(pos);
        if (tagStart < 0) {
          addText(pos, text.length());
          break;
        }
        addText(pos, tagStart);
        pos = handleTag(tagStart);
      }
      errors.sort(Comparator.comparingInt(SyntaxError::offset));
      return new ParsedText(nodes, errors);
    }

    /** Handles the tag at {@code start}; returns where to carry on. */
    private int handleTag(int start) {
      List<Token> tokens = lexer.lexTag(start);
      Token last = tokens.get(tokens.size() - 1);
      if (last.kind() == TokenKind.ESCAPED_TAG) {
        add(new Escaped(last.start(), last.end(), last.value()), 0);
        return last.end();
      }
      if (last.kind() == TokenKind.ERROR) return recover(start, last.start(), last.value());
      Delimiter delimiter =
          text.charAt(start + 2) == '<' ? Delimiter.ANGLE : Delimiter.PERCENT;
      TagParse parse = new TagParse(text, delimiter, tokens);
      Optional<Tag> tag = parse.tag();
      if (tag.isEmpty()) return recover(start, parse.errorAt, parse.errorMessage);
      place(tag.get());
      return last.end();
    }

    private int recover(int tagStart, int errorAt, String message) {
      errors.add(new SyntaxError(errorAt, message));
      int resume = lexer.resyncAfter(tagStart);
      addText(tagStart, resume);
      return resume;
    }

    private void place(Tag tag) {
      if (tag.closing()) {
        closeTag(tag);
        return;
      }
      if (!tag.selfClosed() && takesInner.test(tag.name())) {
        openByName.computeIfAbsent(tag.name(), name -> new ArrayDeque<>()).addLast(open.size());
        open.add(new Open(tag, nodes.size()));
      }
      add(call(tag, tag.end(), Optional.empty()), 1);
    }

    private void add(Node node, int depth) {
      nodes.add(node);
      depths.add(depth);
    }

    private void closeTag(Tag closing) {
      ArrayDeque<Integer> sameName = openByName.get(closing.name());
      if (sameName == null || sameName.isEmpty()) {
        if (depthReported) return;
        String message = "`" + closing.shown() + "` closes no open shortcode";
        if (!takesInner.test(closing.name())) {
          message += ": `" + closing.name() + "` takes no inner text, so its calls need no closing tag";
        } else if (!open.isEmpty()) {
          message += "; the open one is `" + open.get(open.size() - 1).tag.name() + "`";
        }
        errors.add(new SyntaxError(closing.start(), message));
        return;
      }
      int match = sameName.peekLast();
      // The calls opened after the match stay standalone: they are in the list already.
      while (open.size() > match + 1) {
        Open popped = open.remove(open.size() - 1);
        openByName.get(popped.tag.name()).removeLast();
      }
      Open paired = open.remove(match);
      sameName.removeLast();
      int depth = 1;
      for (int i = paired.index + 1; i < nodes.size(); i++) depth = Math.max(depth, depths.get(i) + 1);
      if (depth > Limits.SHORTCODE_DEPTH) {
        // Reported once. Every call still open stays a call on its own, so the closing tags
        // further out close nothing; they belong to this error and are not reported again.
        depthReported = true;
        errors.add(new SyntaxError(closing.start(), "`" + closing.shown() + "` would nest paired shortcodes "
            + depth + " deep; at most " + Limits.SHORTCODE_DEPTH + " are allowed"));
        open.clear();
        openByName.clear();
        return;
      }
      List<Node> after = nodes.subList(paired.index, nodes.size());
      List<Node> innerNodes = new ArrayList<>(after.subList(1, after.size()));
      after.clear();
      depths.subList(paired.index, depths.size()).clear();
      Inner inner = new Inner(paired.tag.end(), closing.start(), innerNodes);
      add(call(paired.tag, closing.end(), Optional.of(inner)), depth);
    }

    private static Call call(Tag tag, int end, Optional<Inner> inner) {
      return new Call(tag.name(), tag.delimiter(), tag.arguments(), tag.start(), end, tag.end(),
          tag.nameStart(), tag.selfClosed(), inner);
    }

    /** Adds a text run, merged with a text run it touches. */
    private void addText(int start, int end) {
      if (end <= start) return;
      int last = nodes.size() - 1;
      if (last >= 0 && nodes.get(last) instanceof Text before && before.end() == start) {
        nodes.set(last, new Text(before.start(), end));
      } else {
        add(new Text(start, end), 0);
      }
    }
  }

  /** An opening tag without its closing tag yet, and the index of its call in the node list. */
  private record Open(Tag tag, int index) {}

  /** Parses the tokens of one tag; on the first error, records it and gives up on the tag. */
  private static final class TagParse {
    private final String text;
    private final Delimiter delimiter;
    private final Iterator<Token> tokens;
    private Token current;
    int errorAt;
    String errorMessage;

    TagParse(String text, Delimiter delimiter, List<Token> tokens) {
      this.text = text;
      this.delimiter = delimiter;
      this.tokens = tokens.iterator();
      this.current = this.tokens.next(); // the left delimiter
    }

    Optional<Tag> tag() {
      int start = current.start();
      advance();
      boolean closing = current.kind() == TokenKind.SLASH;
      if (closing) advance();
      if (current.kind() != TokenKind.WORD) {
        return fail(current.start(), "expected a shortcode name after `" + delimiter.left()
            + (closing ? " /" : "") + "`, found " + current.describe(text));
      }
      String name = current.value();
      int nameStart = current.start();
      if (!isName(name)) {
        return fail(nameStart, "`" + name + "` is not a shortcode name: use letters, digits, "
            + "`-`, `_` and `/`, starting with a letter or digit");
      }
      advance();
      List<Argument> arguments = new ArrayList<>();
      Argument firstNamed = null;
      Argument firstPositional = null;
      while (current.kind() != TokenKind.RIGHT_DELIMITER
          && current.kind() != TokenKind.SELF_CLOSING_DELIMITER) {
        Optional<Argument> parsed = argument();
        if (parsed.isEmpty()) return Optional.empty();
        Argument argument = parsed.get();
        if (argument.isNamed() && firstPositional != null) {
          return fail(argument.start(), "named argument `" + argument.name().get()
              + "` after a positional one: one shortcode takes named or positional arguments,"
              + " not both");
        }
        if (!argument.isNamed() && firstNamed != null) {
          return fail(argument.start(), "positional argument after the named argument `"
              + firstNamed.name().get() + "`: one shortcode takes named or positional"
              + " arguments, not both");
        }
        if (argument.isNamed() && firstNamed == null) firstNamed = argument;
        if (!argument.isNamed() && firstPositional == null) firstPositional = argument;
        arguments.add(argument);
      }
      boolean selfClosed = current.kind() == TokenKind.SELF_CLOSING_DELIMITER;
      if (closing && !arguments.isEmpty()) {
        return fail(arguments.get(0).start(), "the closing tag `" + delimiter.left() + " /"
            + name + " " + delimiter.right() + "` takes no arguments");
      }
      if (closing && selfClosed) {
        return fail(current.start(), "a closing tag cannot also be self-closing; write `"
            + delimiter.right() + "`");
      }
      return Optional.of(new Tag(delimiter, closing, selfClosed, name, nameStart, arguments,
          start, current.end()));
    }

    private Optional<Argument> argument() {
      Token first = current;
      switch (first.kind()) {
        case WORD -> {
          advance();
          if (current.kind() != TokenKind.EQUALS) {
            return Optional.of(new Argument(Optional.empty(), first.value(), ValueKind.BARE,
                first.start(), first.start()));
          }
          Token equals = current;
          advance();
          if (!isValue(current)) {
            return failArgument(equals.start(), "`=` after `" + first.value()
                + "` has no value; found " + current.describe(text));
          }
          Token value = current;
          advance();
          return Optional.of(new Argument(Optional.of(first.value()), value.value(),
              kindOf(value), first.start(), value.start()));
        }
        case QUOTED_STRING, RAW_STRING -> {
          advance();
          if (current.kind() == TokenKind.EQUALS) {
            return failArgument(current.start(), "a key before `=` is written without quotes");
          }
          return Optional.of(new Argument(Optional.empty(), first.value(), kindOf(first),
              first.start(), first.start()));
        }
        case EQUALS -> {
          return failArgument(first.start(), "`=` has no key before it");
        }
        case SLASH -> {
          return failArgument(first.start(), "unexpected `/`: a closing tag has it before the"
              + " name, as in `" + delimiter.left() + " /name " + delimiter.right()
              + "`, and a self-closing tag just before `" + delimiter.right() + "`");
        }
        default -> {
          return failArgument(first.start(), "unexpected " + first.describe(text));
        }
      }
    }

    private void advance() {
      current = tokens.next();
    }

    private Optional<Tag> fail(int at, String message) {
      errorAt = at;
      errorMessage = message;
      return Optional.empty();
    }

    private Optional<Argument> failArgument(int at, String message) {
      fail(at, message);
      return Optional.empty();
    }

    private static boolean isValue(Token token) {
      return token.kind() == TokenKind.WORD || token.kind() == TokenKind.QUOTED_STRING
          || token.kind() == TokenKind.RAW_STRING;
    }

    private static ValueKind kindOf(Token token) {
      return switch (token.kind()) {
        case QUOTED_STRING -> ValueKind.QUOTED;
        case RAW_STRING -> ValueKind.RAW;
        default -> ValueKind.BARE;
      };
    }

    private static boolean isName(String word) {
      char first = word.charAt(0);
      if (!Character.isLetterOrDigit(first) && first != '_') return false;
      for (int i = 1; i < word.length(); i++) {
        char c = word.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '-' && c != '_' && c != '/') return false;
      }
      return true;
    }
  }
}
