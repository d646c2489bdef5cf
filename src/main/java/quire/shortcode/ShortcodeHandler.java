package quire.shortcode;

/**
 * A shortcode implemented in Java rather than as a template ({@code render},
 * {@code directory-listing}). It takes no inner text: a closing tag after its call is an error,
 * never the end of a pair. Implementations must be safe to call from several threads.
 */
public interface ShortcodeHandler {
  /** Expands one call, appending its output through {@code out}. */
  void expand(Call call, Scope scope, Expansion out);
}
