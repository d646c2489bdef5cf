/**
 * The files a published site carries besides its pages: {@code sitemap.xml} with absolute URLs,
 * {@code robots.txt}, and redirects from the front matter's {@code aliases} (a page at each old
 * URL and a {@code _redirects} file). Pure functions of the loaded site; the build writes what
 * they return. Depends on quire.diag, quire.url and quire.site.
 */
package quire.publish;
