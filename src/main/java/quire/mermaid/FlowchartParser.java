package quire.mermaid;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import quire.diag.Limits;
import quire.mermaid.Token.Kind;

/**
 * Parses mermaid flowchart text ({@code graph} / {@code flowchart}) into a {@link Flowchart}, or
 * says which other diagram type the text is, or where its first syntax error is. The grammar is in
 * {@code grammar.md} beside this file. Stateless entry point; each call builds its own parser, so
 * {@link #parse} may be called from many threads.
 */
final class FlowchartParser {

  /** What parsing made of the text. */
  sealed interface Result {
    record Parsed(Flowchart chart) implements Result {}

    record OtherType(String diagramType) implements Result {}

    record Failed(int offset, String message) implements Result {}

    /** Over one of the {@link Limits} at {@code offset}: too many nodes or edges. */
    record TooLarge(int offset, String message) implements Result {}
  }

  private static final Set<String> FLOWCHART_KEYWORDS = Set.of("graph", "flowchart", "flowchart-elk");
  private static final Pattern DIAGRAM_TYPE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
  private static final Pattern DECLARATION_START = Pattern.compile("\\s*[A-Za-z-]+\\s*:.*", Pattern.DOTALL);

  /** Thrown inside the parser only, to unwind to {@link #parse}, which turns it into a value. */
  private static final class SyntaxError extends RuntimeException {
    final int offset;
    /** True when the text is valid but over a limit. */
    final boolean limit;

    SyntaxError(int offset, String message) {
      this(offset, message, false);
    }

    SyntaxError(int offset, String message, boolean limit) {
      super(message, null, false, false);
      this.offset = offset;
      this.limit = limit;
    }
  }

  private static final class NodeDraft {
    final String id;
    final int offset;
    Label label;
    Shape shape = Shape.RECT;
    final List<String> classes = new ArrayList<>();
    final List<String> style = new ArrayList<>();
    Node.Link link;
    String tooltip;

    NodeDraft(String id, int offset) {
      this.id = id;
      this.offset = offset;
      this.label = LabelText.parse(id, false); // drawn as a label is: mermaid draws an icon id (fa:fa-car) as the icon
    }
  }

  private static final class OpenSubgraph {
    final String id; // null: mermaid numbers it when it closes
    final Label title;
    final int offset;
    Optional<Direction> direction = Optional.empty();
    final List<String> mentions = new ArrayList<>();

    OpenSubgraph(String id, Label title, int offset) {
      this.id = id;
      this.title = title;
      this.offset = offset;
    }
  }

  private record ClosedSubgraph(String id, Label title, Optional<Direction> direction, List<String> members, int order) {}

  private record LinkStyle(List<Integer> indices, List<String> style, int offset) {}

  private final String text;
  private final FlowchartLexer lx;
  private Direction direction = Direction.TB;
  private final Map<String, NodeDraft> nodes = new LinkedHashMap<>();
  private final List<Edge> edges = new ArrayList<>();
  private final Deque<OpenSubgraph> open = new ArrayDeque<>();
  private final List<ClosedSubgraph> closed = new ArrayList<>();
  /** Subgraphs closed so far, one written twice counted twice: mermaid numbers subGraphN so. */
  private int subgraphsClosed;
  private final Set<String> inClosedSubgraph = new HashSet<>();
  private final Map<String, List<String>> classDefs = new LinkedHashMap<>();
  private final Map<String, List<String>> classAssignments = new LinkedHashMap<>();
  private final List<LinkStyle> linkStyles = new ArrayList<>();
  private String accTitle;
  private String accDescr;
  private String frontMatter = "";

  private FlowchartParser(String text) {
    this.text = text;
    this.lx = new FlowchartLexer(text, 0);
  }

  /** Parses one diagram's text. */
  static Result parse(String text) {
    FlowchartParser p = new FlowchartParser(singleQuotedAttributes(text));
    try {
      return p.diagram();
    } catch (SyntaxError e) {
      int offset = Math.min(e.offset, text.length());
      return e.limit ? new Result.TooLarge(offset, e.getMessage()) : new Result.Failed(offset, e.getMessage());
    }
  }

  /**
   * The text with every double-quoted attribute value of an HTML tag ({@code <img src="a.png">})
   * single-quoted, as mermaid cleans a diagram up before parsing it: a double quote inside a
   * label would otherwise start a string. A tag is {@code <}, a word, and anything up to the next
   * {@code >}, across lines too. Same length, so every offset stays where it was; linear, where
   * mermaid's regular expression is quadratic on a {@code <} never closed.
   */
  static String singleQuotedAttributes(String text) {
    int open = text.indexOf('<');
    if (open < 0 || text.indexOf('"', open) < 0) {
      return text;
    }
    char[] out = text.toCharArray();
    while (open >= 0) {
      int name = open + 1;
      while (name < out.length && FlowchartLexer.isAsciiWordChar(out[name])) {
        name++;
      }
      if (name == open + 1) {
        open = text.indexOf('<', open + 1);
        continue;
      }
      int close = text.indexOf('>', name);
      if (close < 0) {
        break; // no later tag is closed either
      }
      for (int i = name; i < close; i++) {
        // ="value" with no '"' inside: both quotes become single ones.
        if (out[i] == '=' && out[i + 1] == '"') {
          int end = text.indexOf('"', i + 2);
          if (end < 0 || end > close) {
            break;
          }
          out[i + 1] = '\'';
          out[end] = '\'';
          i = end;
        }
      }
      open = text.indexOf('<', close + 1);
    }
    return new String(out);
  }


  private Result diagram() {
    skipPreamble();
    Token first = lx.next(false);
    if (!first.is(Kind.WORD) || !DIAGRAM_TYPE.matcher(first.text()).matches()) {
      throw new SyntaxError(first.start(), "Expected a diagram type such as flowchart or graph, but found " + first.describe() + ".");
    }
    if (!FLOWCHART_KEYWORDS.contains(first.text())) {
      if (first.text().startsWith("flowchart") || first.text().startsWith("graph")) {
        // mermaid takes any text that starts so for a flowchart, and its parser rejects the word.
        throw new SyntaxError(first.start(), "Expected graph, flowchart or flowchart-elk, but found '" + first.text() + "'.");
      }
      return new Result.OtherType(first.text());
    }
    header(first);
    statements();
    return new Result.Parsed(build());
  }

  /** Skips blank lines, comments, {@code %%{init}%%} directives and a {@code ---} front matter block. */
  private void skipPreamble() {
    while (true) {
      lx.skipBlanks();
      int at = lx.pos();
      // The block may be indented, as mermaid allows: its closing line has the same indent, and
      // the indent is taken off its lines.
      String indent = text.substring(text.lastIndexOf('\n', at - 1) + 1, at);
      if (lx.startsWith("---", at) && indent.isBlank()) {
        int close = text.indexOf("\n" + indent + "---", at + 3);
        if (close < 0) {
          throw new SyntaxError(at, "The front matter that starts here is not closed: expected a line with " + indent + "---.");
        }
        int eol = text.indexOf('\n', close + 1 + indent.length() + 3);
        String block = text.substring(text.indexOf('\n', at) + 1, close + 1);
        frontMatter = indent.isEmpty() ? block
            : block.lines().map(l -> l.startsWith(indent) ? l.substring(indent.length()) : l).collect(Collectors.joining("\n", "", "\n"));
        lx.reset(eol < 0 ? text.length() : eol);
        continue;
      }
      char c = lx.peekChar();
      if (c == '\n' || c == '\r') {
        lx.reset(at + 1);
        continue;
      }
      return;
    }
  }

  private void header(Token keyword) {
    lx.skipBlanks();
    Optional<Direction> symbol = Direction.findSymbol(lx.peekChar());
    if (symbol.isPresent() && isSeparatorAt(lx.pos() + 1)) {
      // graph > / < / ^ / v: mermaid's arrow-like spellings of LR, RL, BT and TB.
      direction = symbol.get();
      lx.reset(lx.pos() + 1);
    }
    Token t = lx.next(false);
    if (t.is(Kind.WORD)) {
      Optional<Direction> d = Direction.find(t.text());
      if (d.isEmpty()) {
        throw new SyntaxError(t.start(), "Expected a direction (TB, TD, BT, LR or RL) after '" + keyword.text() + "', but found " + t.describe() + ".");
      }
      direction = d.get();
      t = lx.next(false);
    }
    if (!isSeparator(t)) {
      throw new SyntaxError(t.start(), "Expected the end of the line after the diagram type, but found " + t.describe() + ".");
    }
  }

  private boolean isSeparatorAt(int at) {
    int i = at;
    while (i < text.length() && FlowchartLexer.isBlank(text.charAt(i))) {
      i++;
    }
    return i >= text.length() || "\r\n;".indexOf(text.charAt(i)) >= 0;
  }

  private static boolean isSeparator(Token t) {
    return t.is(Kind.NEWLINE) || t.is(Kind.SEMI) || t.is(Kind.EOF);
  }

  private void statements() {
    while (true) {
      Token t = lx.next(false);
      switch (t.kind()) {
        case NEWLINE, SEMI -> {
          continue;
        }
        case EOF -> {
          if (!open.isEmpty()) {
            OpenSubgraph s = open.peek();
            throw new SyntaxError(s.offset, "The subgraph '" + (s.id != null ? s.id : s.title.text()) + "' is not closed: expected 'end' before the end of the diagram.");
          }
          return;
        }
        case WORD -> statement(t);
        default -> throw new SyntaxError(t.start(), "Expected a node id or a keyword such as subgraph, but found " + t.describe() + ".");
      }
      Token sep = lx.next(true);
      if (!isSeparator(sep)) {
        throw new SyntaxError(sep.start(), "Expected a link such as -->, '&' or the end of the line, but found " + sep.describe() + ".");
      }
      if (sep.is(Kind.EOF)) {
        lx.reset(sep.start());
      }
    }
  }

  private boolean followedByBlank(Token t) {
    int at = t.end();
    return at >= text.length() || FlowchartLexer.isBlank(text.charAt(at)) || "\r\n;".indexOf(text.charAt(at)) >= 0;
  }

  private void statement(Token word) {
    String w = word.text();
    switch (w) {
      case "end" -> endSubgraph(word);
      case "subgraph" -> {
        if (followedByBlank(word)) {
          subgraph(word);
        } else {
          vertexStatement(word);
        }
      }
      case "direction" -> directionStatement(word);
      case "classDef" -> keywordOr(word, this::classDef);
      case "class" -> keywordOr(word, this::classStatement);
      case "style" -> keywordOr(word, this::style);
      case "linkStyle" -> keywordOr(word, this::linkStyle);
      case "click" -> keywordOr(word, this::click);
      case "accTitle" -> accTitle(word);
      case "accDescr" -> accDescr(word);
      default -> vertexStatement(word);
    }
  }

  private void keywordOr(Token word, Consumer<Token> keyword) {
    if (followedByBlank(word)) {
      lx.skipBlanks();
      keyword.accept(word);
    } else {
      vertexStatement(word);
    }
  }

  // ---- vertices and links ----

  private void vertexStatement(Token first) {
    List<String> group = nodeGroup(first);
    while (true) {
      int save = lx.pos();
      if (group.isEmpty()) {
        return; // an edge's metadata, not a node
      }
      Token written = edgeIdAhead();
      Token t = lx.next(true);
      if (written != null && !t.is(Kind.LINK) && !t.is(Kind.LINK_START)) {
        throw new SyntaxError(written.start(), "Expected a link such as --> or an edge id before one (e1@-->), but found "
            + written.describe() + ", not followed by a link.");
      }
      String edgeId = written == null ? null : written.text();
      if (!t.is(Kind.LINK) && !t.is(Kind.LINK_START)) {
        lx.reset(save);
        if (!linkOnNextLine()) {
          return;
        }
        written = edgeIdAhead();
        edgeId = written == null ? null : written.text();
        t = lx.next(true);
      }
      LinkForm form;
      Label label = Label.EMPTY;
      boolean piped = false;
      if (t.is(Kind.LINK)) {
        form = LinkForm.of(t.text());
        Optional<Token> pipe = pipeLabel();
        piped = pipe.isPresent();
        label = pipe.map(this::label).orElse(Label.EMPTY);
      } else {
        Stroke stroke = LinkForm.strokeOfStart(t.text());
        Token body = lx.edgeText(stroke);
        if (body.is(Kind.ERROR) && body.text().isEmpty()) {
          throw new SyntaxError(body.start(), "This link's text is empty: write its text, or leave it out.");
        }
        if (body.is(Kind.ERROR) && body.text().equals("\"")) {
          throw new SyntaxError(body.start(), text.indexOf('"', body.start() + 1) < 0
              ? "This quoted text is not closed: expected a closing '\"'."
              : "A link's text may be quoted only from its start: put all of it in quotes, such as "
                  + t.text().strip() + " \"a b\" " + closingExample(stroke) + ".");
        }
        if (body.is(Kind.ERROR)) {
          throw new SyntaxError(body.start(), "The text of a link drawn with '" + body.text() + "' cannot hold a '" + body.text()
              + "' (mermaid ends the link there): put the text in quotes, such as " + quotedExample(stroke) + ".");
        }
        if (!body.is(Kind.TEXT)) {
          throw new SyntaxError(t.start(), "The link that starts here has text but no end: expected a link such as " + closingExample(stroke) + " after the text.");
        }
        Token close = lx.next(true);
        if (!close.is(Kind.LINK)) {
          throw new SyntaxError(close.start(), "Expected the end of the link, such as " + closingExample(stroke) + ", but found " + close.describe() + ".");
        }
        LinkForm end = LinkForm.of(close.text());
        Arrow head = LinkForm.arrowOfStart(t.text());
        // mermaid's lexer takes an o or x right before "==>" for the end's own, which then has no thick line.
        Stroke endStroke = end.stroke() == Stroke.THICK && "ox".indexOf(text.charAt(close.start() - 1)) >= 0 ? Stroke.NORMAL : end.stroke();
        if (endStroke != stroke || head != Arrow.NONE && head != end.end()) {
          // A link whose end does not match its start is "INVALID" to mermaid, which draws it as a
          // plain line with an arrowhead at the end: its lexer takes the o or x before "==>" for
          // the end's own, which then is no thick line ("A ==No==> B"), and a head at the start
          // must be the one at the end ("A o-- text --> B").
          form = new LinkForm(Stroke.NORMAL, Arrow.NONE, Arrow.POINT, 1);
        } else {
          form = new LinkForm(stroke, head, end.end(), end.length());
        }
        label = label(body);
      }
      if (!piped) {
        // mermaid's link takes the blanks after it, line ends too: its node may start a later line.
        lx.skipLineEnds();
      }
      Token next = lx.next(false);
      if (!next.is(Kind.WORD)) {
        throw new SyntaxError(next.start(), "Expected a node id after the link, but found " + next.describe() + ".");
      }
      notKeyword(next);
      List<String> right = nodeGroup(next);
      long made = (long) group.size() * right.size();
      if (made > Limits.MERMAID_EDGES_PER_STATEMENT) {
        throw new SyntaxError(t.start(), "This link joins " + group.size() + " nodes to " + right.size() + " with '&', "
            + made + " edges; one statement may make at most " + Limits.MERMAID_EDGES_PER_STATEMENT + ".", true);
      }
      if (edges.size() + made > Limits.MERMAID_EDGES) {
        throw new SyntaxError(t.start(), "The diagram has more than " + Limits.MERMAID_EDGES
            + " edges here; split it into smaller diagrams.", true);
      }
      for (String from : group) {
        for (String to : right) {
          // mermaid gives a written id to one edge of a group: last on the left to first on the right.
          boolean named = from.equals(group.get(group.size() - 1)) && to.equals(right.get(0));
          edges.add(new Edge(edgeId(named ? edgeId : null, from, to), from, to, label, form.stroke(), form.start(), form.end(), form.length(),
              List.of(), false, t.start()));
        }
      }
      group = right;
    }
  }

  /**
   * An edge id ({@code e1@} before {@code -->}) at the current position, read and returned as its
   * token (the id without the '@'); or null, nothing read. It must be followed by a link.
   */
  private Token edgeIdAhead() {
    int save = lx.pos();
    Token t = lx.next(true);
    if (t.is(Kind.EDGE_ID)) {
      return t;
    }
    lx.reset(save);
    return null;
  }

  /**
   * Whether the next line goes on with a link (mermaid lets a link start a line, continuing the
   * statement before it); if so the line breaks are read.
   */
  private boolean linkOnNextLine() {
    int save = lx.pos();
    while (true) {
      lx.skipBlanks();
      char c = lx.peekChar();
      if (c == '\n' || c == '\r') {
        lx.reset(lx.pos() + 1);
      } else {
        break;
      }
    }
    int at = lx.pos();
    if (at == save || at >= text.length() || "-=.~<xo".indexOf(text.charAt(at)) < 0) {
      lx.reset(save);
      return false;
    }
    Token t = lx.next(true);
    lx.reset(at);
    if (t.is(Kind.LINK) || t.is(Kind.LINK_START)) {
      return true;
    }
    lx.reset(save);
    return false;
  }

  /** mermaid's edge id: the one written, unless another edge has it, else L_from_to_n. */
  private String edgeId(String written, String from, String to) {
    if (written != null && edges.stream().noneMatch(e -> e.id().equals(written))) {
      return written;
    }
    long same = edges.stream().filter(e -> e.from().equals(from) && e.to().equals(to)).count();
    return "L_" + from + "_" + to + "_" + (same == 0 ? 0 : same + 1);
  }

  /**
   * A node's label: a blank one has no line at all, as mermaid.js draws it (its blank label takes
   * no height, so {@code start(( ))} is a small dot).
   */
  private static Label nodeLabel(Label label) {
    return label.isEmpty() ? Label.EMPTY : label;
  }

  /** The label a label token draws; a markdown string ({@code "`...`"}) keeps its markup. */
  private Label label(Token body) {
    String raw = text.substring(body.start(), Math.min(body.end(), text.length())).strip();
    return LabelText.parse(body.text(), raw.startsWith("\"`"));
  }

  private static String quotedExample(Stroke stroke) {
    return stroke == Stroke.THICK ? "A == \"a=b\" ==> B" : "A -. \"a.b\" .-> B";
  }

  private static String closingExample(Stroke stroke) {
    return switch (stroke) {
      case THICK -> "==>";
      case DOTTED -> ".->";
      default -> "-->";
    };
  }

  private Optional<Token> pipeLabel() {
    int save = lx.pos();
    // mermaid's link takes the blanks after it, line ends too: its |label| may start the next line.
    lx.skipLineEnds();
    if (lx.peekChar() != '|') {
      lx.reset(save);
      return Optional.empty();
    }
    int open = lx.pos();
    Token edgeId = lx.edgeIdToken(open);
    if (edgeId != null) {
      throw new SyntaxError(open, "Expected a label or a node id after the link, but found " + edgeId.describe() + ".");
    }
    lx.reset(open + 1);
    Token body = lx.label(List.of("|"));
    requireLabel(body, "|", open);
    lx.closer(List.of("|"));
    return Optional.of(body);
  }

  private void requireLabel(Token body, String closer, int openedAt) {
    if (body.is(Kind.ERROR)) {
      if (body.text().equals("\"")) {
        throw new SyntaxError(body.start(), "This quoted label is not closed: expected a closing '\"'.");
      }
      if (body.text().equals("\n")) {
        throw new SyntaxError(openedAt, "This label is not closed: expected '" + closer + "'.");
      }
      if (body.text().equals("`")) {
        throw new SyntaxError(body.start(), "A markdown string (\"`...`\") cannot hold a backtick or a quote before its closing `\".");
      }
      throw new SyntaxError(body.start(), "A label cannot contain '" + body.text() + "' unless it is quoted: expected '" + closer + "' or a label in quotes such as \"a (b)\".");
    }
    if (body.is(Kind.EOF)) {
      throw new SyntaxError(openedAt, "This label is not closed: expected '" + closer + "'.");
    }
    if (text.substring(body.start(), body.end()).replace("\"\"", "").isEmpty()) {
      // An empty string is no token to mermaid's lexer, and a label must have one: [""] and ||
      // are errors there.
      throw new SyntaxError(openedAt, "This label is empty: write its text, or leave it out.");
    }
  }

  private List<String> nodeGroup(Token first) {
    List<String> ids = new ArrayList<>();
    String firstId = node(first);
    if (firstId == null) {
      return ids;
    }
    ids.add(firstId);
    while (true) {
      int save = lx.pos();
      Token t = lx.next(true);
      if (!t.is(Kind.AMP)) {
        lx.reset(save);
        break;
      }
      Token w = lx.next(false);
      if (!w.is(Kind.WORD)) {
        throw new SyntaxError(w.start(), "Expected a node id after '&', but found " + w.describe() + ".");
      }
      notKeyword(w);
      String id = node(w);
      if (id != null) {
        ids.add(id);
      }
    }
    return ids;
  }

  /**
   * Rejects a node id that starts with a keyword of mermaid's ({@code end}, {@code style},
   * {@code graph}, ... followed by anything but a letter, digit or '_'), which its lexer reads as
   * that keyword where a node id is expected after a link or '&' ({@code A --> end} is an error).
   */
  private void notKeyword(Token id) {
    String keyword = lx.keywordAt(id.start());
    if (keyword != null) {
      throw new SyntaxError(id.start(), "'" + keyword + "' is a keyword of mermaid's: it cannot start a node id here;"
          + " use another id, such as " + Character.toUpperCase(keyword.charAt(0)) + keyword.substring(1) + ", with the text as its label.");
    }
  }

  /** Reads a node's shape, class and data; returns its id, or null for an edge's metadata. */
  private String node(Token word) {
    String id = word.text();
    Optional<Edge> edge = edges.stream().filter(e -> e.id().equals(id)).findFirst();
    if (edge.isPresent()) {
      // mermaid reads "e1@{ animate: true }" after "A e1@--> B" as the edge's metadata.
      int save = lx.pos();
      lx.skipBlanks();
      if (lx.startsWith("@{", lx.pos())) {
        Token data = lx.next(false);
        if (data.is(Kind.ERROR)) {
          throw new SyntaxError(data.start(), "This '@{' is not closed: expected '}'.");
        }
        edgeData(edge.get(), data);
      } else {
        lx.reset(save);
      }
      return null;
    }
    NodeDraft node = nodes.computeIfAbsent(id, k -> new NodeDraft(k, word.start()));
    if (nodes.size() > Limits.MERMAID_NODES) {
      throw new SyntaxError(word.start(), "The diagram has more than " + Limits.MERMAID_NODES
          + " nodes here; split it into smaller diagrams.", true);
    }
    if (!open.isEmpty()) {
      open.peek().mentions.add(id);
    }
    for (String opener : FlowchartLexer.OPENERS) {
      if (lx.startsWith(opener, lx.pos())) {
        shape(node, opener);
        break;
      }
    }
    if (lx.startsWith(":::", lx.pos())) {
      lx.reset(lx.pos() + 3);
      Token cls = lx.next(false);
      if (!cls.is(Kind.WORD)) {
        throw new SyntaxError(cls.start(), "Expected a class name after ':::', but found " + cls.describe() + ".");
      }
      node.classes.add(cls.text());
    }
    int save = lx.pos();
    lx.skipBlanks();
    if (lx.startsWith("@{", lx.pos())) {
      Token data = lx.next(false);
      if (data.is(Kind.ERROR)) {
        throw new SyntaxError(data.start(), "This '@{' is not closed: expected '}'.");
      }
      shapeData(node, data);
    } else {
      lx.reset(save);
    }
    return id;
  }

  private void shape(NodeDraft node, String opener) {
    int openedAt = lx.pos();
    lx.reset(openedAt + opener.length());
    List<String> closers = closersFor(opener);
    Token body = lx.label(closers, opener.equals("[/") || opener.equals("[\\"));
    requireLabel(body, closers.get(0), openedAt);
    Token close = lx.closer(closers);
    if (close == null) {
      throw new SyntaxError(lx.pos(), "Expected '" + closers.get(0) + "' to close the shape opened with '" + opener + "', but found " + lx.next(true).describe() + ".");
    }
    node.label = nodeLabel(label(body));
    node.shape = shapeFor(opener, close.text());
  }

  private static List<String> closersFor(String opener) {
    return switch (opener) {
      case "(((" -> List.of(")))");
      case "((" -> List.of("))");
      case "([" -> List.of("])");
      case "(-" -> List.of("-)");
      case "(" -> List.of(")");
      case "[[" -> List.of("]]");
      case "[(" -> List.of(")]");
      case "[/" -> List.of("/]", "\\]");
      case "[\\" -> List.of("\\]", "/]");
      case "{{" -> List.of("}}");
      case "{" -> List.of("}");
      default -> List.of("]"); // "[" and ">"
    };
  }

  private static Shape shapeFor(String opener, String closer) {
    return switch (opener) {
      case "(((" -> Shape.DOUBLE_CIRCLE;
      case "((" -> Shape.CIRCLE;
      case "([" -> Shape.STADIUM;
      case "(-" -> Shape.ELLIPSE;
      case "(" -> Shape.ROUND;
      case "[[" -> Shape.SUBROUTINE;
      case "[(" -> Shape.CYLINDER;
      case "[/" -> closer.equals("/]") ? Shape.LEAN_RIGHT : Shape.TRAPEZOID;
      case "[\\" -> closer.equals("\\]") ? Shape.LEAN_LEFT : Shape.INV_TRAPEZOID;
      case "{{" -> Shape.HEXAGON;
      case "{" -> Shape.DIAMOND;
      case ">" -> Shape.ODD;
      default -> Shape.RECT;
    };
  }

  /** The side of an icon shape's icon when {@code w} and {@code h} do not give it, as in mermaid. */
  private static final double ICON_SIZE = 48;

  /**
   * {@code @{ shape: name, label: "text", icon: "fa:x", form: square, img: "url", w: 60, h: 60, pos: t }},
   * read as YAML as mermaid does; keys quire does not draw are ignored.
   */
  private void shapeData(NodeDraft node, Token data) {
    Map<String, Object> doc = ShapeData.read(data.text()).orElseThrow(() ->
        new SyntaxError(data.start(), "Expected 'key: value' pairs inside '@{ }', such as shape: rect."));
    Object shape = doc.get("shape");
    if (shape != null) {
      String name = String.valueOf(shape);
      if (!name.equals(name.toLowerCase(Locale.ROOT)) || name.contains("_")) {
        throw new SyntaxError(data.start(), "No such shape: " + name + ". Shape names are lowercase, with '-' between words.");
      }
      node.shape = Shape.findByName(name).orElseThrow(() ->
          new SyntaxError(data.start(), "No such shape: " + name + ". See mermaid's list of shapes, such as rect, rounded, diamond, cyl."));
    }
    // A list is written as JavaScript writes an array, its items joined with commas (label: [a]
    // is "a"). A blank label is drawn blank, as in mermaid; only an empty one leaves the id.
    Object label = doc.get("label") instanceof List<?> items
        ? items.stream().map(String::valueOf).collect(Collectors.joining(",")) : doc.get("label");
    boolean hasLabel = label != null && !String.valueOf(label).isEmpty();
    if (hasLabel) {
      node.label = nodeLabel(LabelText.parse(String.valueOf(label), true));
    }
    Object icon = doc.get("icon");
    Object img = doc.get("img");
    if ((icon != null || img != null) && !hasLabel && node.label.text().equals(node.id)) {
      node.label = Label.EMPTY;
    }
    // An icon's or image's label goes above it for "pos: t" alone, as mermaid reads it; below for anything else.
    Label.TextSide textSide = "t".equals(String.valueOf(doc.get("pos"))) ? Label.TextSide.ABOVE : Label.TextSide.BELOW;
    if (icon != null && img == null) {
      // An icon shape draws its icon beside the label (above it unless "pos: t"), as a square
      // of the larger of w and h (mermaid's default: 48 px).
      double size = Math.max(ShapeData.number(doc.get("w")), ShapeData.number(doc.get("h")));
      size = size > 0 ? Math.min(size, Label.Image.MAX_SIZE) : ICON_SIZE;
      // mermaid draws the icon alone, or on a square, rounded or round form, with no outline
      // around the node, whatever the shape.
      Label.IconForm form = switch (String.valueOf(doc.get("form"))) {
        case "square" -> Label.IconForm.SQUARE;
        case "rounded" -> Label.IconForm.ROUNDED;
        case "circle" -> Label.IconForm.CIRCLE;
        default -> Label.IconForm.NONE;
      };
      node.label = new Label(node.label.lines(), Optional.of(new Label.Image(String.valueOf(icon), size, size, true, form, textSide)));
      node.shape = Shape.TEXT;
    }
    if (img != null) {
      double w = ShapeData.number(doc.get("w"));
      double h = ShapeData.number(doc.get("h"));
      Optional<Label.Image> image = LabelText.parse("<img src=\"" + String.valueOf(img).replace("\"", "&quot;") + "\" width=\"" + w
          + "\" height=\"" + h + "\">", false).image().map(i -> i.withTextSide(textSide));
      node.label = new Label(node.label.lines(), image);
    }
  }

  /** {@code e1@{ animate: true, animation: fast, curve: linear }} after {@code A e1@--> B}. */
  private void edgeData(Edge edge, Token data) {
    Map<String, Object> doc = ShapeData.read(data.text()).orElseThrow(() ->
        new SyntaxError(data.start(), "Expected 'key: value' pairs inside '@{ }', such as animate: true."));
    int i = edges.indexOf(edge);
    Object animate = doc.get("animate");
    if (animate != null) {
      edges.set(i, edge.withAnimated(Boolean.parseBoolean(String.valueOf(animate))));
    } else if (doc.get("animation") != null) {
      edges.set(i, edge.withAnimated(true));
    }
  }

  // ---- subgraphs ----

  private void subgraph(Token keyword) {
    lx.skipBlanks();
    int at = lx.pos();
    char c = lx.peekChar();
    String id;
    Label title;
    if (c == '\n' || c == '\r' || c == ';' || lx.atEnd()) {
      // mermaid reads a subgraph with nothing after it, or one blank, as an error; two blanks are
      // a blank title.
      if (at - keyword.end() <= 1) {
        throw new SyntaxError(keyword.start(), "A subgraph needs an id or a title: write subgraph id, or subgraph id [Title].");
      }
      id = null;
      title = Label.EMPTY;
    } else if (c == '"') {
      Token body = lx.label(List.of());
      requireLabel(body, "\"", at);
      // Text after the closing quote, up to the line's end, joins the title as mermaid reads it
      // (subgraph "Main" timeline is "Main timeline"), under the rules of a title without quotes.
      int afterQuote = text.lastIndexOf('"', lx.pos() - 1) + 1;
      int lineEnd = lx.pos();
      while (lineEnd < text.length() && "\r\n;[".indexOf(text.charAt(lineEnd)) < 0) {
        lineEnd++;
      }
      if (lineEnd < text.length() && text.charAt(lineEnd) == '[') {
        // subgraph "a" b [c]: the quoted text and what follows it, as written, are the id; the
        // bracket holds the title.
        id = (body.text() + text.substring(afterQuote, lineEnd)).strip();
        lx.reset(lineEnd);
        title = bracketTitle(id, at);
        open.push(new OpenSubgraph(id, title, keyword.start()));
        return;
      }
      String after = text.substring(lx.pos(), lineEnd).strip();
      if (!after.isEmpty()) {
        int from = text.indexOf(after, lx.pos());
        if (after.indexOf('"') >= 0) {
          throw new SyntaxError(from + after.indexOf('"'), "A subgraph title has one quoted text: write subgraph \"a b\".");
        }
        rejectUnquotedTitle(after, from);
        // Joined as written: with a blank where one follows the quote ("a" b), else none ("a"b).
        boolean spaced = afterQuote < from;
        body = new Token(Kind.TEXT, body.start(), lineEnd, body.text() + (spaced ? " " : "") + after);
        lx.reset(lineEnd);
      }
      title = label(body);
      // A blank after the closing quote makes it a title only, as one inside does.
      boolean trailing = body.end() > body.start() && hasWhitespace(text.substring(text.lastIndexOf('"', body.end() - 1), body.end()));
      String name = body.text().strip();
      id = trailing || name.isEmpty() || hasWhitespace(name) ? null : name;
    } else {
      int i = at;
      while (i < text.length() && "\n;[".indexOf(text.charAt(i)) < 0) {
        i++;
      }
      // One blank separates the keyword from the id; any more are part of what is written.
      int from = at > keyword.end() ? keyword.end() + 1 : at;
      int to = i;
      while (to > from && text.charAt(to - 1) == '\r') {
        to--;
      }
      String written = text.substring(from, to);
      String head = written.strip();
      lx.reset(i);
      if (i < text.length() && text.charAt(i) == '[') {
        id = head;
        title = bracketTitle(head, at);
      } else {
        rejectUnquotedTitle(written, from);
        title = LabelText.parse(head, false);
        // mermaid takes the title as id only when it has no blank, leading and trailing ones
        // included.
        id = hasWhitespace(written) ? null : head;
      }
    }
    open.push(new OpenSubgraph(id, title, keyword.start()));
  }

  /** The title in brackets after subgraph id {@code id}, the lexer at its '['. */
  private Label bracketTitle(String id, int at) {
    int open = lx.pos();
    if (id.isEmpty()) {
      throw new SyntaxError(at, "Expected a subgraph id before '['.");
    }
    lx.reset(open + 1);
    Token body = lx.label(List.of("]"));
    requireLabel(body, "]", open);
    lx.closer(List.of("]"));
    return label(body);
  }

  /**
   * mermaid rejects a subgraph title written without quotes or brackets that holds one of
   * {@code ( ) { } | , < > = @ ~} or a link ({@code --}, {@code ==}, {@code -.}, {@code ->}).
   */
  private static void rejectUnquotedTitle(String written, int from) {
    for (int i = 0; i < written.length(); i++) {
      char c = written.charAt(i);
      boolean link = i + 1 < written.length() && (c == '-' || c == '=') && (written.charAt(i + 1) == c
          || (c == '-' && (written.charAt(i + 1) == '.' || written.charAt(i + 1) == '>')));
      if (c == '"' && i > 0 && FlowchartLexer.isBlank(written.charAt(i - 1))) {
        // A quote that starts a word starts a string to mermaid's lexer, which a title does not take.
        throw new SyntaxError(from + i, "A subgraph title cannot hold a quoted text after other words: write subgraph \"...\""
            + " or subgraph id[\"...\"].");
      }
      if ("(){}|,<>=@~".indexOf(c) >= 0 || link) {
        throw new SyntaxError(from + i, "A subgraph title cannot hold '" + (link ? written.substring(i, i + 2) : c)
            + "' unless it is quoted: write subgraph id [\"...\"] or subgraph \"...\".");
      }
    }
  }

  private static boolean hasWhitespace(String s) {
    return s.chars().anyMatch(Character::isWhitespace);
  }

  private void endSubgraph(Token word) {
    if (open.isEmpty()) {
      throw new SyntaxError(word.start(), "Found 'end' but no subgraph is open: expected a node id or a keyword such as subgraph.");
    }
    OpenSubgraph s = open.pop();
    int order = subgraphsClosed++;
    String id = s.id != null ? s.id : "subGraph" + order;
    // mermaid keeps a node in the first subgraph that closes with it; later mentions don't move it.
    List<String> members = new ArrayList<>();
    for (String m : new LinkedHashSet<>(s.mentions)) {
      if (!inClosedSubgraph.contains(m) && !m.equals(id)) {
        members.add(m);
      }
    }
    inClosedSubgraph.addAll(members);
    Optional<ClosedSubgraph> earlier = closed.stream().filter(c -> c.id().equals(id)).findFirst();
    if (earlier.isPresent()) {
      // mermaid draws one subgraph for an id written twice: what both hold, under the later title.
      ClosedSubgraph first = earlier.get();
      List<String> both = new ArrayList<>(first.members());
      both.addAll(members);
      closed.set(closed.indexOf(first), new ClosedSubgraph(id, s.title, s.direction.or(first::direction), both, first.order()));
    } else {
      closed.add(new ClosedSubgraph(id, s.title, s.direction, members, order));
    }
    if (!open.isEmpty()) {
      open.peek().mentions.add(id);
    }
  }

  private void directionStatement(Token word) {
    lx.skipBlanks();
    Token d = lx.next(false);
    Optional<Direction> dir = d.is(Kind.WORD) ? Direction.find(d.text()) : Optional.empty();
    if (dir.isEmpty()) {
      throw new SyntaxError(d.start(), "Expected a direction (TB, TD, BT, LR or RL) after 'direction', but found " + d.describe() + ".");
    }
    if (!open.isEmpty()) {
      open.peek().direction = dir;
    }
  }

  // ---- styles and classes ----

  /**
   * The forms of {@code click} mermaid reads after the ids (group 1): a callback with its
   * arguments and tooltip ({@code call name(args) "tooltip"}, groups 2 to 4), an address, its
   * tooltip and its target (5 to 7, after {@code href} or not), or a callback's name and its
   * tooltip (8, 9). One blank between the parts, none after the last, as in mermaid's grammar.
   */
  private static final Pattern CLICK = Pattern.compile("([^\\s]+)[ \\t](?:"
      + "call[ \\t]+([^(]*)\\(([^)]*)\\)(?:[ \\t]\"([^\"]*)\")?"
      + "|(?:href[ \\t])?\"([^\"]*)\"(?:[ \\t]\"([^\"]*)\")?(?:[ \\t](_self|_blank|_parent|_top))?"
      + "|(?!(?:call|href)(?:[ \\t]|$))((?:[^\\s\"(){}\\[\\]|;<>=@~-]|-(?![->.]))(?:[^\\s(){}\\[\\]|;<>=@~-]|-(?![->.]))*)(?:[ \\t]\"([^\"]*)\")?)");

  /**
   * {@code click ID "address" "tooltip" _blank} (also {@code click ID href "address" ...}): a node
   * mentioned before it links to the address and shows the tooltip. Several ids may be given,
   * separated by commas. {@code click ID callback "tooltip"} and {@code click ID call callback()}
   * name a script function, which a drawing without scripts cannot call; the tooltip is kept. An
   * address of a scheme that runs code ({@code javascript:}, {@code data:}, {@code vbscript:}) is
   * no link, as mermaid makes it none. What mermaid does not read as one of these forms (a blank
   * too many, a call without parentheses, a part left over) is an error, as in mermaid.
   */
  private void click(Token keyword) {
    Token args = lx.clickArguments();
    int end = args.end() > args.start() && text.charAt(args.end() - 1) == '\r' ? args.end() - 1 : args.end();
    Matcher m = CLICK.matcher(text.substring(args.start(), end));
    if (!m.matches()) {
      throw new SyntaxError(args.start(), "Expected a node id and, after one blank, \"address\" or href \"address\" (then"
          + " \"tooltip\" and a target such as _blank), a callback's name or call name() (then \"tooltip\"), with one blank"
          + " between the parts and none after the last.");
    }
    int at = args.start();
    String href = m.group(5);
    Optional<String> target = Optional.ofNullable(m.group(7));
    String tooltip = m.group(4) != null ? m.group(4) : m.group(6) != null ? m.group(6) : m.group(9);
    for (String id : m.group(1).split(",")) {
      NodeDraft node = nodes.get(id);
      if (node == null) {
        continue;
      }
      if (href != null && LabelText.isSafeAddress(href)) {
        node.link = new Node.Link(href.strip(), target, at + m.start(5));
      }
      if (tooltip != null) {
        node.tooltip = tooltip;
      }
    }
  }

  private void classDef(Token keyword) {
    Token names = lx.next(false);
    if (!names.is(Kind.WORD)) {
      throw new SyntaxError(names.start(), "Expected a class name after 'classDef', but found " + names.describe() + ".");
    }
    List<String> style = declarations(styleText(keyword));
    for (String name : commaList(names)) {
      classDefs.put(name, style);
    }
  }

  /** Names separated by commas: {@code a,b} is one word, as in mermaid, and cut at them here. */
  private List<String> commaList(Token first) {
    notEnd(first);
    List<String> out = new ArrayList<>(List.of(first.text().split(",")));
    while (lx.peekChar() == ',') {
      lx.reset(lx.pos() + 1);
      if (FlowchartLexer.isBlank(lx.peekChar())) {
        return out; // a comma before a blank ends the list, as in mermaid ("a,b, cls")
      }
      Token t = lx.next(false);
      if (!t.is(Kind.WORD)) {
        throw new SyntaxError(t.start(), "Expected a name after ',', but found " + t.describe() + ".");
      }
      notEnd(t);
      out.addAll(List.of(t.text().split(",")));
    }
    return out;
  }

  /**
   * Rejects a name of {@code names} (one or more, between commas) that starts with the word
   * {@code end}: mermaid's lexer reads {@code end} followed by anything but a letter, digit or '_'
   * as the keyword that closes a subgraph wherever a name of classDef, class, style or linkStyle
   * starts ({@code classDef end ...} is an error).
   */
  private static void notEnd(Token names) {
    int at = 0;
    for (String name : names.text().split(",", -1)) {
      if (name.startsWith("end") && (name.length() == 3 || !FlowchartLexer.isAsciiWordChar(name.charAt(3)))) {
        throw new SyntaxError(names.start() + at, "'end' closes a subgraph: it cannot be a name here.");
      }
      at += name.length() + 1;
    }
  }


  private void classStatement(Token keyword) {
    Token first = lx.next(false);
    if (!first.is(Kind.WORD)) {
      throw new SyntaxError(first.start(), "Expected a node id after 'class', but found " + first.describe() + ".");
    }
    List<String> ids = commaList(first);
    lx.skipBlanks();
    Token cls = lx.next(false);
    if (!cls.is(Kind.WORD)) {
      throw new SyntaxError(cls.start(), "Expected a class name after the node ids, but found " + cls.describe() + ".");
    }
    notEnd(cls);
    for (String id : ids) {
      classAssignments.computeIfAbsent(id, k -> new ArrayList<>()).add(cls.text());
    }
  }

  private void style(Token keyword) {
    Token id = lx.next(false);
    if (!id.is(Kind.WORD)) {
      throw new SyntaxError(id.start(), "Expected a node id after 'style', but found " + id.describe() + ".");
    }
    notEnd(id);
    List<String> style = declarations(styleText(keyword));
    // mermaid creates the node if it was not mentioned yet.
    nodes.computeIfAbsent(id.text(), k -> new NodeDraft(k, id.start())).style.addAll(style);
  }

  private void linkStyle(Token keyword) {
    Token which = lx.next(false);
    List<Integer> indices = new ArrayList<>();
    if (which.is(Kind.WORD) && which.text().equals("default")) {
      indices.add(-1);
    } else if (which.is(Kind.WORD) && which.text().chars().allMatch(c -> Character.isDigit(c) || c == ',')) {
      for (String n : commaList(which)) {
        if (!n.chars().allMatch(Character::isDigit) || n.isEmpty()) {
          throw new SyntaxError(which.start(), "Expected link numbers such as 0,1 after 'linkStyle'.");
        }
        indices.add(Integer.parseInt(n));
      }
    } else {
      throw new SyntaxError(which.start(), "Expected a link number or 'default' after 'linkStyle', but found " + which.describe() + ".");
    }
    Token rest = lx.restOfLine(true);
    noEdgeIds(rest);
    String decl = rest.text();
    if (decl.startsWith("interpolate")) {
      String[] parts = decl.split("\\s+", 3);
      decl = parts.length > 2 ? parts[2] : "";
    }
    linkStyles.add(new LinkStyle(indices, declarations(new Token(Kind.TEXT, rest.start(), rest.end(), decl)), which.start()));
  }

  private static final Pattern STYLE_LINE = Pattern.compile("style.*:\\S*#.*;");
  private static final Pattern CLASSDEF_LINE = Pattern.compile("classDef.*:\\S*#.*;");
  private static final Pattern CHARACTER_CODE = Pattern.compile("#\\w+;");

  /**
   * The declarations of a style or classDef statement, up to ';' or the line's end. mermaid reads
   * "#name;" as a character code everywhere but in the last ';' of a style or classDef line that
   * has a colour, so "fill:#fff;" ends such a statement only at the end of its line; elsewhere
   * mermaid rejects it, and so does quire.
   */
  private Token styleText(Token keyword) {
    Token rest = lx.restOfLine(true);
    noEdgeIds(rest);
    int lineStart = text.lastIndexOf('\n', keyword.start()) + 1;
    int lineEnd = text.indexOf('\n', keyword.start());
    String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd);
    Set<Integer> kept = new HashSet<>();
    for (Pattern p : List.of(STYLE_LINE, CLASSDEF_LINE)) {
      Matcher m = p.matcher(line);
      if (m.find()) {
        kept.add(lineStart + m.end() - 1);
      }
    }
    Matcher code = CHARACTER_CODE.matcher(line);
    while (code.find()) {
      int hash = lineStart + code.start();
      int semicolon = lineStart + code.end() - 1;
      if (hash >= rest.start() && semicolon <= rest.end() && !kept.contains(semicolon)) {
        throw new SyntaxError(hash, "mermaid reads '" + code.group() + "' as a character code, not a colour followed by ';':"
            + " end the statement with a line break instead of ';'.");
      }
    }
    return rest;
  }

  /**
   * Rejects an edge id in a statement's arguments that mermaid's lexer reads as statement tokens
   * (styles, of {@code style}, {@code classDef} and {@code linkStyle}): {@code font:@x} is one.
   */
  private void noEdgeIds(Token args) {
    for (int i = args.start(); i < args.end(); i++) {
      boolean runStarts = i == args.start() || FlowchartLexer.isBlank(text.charAt(i - 1));
      Token edgeId = runStarts && !FlowchartLexer.isBlank(text.charAt(i)) ? lx.edgeIdToken(i) : null;
      if (edgeId != null && edgeId.end() <= args.end()) {
        throw new SyntaxError(i, "Expected styles such as fill:#f9f, but found " + edgeId.describe() + ".");
      }
    }
  }

  /** CSS declarations from mermaid's {@code fill:#f9f,stroke:#333,stroke-dasharray: 5, 5}. */
  private List<String> declarations(Token t) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    String[] parts = t.text().split(",", -1);
    int comma = text.indexOf(t.text(), t.start()) - 1;
    for (int i = 0; i < parts.length; i++) {
      if (parts.length > 1 && parts[i].isBlank()) {
        // mermaid's styles are joined by single commas: none may lead, trail or follow another.
        int at = i == parts.length - 1 ? comma : comma + parts[i].length() + 1;
        throw new SyntaxError(at, "A style list cannot have a ',' " + (i == 0 ? "first" : i == parts.length - 1 ? "last" : "after another ','")
            + ": write the styles joined by single commas, such as fill:#f9f,stroke:#333.");
      }
      comma += parts[i].length() + 1;
    }
    for (String part : parts) {
      if (current.length() > 0 && DECLARATION_START.matcher(part).matches()) {
        out.add(current.toString().strip());
        current.setLength(0);
      } else if (current.length() > 0) {
        current.append(',');
      }
      current.append(part);
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    List<String> safe = new ArrayList<>();
    for (String d : out) {
      // A declaration goes into a style attribute: nothing that could end it or open a rule.
      String clean = d.replaceAll("[;{}<>\"]", "").strip();
      if (clean.indexOf(':') > 0) {
        safe.add(clean);
      }
    }
    return safe;
  }

  // ---- accessibility ----

  private void accTitle(Token word) {
    lx.skipBlanks();
    if (lx.peekChar() != ':') {
      // Not the keyword after all: a node named accTitle.
      vertexStatement(word);
      return;
    }
    lx.reset(lx.pos() + 1);
    accTitle = lx.restOfLine(false).text();
  }

  private void accDescr(Token word) {
    lx.skipBlanks();
    char c = lx.peekChar();
    if (c == ':') {
      lx.reset(lx.pos() + 1);
      accDescr = lx.restOfLine(false).text();
    } else if (c == '{') {
      int at = lx.pos();
      lx.reset(at + 1);
      Token body = lx.upToBrace();
      if (body == null) {
        throw new SyntaxError(at, "This accDescr block is not closed: expected '}'.");
      }
      accDescr = body.text().lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
    } else {
      vertexStatement(word);
    }
  }

  // ---- the result ----

  /**
   * The subgraph each subgraph is drawn inside, as mermaid decides it: the first (in closing
   * order) that mentions it, even one that closes before it; a mention that would make a cycle
   * is dropped.
   */
  private Map<String, String> parentsOfSubgraphs(Set<String> ids) {
    Map<String, String> parent = new LinkedHashMap<>();
    for (int k = closed.size() - 1; k >= 0; k--) {
      ClosedSubgraph s = closed.get(k);
      for (String m : s.members()) {
        if (ids.contains(m) && !m.equals(s.id())) {
          parent.put(m, s.id());
        }
      }
    }
    for (String id : new ArrayList<>(parent.keySet())) {
      Set<String> seen = new HashSet<>();
      for (String p = parent.get(id); p != null; p = parent.get(p)) {
        if (p.equals(id) || !seen.add(p)) {
          parent.remove(id);
          break;
        }
      }
    }
    return parent;
  }

  private Flowchart build() {
    Set<String> subgraphIds = new HashSet<>();
    closed.forEach(s -> subgraphIds.add(s.id()));
    for (Map.Entry<String, List<String>> a : classAssignments.entrySet()) {
      NodeDraft n = nodes.get(a.getKey());
      if (n != null) {
        n.classes.addAll(a.getValue());
      }
    }
    List<Node> nodeList = new ArrayList<>();
    for (NodeDraft d : nodes.values()) {
      if (!subgraphIds.contains(d.id)) {
        nodeList.add(new Node(d.id, d.label, d.shape, d.classes, d.style, d.offset, Optional.ofNullable(d.link), Optional.ofNullable(d.tooltip)));
      }
    }
    List<Subgraph> subgraphs = new ArrayList<>();
    Map<String, Integer> closeOrder = new LinkedHashMap<>();
    closed.forEach(s -> closeOrder.put(s.id(), s.order()));
    Map<String, String> parentOfSubgraph = parentsOfSubgraphs(closeOrder.keySet());
    for (ClosedSubgraph s : closed) {
      List<String> nodeIds = new ArrayList<>();
      List<String> childIds = new ArrayList<>();
      for (String m : s.members()) {
        if (!closeOrder.containsKey(m)) {
          nodeIds.add(m);
        } else if (s.id().equals(parentOfSubgraph.get(m)) && !childIds.contains(m)) {
          childIds.add(m);
        }
      }
      NodeDraft asNode = nodes.get(s.id());
      List<String> classes = new ArrayList<>(classAssignments.getOrDefault(s.id(), List.of()));
      List<String> style = asNode != null ? asNode.style : List.of();
      subgraphs.add(new Subgraph(s.id(), s.title(), s.direction(), nodeIds, childIds, classes, style));
    }
    List<Edge> styled = new ArrayList<>(edges);
    for (int k = 0; k < styled.size(); k++) {
      // "class e1 name" styles the edge whose id is e1.
      List<String> classes = classAssignments.getOrDefault(styled.get(k).id(), List.of());
      if (!classes.isEmpty() && !nodes.containsKey(styled.get(k).id())) {
        List<String> style = new ArrayList<>(styled.get(k).style());
        classes.forEach(c -> style.addAll(classDefs.getOrDefault(c, List.of())));
        styled.set(k, styled.get(k).withStyle(style));
      }
    }
    List<String> defaultStyle = List.of();
    for (LinkStyle ls : linkStyles) {
      for (int i : ls.indices()) {
        if (i == -1) {
          defaultStyle = ls.style();
        } else if (i >= styled.size()) {
          throw new SyntaxError(ls.offset(), "linkStyle names link " + i + " but the diagram has only " + styled.size() + " links (counted from 0).");
        } else {
          styled.set(i, styled.get(i).withStyle(ls.style()));
        }
      }
    }
    for (int k = 0; k < styled.size(); k++) {
      if (styled.get(k).style().isEmpty() && !defaultStyle.isEmpty()) {
        styled.set(k, styled.get(k).withStyle(defaultStyle));
      }
    }
    return new Flowchart(direction, nodeList, styled, subgraphs, classDefs, Optional.ofNullable(accTitle), Optional.ofNullable(accDescr),
        DiagramConfig.read(frontMatter, text));
  }
}
