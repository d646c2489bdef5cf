/**
 * The local preview ({@code quire serve}): builds the site into {@code target/serve}, serves it
 * over HTTP, and after a source file changes brings the last build up to date page by page
 * (or builds the whole site when the edit is one it cannot follow), reloads open pages and
 * shows build errors on them.
 * Depends on quire.build (whole builds and page-by-page updates), quire.check (broken links are
 * build errors; its index of the last check), quire.output (whose rules the serve folder follows,
 * and its in-place patch of changed files), quire.site (the loaded site's config and source
 * folders), quire.report and quire.diag (and the JDK's HTTP server).
 */
package quire.serve;
