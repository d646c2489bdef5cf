/**
 * Lexes and parses Hugo-style shortcodes ({@code {{< >}}} and {@code {{% %}}}) with an offset on
 * every node, and expands calls into Markdown with a source map.
 *
 * <p>Depends on quire.diag.
 */
package quire.shortcode;
