package quire.shortcode;

import java.util.List;

/**
 * A parsed text: nodes covering it in order, and every syntax error found.
 *
 * <p>The nodes cover the text without gaps, with one exception: a closing tag that closes no open
 * shortcode is reported as an error and left out, so a gap stands where it was.
 */
public record ParsedText(List<Node> nodes, List<SyntaxError> errors) {
  public ParsedText {
    nodes = List.copyOf(nodes);
    errors = List.copyOf(errors);
  }
}
