/**
 * The {@code render} shortcode: finds a partial, checks its parameters, substitutes {@code $N},
 * guards against cycles, and records where each partial is used (for {@code quire partials}).
 * Named {@code partial} so that "render" keeps meaning HTML. Depends on quire.diag, quire.site
 * and quire.shortcode (through its handler interface).
 */
package quire.partial;
