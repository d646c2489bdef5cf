package quire.mermaid;

import java.util.List;
import java.util.regex.Pattern;
import quire.mermaid.Token.Kind;

/**
 * Cuts flowchart text into {@link Token}s with offsets. Mermaid's lexer is modal (a label reads
 * differently from a statement), so the parser says which mode it wants: {@link #next(boolean)} for
 * statement tokens, {@link #label} inside a shape, {@link #edgeText} inside {@code -- text -->},
 * {@link #restOfLine(boolean)} for keyword arguments. See {@code grammar.md} beside this file. Not
 * thread-safe: one per parse.
 */
final class FlowchartLexer {
  /** Shape openers, longest first so that {@code (((} wins over {@code ((}. */
  static final List<String> OPENERS =
      List.of("(((", "((", "([", "(-", "(", "[[", "[(", "[/", "[\\", "[", "{{", "{", ">");

  private static final List<String> COLON_KEYWORDS = List.of("accTitle", "accDescr");
  /**
   * mermaid's keywords that its lexer reads when no letter, digit or '_' follows (but for
   * {@code default}, which it also takes for an id).
   */
  private static final List<String> WORD_KEYWORDS = List.of("style", "linkStyle", "interpolate", "classDef", "class",
      "flowchart-elk", "swimlane-beta", "graph", "flowchart", "subgraph", "end", "_self", "_blank", "_parent", "_top");
  private static final Pattern DIRECTION_LINE = Pattern.compile(".*direction\\s+(?:TB|BT|RL|LR|TD)");

  private final String src;
  private int pos;
  /** The run of text without a blank or quote that {@link #edgeIdAt} last looked at, and its last '@' that may end an edge id. */
  private int runFrom;
  private int runEnd;
  private int runLastAt = -1;

  FlowchartLexer(String src, int pos) {
    this.src = src;
    this.pos = pos;
  }

  int pos() {
    return pos;
  }

  void reset(int to) {
    pos = to;
  }

  String source() {
    return src;
  }

  boolean atEnd() {
    return pos >= src.length();
  }

  /**
   * A blank as mermaid's lexer reads one (JavaScript's {@code \s}) other than a line break: a
   * space, a tab, a no-break space, an ideographic space and the other Unicode spaces.
   */
  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\u00a0' || c == '\u1680'
        || c >= '\u2000' && c <= '\u200a' || c == '\u2028' || c == '\u2029' || c == '\u202f'
        || c == '\u205f' || c == '\u3000' || c == '\ufeff';
  }

  /**
   * Skips blanks, {@code %%{init}%%} directives and comment lines, never a line break. As in
   * mermaid, which drops comment lines before it parses, a comment is a line whose first
   * non-blank characters are {@code %%} and something after them: {@code %%} later in a line is
   * text ({@code A --> B %% note} is an error, as it is in mermaid).
   */
  void skipBlanks() {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (isBlank(c) || c == '\r' && !startsWith("\r\n", pos)) {
        pos++;
      } else if (startsWith("%%{", pos) && src.indexOf("}%%", pos) >= 0) {
        pos = src.indexOf("}%%", pos) + 3;
      } else if (startsWith("%%", pos) && startsLine(pos) && pos + 2 < src.length() && src.charAt(pos + 2) != '\n') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  /** The edge id starting at {@code start} ({@link #edgeIdAt}) as a token, its text the id without the '@'; or null. */
  Token edgeIdToken(int start) {
    int at = edgeIdAt(start);
    return at < 0 ? null : new Token(Kind.EDGE_ID, start, at + 1, src.substring(start, at));
  }

  /**
   * Where the '@' of an edge id starting at {@code start} is, or -1. mermaid's lexer reads an edge
   * id ({@code [^\s"]+@(?=[^{"])}) wherever a statement token starts, before a node id, a shape or
   * a link, unless a keyword starts there: the longest run of text without a blank or a quote
   * that ends with an '@' followed by anything but '{' or '"'. So {@code A e1@--> B} names its
   * edge, and {@code A[@Service]} or {@code A -->|@Valid| B} are edge ids where no edge id may
   * stand (an error in mermaid, and here).
   */
  private int edgeIdAt(int start) {
    if (start < runFrom || start >= runEnd) {
      // The run around start, found once for every token in it (a long run of tokens without a
      // blank would otherwise be scanned again from each).
      runFrom = start;
      runLastAt = -1;
      int i = start;
      for (; i < src.length(); i++) {
        char c = src.charAt(i);
        if (c == '"' || c == '\n' || c == '\r' || isBlank(c)) {
          break;
        }
        if (c == '@' && i + 1 < src.length() && src.charAt(i + 1) != '{' && src.charAt(i + 1) != '"') {
          runLastAt = i;
        }
      }
      runEnd = i;
    }
    int at = runLastAt > start ? runLastAt : -1;
    return at >= 0 && startsKeyword(start) ? -1 : at;
  }

  /** mermaid's keyword rules, which its lexer tries before the edge id: whether one matches at {@code i}. */
  private boolean startsKeyword(int i) {
    if (keywordAt(i) != null || startsWith("default", i) && !isAsciiWordCharAt(i + "default".length())) {
      return true;
    }
    if (startsWith("@{", i) || startsWith("accTitle", i) || startsWith("accDescr", i)) {
      return true;
    }
    // ".*direction\s+TB[^\n]*" and the other directions: a whole line.
    int eol = src.indexOf('\n', i);
    return DIRECTION_LINE.matcher(src.substring(i, eol < 0 ? src.length() : eol)).lookingAt();
  }

  /**
   * The keyword mermaid's lexer reads at {@code i} where a node id may start, which no node id
   * may be (its rule matches before an id's does: {@code end} in {@code end-user}), or null.
   * {@code default} is not one: mermaid takes it for an id.
   */
  String keywordAt(int i) {
    for (String keyword : WORD_KEYWORDS) {
      if (startsWith(keyword, i) && !isAsciiWordCharAt(i + keyword.length())) {
        return keyword;
      }
    }
    for (String keyword : List.of("call", "href", "click")) {
      // These are keywords when a blank or line end follows (mermaid's text always ends with one).
      int after = i + keyword.length();
      if (startsWith(keyword, i) && (after >= src.length() || isBlank(src.charAt(after)) || src.charAt(after) == '\n'
          || src.charAt(after) == '\r')) {
        return keyword;
      }
    }
    return null;
  }

  private boolean isAsciiWordCharAt(int i) {
    return i < src.length() && isAsciiWordChar(src.charAt(i));
  }

  /** A character of a word, as JavaScript's {@code \w} reads it. */
  static boolean isAsciiWordChar(char c) {
    return c < 128 && (Character.isLetterOrDigit(c) || c == '_');
  }

  /** Whether only blanks stand between the start of {@code i}'s line and {@code i}. */
  private boolean startsLine(int i) {
    int j = i - 1;
    while (j >= 0 && src.charAt(j) != '\n' && (isBlank(src.charAt(j)) || src.charAt(j) == '\r')) {
      j--;
    }
    return j < 0 || src.charAt(j) == '\n';
  }

  /**
   * The next statement-mode token; blanks and comments before it are skipped. With {@code
   * links} false a link is not looked for, so that {@code x-->y} starts with the node {@code x}.
   */
  Token next(boolean links) {
    skipBlanks();
    while (startsWith("\"\"", pos)) {
      // An empty string is no token to mermaid's lexer: A[x]"" --> B is A[x] --> B.
      pos += 2;
      skipBlanks();
    }
    int start = pos;
    if (pos >= src.length()) {
      return new Token(Kind.EOF, start, start, "");
    }
    char c = src.charAt(pos);
    if (c == '\n' || startsWith("\r\n", pos)) {
      pos += c == '\n' ? 1 : 2;
      return new Token(Kind.NEWLINE, start, pos, "\n");
    }
    Token edgeId = edgeIdToken(start);
    if (edgeId != null) {
      pos = edgeId.end();
      return edgeId;
    }
    if (c == ';') {
      return single(Kind.SEMI);
    }
    if (c == '&') {
      return single(Kind.AMP);
    }
    if (c == '|') {
      return single(Kind.PIPE);
    }
    if (startsWith(":::", pos)) {
      pos += 3;
      return new Token(Kind.CLASS_SEP, start, pos, ":::");
    }
    if (startsWith("@{", pos)) {
      return shapeData();
    }
    // An x or o before a link's line is part of that link to mermaid's lexer, which tries links
    // before ids: where a node id may start, "x-->y" is a link.
    Token link = links || c == 'x' || c == 'o' ? link() : null;
    if (link != null) {
      return link;
    }
    for (String opener : OPENERS) {
      if (startsWith(opener, pos)) {
        pos += opener.length();
        return new Token(Kind.SHAPE_OPEN, start, pos, opener);
      }
    }
    for (String keyword : COLON_KEYWORDS) {
      // As mermaid's lexer does, "accTitle:" is read as its keyword before any id (an id may
      // hold a colon).
      if (startsWith(keyword + ":", pos)) {
        pos += keyword.length();
        return new Token(Kind.WORD, start, pos, keyword);
      }
    }
    if (isIdChar(pos)) {
      while (pos < src.length() && isIdChar(pos)) {
        pos++;
      }
      return new Token(Kind.WORD, start, pos, src.substring(start, pos));
    }
    pos = start + Character.charCount(src.codePointAt(start));
    return new Token(Kind.ERROR, start, pos, src.substring(start, pos));
  }

  /**
   * Whether the character at {@code i} may be part of a node id: mermaid's NODE_STRING, and the
   * colons, commas and ampersands it joins into an id ({@code bfs1:queue}, {@code a,b}, {@code
   * R&D}; {@code :::} is a class, and a comma or {@code &} between blanks separates).
   */
  boolean isIdChar(int i) {
    if (i >= src.length()) {
      return false;
    }
    char c = src.charAt(i);
    if (c == ':') {
      return !startsWith(":::", i);
    }
    if (c == ',' || c == '&') {
      return i > 0 && isWordChar(src.charAt(i - 1)) && i + 1 < src.length() && isWordChar(src.charAt(i + 1));
    }
    if (isWordChar(c)) {
      // '.' and '/' start links or shapes in some places; ids keep them, as mermaid does.
      return !(c == '.' && i + 1 < src.length() && src.charAt(i + 1) == '-');
    }
    if (c == '-') {
      // "-" belongs to an id unless a link starts here, before a blank or a line end too ("A- --> B"
      // links the node "A-"); "odd->text]" is the node "odd-" (mermaid has no "->" link).
      return i + 1 < src.length() && "-.".indexOf(src.charAt(i + 1)) < 0;
    }
    if (c == '=') {
      return i + 1 < src.length() && src.charAt(i + 1) != '=' && !isBreak(i + 1);
    }
    return Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL;
  }

  /** A letter, digit or one of the symbols mermaid's NODE_STRING holds anywhere. */
  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || "!#$%'*+.`?\\/".indexOf(c) >= 0;
  }

  private boolean isBreak(int i) {
    char c = src.charAt(i);
    return isBlank(c) || c == '\n' || c == '\r' || c == ';';
  }

  /**
   * A link ({@code -->}, {@code ---}, {@code -.->}, {@code ==>}, {@code ~~~}, {@code <-->},
   * {@code --o}, {@code --x} and longer ones) or the start of a link with text ({@code --},
   * {@code ==}, {@code -.}) at the current position, or null.
   */
  private Token link() {
    int start = pos;
    int i = pos;
    if (i < src.length() && "<xo".indexOf(src.charAt(i)) >= 0 && i + 1 < src.length()
        && "-=.".indexOf(src.charAt(i + 1)) >= 0) {
      i++;
    }
    if (i >= src.length()) {
      return null;
    }
    char c = src.charAt(i);
    if (c == '~' && startsWith("~~~", i)) {
      while (i < src.length() && src.charAt(i) == '~') {
        i++;
      }
      return linkToken(start, i, Kind.LINK);
    }
    if (c == '-' && i + 1 < src.length() && src.charAt(i + 1) == '.' || c == '.') {
      int j = c == '-' ? i + 1 : i;
      while (j < src.length() && src.charAt(j) == '.') {
        j++;
      }
      if (j < src.length() && src.charAt(j) == '-') {
        j++;
        if (j < src.length() && "xo>".indexOf(src.charAt(j)) >= 0) {
          j++;
        }
        return linkToken(start, j, Kind.LINK);
      }
      if (c == '-' && j == i + 2) {
        return linkToken(start, j, Kind.LINK_START);
      }
      return null;
    }
    if ((c == '-' || c == '=') && i + 1 < src.length() && src.charAt(i + 1) == c) {
      int j = i;
      while (j < src.length() && src.charAt(j) == c) {
        j++;
      }
      int run = j - i;
      if (j < src.length() && "xo>".indexOf(src.charAt(j)) >= 0) {
        return linkToken(start, j + 1, Kind.LINK);
      }
      if (run >= 3) {
        return linkToken(start, j, Kind.LINK);
      }
      return linkToken(start, j, Kind.LINK_START);
    }
    return null;
  }

  private Token linkToken(int start, int end, Kind kind) {
    pos = end;
    return new Token(kind, start, end, src.substring(start, end));
  }

  private Token shapeData() {
    int start = pos;
    int i = pos + 2;
    boolean quoted = false;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '}' && !quoted) {
        pos = i + 1;
        return new Token(Kind.SHAPE_DATA, start, pos, src.substring(start + 2, i));
      }
      i++;
    }
    pos = src.length();
    return new Token(Kind.ERROR, start, start + 2, "@{");
  }

  /**
   * Label text up to (not including) the first of {@code closers}: either a quoted string (quotes
   * dropped, anything allowed inside) or raw text without brackets, quotes or pipes, over lines
   * too. Returns a
   * TEXT token with the raw text, or an ERROR token at the offending character.
   */
  Token label(List<String> closers) {
    return label(closers, false);
  }

  /**
   * As {@link #label(List)}; with {@code quotes} a raw label may hold {@code "}, as mermaid's
   * trapezoids ({@code [/ ... \]} and the other three) do.
   */
  Token label(List<String> closers, boolean quotes) {
    int start = pos;
    int i = afterBlanks(pos);
    if (i < src.length() && src.charAt(i) == '"') {
      int close;
      String inner;
      if (startsWith("\"`", i)) {
        // A markdown string, as mermaid's lexer reads one: "` then text without ` or ", then `".
        int j = i + 2;
        while (j < src.length() && src.charAt(j) != '`' && src.charAt(j) != '"') {
          j++;
        }
        if (j >= src.length()) {
          return new Token(Kind.ERROR, i, i + 1, "\"");
        }
        if (!startsWith("`\"", j)) {
          return new Token(Kind.ERROR, j, j + 1, "`");
        }
        inner = src.substring(i + 2, j);
        close = j + 1;
      } else {
        close = src.indexOf('"', i + 1);
        if (close < 0) {
          return new Token(Kind.ERROR, i, i + 1, "\"");
        }
        inner = src.substring(i + 1, close);
      }
      pos = close + 1;
      // Raw text after the quotes, up to the closer, joins the label (["x" y] is "x y"; a line
      // end before the closer is blank), as mermaid reads it.
      int closer = closers.isEmpty() ? src.length() : pos;
      while (closer < src.length() && !startsWithAny(closers, closer)) {
        if (startsWith("\"\"", closer)) {
          closer += 2; // an empty string is nothing, as in mermaid
        } else if ("[](){}\"|".indexOf(src.charAt(closer)) < 0) {
          closer++;
        } else {
          break;
        }
      }
      if (closer > pos && closer < src.length() && startsWithAny(closers, closer)) {
        String rest = src.substring(pos, closer).replace("\"\"", "");
        pos = closer;
        return new Token(Kind.TEXT, start, pos, rest.isBlank() ? inner : inner + rest);
      }
      pos = afterBlanks(pos);
      return new Token(Kind.TEXT, start, pos, inner);
    }
    // As in mermaid, a label may go on over several lines. Stopped by a character it may not
    // hold after a line end, it is more likely a label never closed: the ERROR token "\n" says so.
    boolean crossedLine = false;
    boolean emptyStrings = false;
    for (; i < src.length(); i++) {
      if (startsWithAny(closers, i)) {
        pos = i;
        String text = src.substring(start, i);
        return new Token(Kind.TEXT, start, i, emptyStrings ? text.replace("\"\"", "") : text);
      }
      char c = src.charAt(i);
      if (c == '\n') {
        crossedLine = true;
      } else if (c == '"' && !quotes && startsWith("\"\"", i)) {
        emptyStrings = true; // an empty string is nothing, as in mermaid (A[x""] is x)
        i++;
      } else if ("[](){}|".indexOf(c) >= 0 || (c == '"' && !quotes)) {
        pos = i;
        return new Token(Kind.ERROR, i, i + 1, crossedLine ? "\n" : String.valueOf(c));
      }
    }
    pos = i;
    return new Token(Kind.EOF, i, i, "");
  }

  private boolean startsWithAny(List<String> closers, int i) {
    for (String closer : closers) {
      if (startsWith(closer, i)) {
        return true;
      }
    }
    return false;
  }

  /** Where the spaces and tabs from {@code i} on end. */
  private int afterBlanks(int i) {
    while (i < src.length() && isBlank(src.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Skips blanks and line ends. */
  void skipLineEnds() {
    while (pos < src.length() && (isBlank(src.charAt(pos)) || "\r\n".indexOf(src.charAt(pos)) >= 0)) {
      pos++;
    }
  }

  /** The first of {@code closers} at the current position, as a SHAPE_CLOSE token, or null. */
  Token closer(List<String> closers) {
    for (String closer : closers) {
      if (startsWith(closer, pos)) {
        int start = pos;
        pos += closer.length();
        return new Token(Kind.SHAPE_CLOSE, start, pos, closer);
      }
    }
    return null;
  }

  /**
   * The text of a link such as {@code -- text -->}, read after its start, up to where the
   * closing link of the same stroke begins. Returns TEXT; ERROR at a '=' in a thick link's text
   * or a '.' in a dotted one's that does not close it (mermaid's lexer reads none there), at a
   * quote after the text's start (its text {@code "}), or over a text that is only quotes (its
   * text empty); or EOF if no closing link comes, on this line or a later one.
   */
  Token edgeText(Stroke stroke) {
    int start = pos;
    int i = afterBlanks(pos);
    String quoted = null;
    if (i < src.length() && src.charAt(i) == '"' && !startsWith("\"\"", i)) {
      // A quoted text may hold what would end the link: "a -- b". Text after it joins it.
      int close = src.indexOf('"', i + 1);
      if (close > 0) {
        quoted = src.substring(i + 1, close);
        if (quoted.length() >= 2 && quoted.startsWith("`") && quoted.endsWith("`")) {
          quoted = quoted.substring(1, quoted.length() - 1); // a markdown string
        }
        i = close + 1;
      }
    }
    int textFrom = i;
    // The text may go on over lines, as mermaid's lexer reads it ("-- one\n two -->").
    for (; i < src.length(); i++) {
      char c = src.charAt(i);
      boolean closes =
          switch (stroke) {
            case THICK -> startsWith("==", i);
            case DOTTED -> c == '.' && dotsThenDash(i) || c == '-' && i + 1 < src.length() && src.charAt(i + 1) == '.' && dotsThenDash(i + 1);
            default -> startsWith("--", i);
          };
      if (c == '"') {
        if (startsWith("\"\"", i)) {
          i++; // an empty string is nothing, as in mermaid
          continue;
        }
        // mermaid reads a quoted text only at the start of a link's text.
        pos = i;
        return new Token(Kind.ERROR, i, i + 1, "\"");
      }
      if (!closes && (stroke == Stroke.THICK && c == '=' || stroke == Stroke.DOTTED && c == '.')) {
        // mermaid's lexer reads no '=' in a thick link's text and no '.' in a dotted one's but
        // the ones that end it.
        pos = i;
        return new Token(Kind.ERROR, i, i + 1, String.valueOf(c));
      }
      if (closes) {
        // As mermaid's lexer reads it, an x, o or < right before the closing link is the start of
        // that link, and is no text ("A --No--> B" has the text "N"); it draws no arrowhead.
        int end = i;
        if (end - 1 > start && "xo<".indexOf(src.charAt(end - 1)) >= 0) {
          end--;
        }
        pos = i;
        String written = src.substring(quoted == null ? start : Math.min(textFrom, end), end);
        String raw = quoted == null ? written.replace("\"\"", "").strip() : quoted + written.replace("\"\"", "").stripTrailing();
        if (raw.isEmpty() && (quoted != null || written.contains("\"\""))) {
          // An empty quoted text, as mermaid reads it, is no text: the link has none.
          pos = i;
          return new Token(Kind.ERROR, afterBlanks(start), i, "");
        }
        return new Token(Kind.TEXT, start, i, raw);
      }
    }
    pos = i;
    return new Token(Kind.EOF, i, i, "");
  }

  private boolean dotsThenDash(int i) {
    int j = i;
    while (j < src.length() && src.charAt(j) == '.') {
      j++;
    }
    return j > i && j < src.length() && src.charAt(j) == '-';
  }

  /**
   * The rest of the line (up to a line break, or ';' if {@code stopAtSemicolon}), stripped; the
   * break is not eaten.
   */
  Token restOfLine(boolean stopAtSemicolon) {
    int start = pos;
    int i = pos;
    while (i < src.length() && src.charAt(i) != '\n' && !(stopAtSemicolon && src.charAt(i) == ';')) {
      i++;
    }
    pos = i;
    return new Token(Kind.TEXT, start, i, src.substring(start, i).strip());
  }

  /**
   * The arguments of {@code click} up to the end of its statement: a line end or {@code ;}, but
   * not one inside a quoted link or tooltip (which may go on over lines) or inside a callback's
   * parentheses, as mermaid reads them.
   */
  Token clickArguments() {
    int start = pos;
    int i = pos;
    while (i < src.length() && src.charAt(i) != '\n' && src.charAt(i) != ';') {
      char c = src.charAt(i);
      int close = c == '"' ? src.indexOf('"', i + 1) : c == '(' ? src.indexOf(')', i + 1) : -1;
      i = close >= 0 ? close + 1 : i + 1;
    }
    pos = i;
    return new Token(Kind.TEXT, start, i, src.substring(start, i).strip());
  }

  /** The text up to the next '}' (for {@code accDescr { ... }}), or null if none comes. */
  Token upToBrace() {
    int close = src.indexOf('}', pos);
    if (close < 0) {
      return null;
    }
    int start = pos;
    pos = close + 1;
    return new Token(Kind.TEXT, start, close, src.substring(start, close).strip());
  }

  boolean startsWith(String s, int at) {
    return src.startsWith(s, at);
  }

  char peekChar() {
    return pos < src.length() ? src.charAt(pos) : '\0';
  }

  private Token single(Kind kind) {
    int start = pos++;
    return new Token(kind, start, pos, src.substring(start, pos));
  }
}
