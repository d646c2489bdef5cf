package quire.shortcode;

/** The kinds of token inside a shortcode tag, each with a plain-words name for messages. */
enum TokenKind {
  LEFT_DELIMITER("opening delimiter"),
  RIGHT_DELIMITER("closing delimiter"),
  SELF_CLOSING_DELIMITER("self-closing delimiter"),
  SLASH("closing slash"),
  EQUALS("equals sign"),
  WORD("word"),
  QUOTED_STRING("quoted string"),
  RAW_STRING("raw string"),
  /** A whole escaped tag, <code>{{&lt;/* … *&#47;&gt;}}</code>; its value is what it prints. */
  ESCAPED_TAG("escaped shortcode"),
  /** A lexical error; its value is the message and its start is where the error is. */
  ERROR("error");

  private final String plainName;

  TokenKind(String plainName) {
    this.plainName = plainName;
  }

  /** A name for messages, e.g. "quoted string". */
  String plainName() {
    return plainName;
  }
}
