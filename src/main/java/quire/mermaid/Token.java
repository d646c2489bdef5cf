package quire.mermaid;

/**
 * One token of flowchart text: its kind, its span {@code [start, end)} as 0-based offsets into the
 * diagram text, and its text (for a label, the decoded content). Immutable.
 */
record Token(Kind kind, int start, int end, String text) {

  /** Token kinds, each with the plain words an error message uses for it. */
  enum Kind {
    WORD("a node id or keyword"),
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
      default -> "'" + (text.length() > 20 ? text.substring(0, 20) + "..." : text) + "'";
    };
  }
}
