/**
 * The local preview ({@code quire serve}): builds the site into {@code target/serve}, serves it
 * over HTTP, rebuilds when a source file changes, reloads open pages and shows build errors on them.
 * Depends on quire.build, quire.check (broken links are build errors), quire.output (whose rules the serve folder follows), quire.site (the
 * loaded site's config and source folders), quire.report and quire.diag (and the JDK's HTTP server).
 */
package quire.serve;
