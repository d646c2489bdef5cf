package quire.shortcode;

import java.util.List;

/**
 * One well-formed shortcode tag before pairing: opening, self-closing, or closing.
 *
 * @param start offset of its <code>{{</code> (0-based)
 * @param end offset just past its <code>&gt;}}</code> or <code>%}}</code>
 */
record Tag(
    Delimiter delimiter,
    boolean closing,
    boolean selfClosed,
    String name,
    int nameStart,
    List<Argument> arguments,
    int start,
    int end) {

  /** The tag as a writer would see it in a message, e.g. {@code {{< /aside >}}}. */
  String shown() {
    return delimiter.left() + " " + (closing ? "/" : "") + name + " " + delimiter.right();
  }
}
