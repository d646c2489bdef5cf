/**
 * Lexes and parses Hugo-style shortcodes ({@code {{< >}}} and {@code {{% %}}}) with an offset on
 * every node, and expands calls into Markdown with a source map.
 * Depends on quire.diag, quire.url (the directory listing's links), quire.site (the page and the site's shortcode templates), quire.template (the template engine) and Freemarker's types.
 */
package quire.shortcode;
