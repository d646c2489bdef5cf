/**
 * Values every stage shares: source files, positions, the source map of an expanded page, and
 * problems with the sink that collects them. Depends on nothing.
 */
package quire.diag;
