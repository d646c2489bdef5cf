package quire.mermaid;

/**
 * One token of flowchart text: its kind, its span {@code [start, end)} as 0-based offsets into the
 * diagram text, and its text (for a label, the decoded content). Immutable.
 */
record Token(Kind kind, int start, int end, String text) {

  /** Token kinds, each with the plain words an error message uses for it. */
  enum Kind {
    WORD("a node id or keyword"),
    EDGE_ID("an edge id such as e1@"),
    LINK("a link such as -->"),
    LINK_START("the start of a link with text, such as --"),
    SHAPE_OPEN("an opening bracket"),
    SHAPE_CLOSE("a closing bracket"),
    TEXT("label text"),
    PIPE("'|'"),
    AMP("'&'"),
    CLASS_SEP("':::'"),
    SHAPE_DATA("'@{ ... }'"),
    SEMI("';'"),
    NEWLINE("the end of the line"),
    EOF("the end of the diagram"),
    ERROR("an unexpected character");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    /** How a message names this kind of token. */
    String words() {
      return words;
    }
  }

  boolean is(Kind k) {
    return kind == k;
  }

  /** How a message names this token: its text in quotes, or its kind's words. */
  String describe() {
    return switch (kind) {
      case NEWLINE, EOF -> kind.words();
      // mermaid's lexer takes a run of text with an @ in it for an edge id, wherever a node or
      // link may start; the message says so, since the writer meant a node or a label.
      case EDGE_ID -> "'" + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "@', which mermaid reads as an edge id"
          + " (text up to an @ with no blank or quote before it; put a label with an @ in quotes)";
      default -> "'" + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "'";
    };
  }
}
