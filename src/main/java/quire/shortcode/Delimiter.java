package quire.shortcode;

/** How a shortcode tag is delimited, which decides what its output is. */
public enum Delimiter {
  /** {@code {{< >}}}: the output is HTML and reaches the page untouched by Markdown. */
  ANGLE("{{<", ">}}"),
  /** {@code {{% %}}}: the output is Markdown. */
  PERCENT("{{%", "%}}");

  private final String left;
  private final String right;

  Delimiter(String left, String right) {
    this.left = left;
    this.right = right;
  }

  /** The opening delimiter, <code>{{&lt;</code> or <code>{{%</code>. */
  public String left() {
    return left;
  }

  /** The closing delimiter, <code>&gt;}}</code> or <code>%}}</code>. */
  public String right() {
    return right;
  }

  /** The other delimiter. */
  Delimiter other() {
    return this == ANGLE ? PERCENT : ANGLE;
  }
}
