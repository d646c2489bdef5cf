/**
 * The rules of a site's URLs, in one place: a page's URL from its file, a URL's parent, the file a
 * URL is written to, how a URL is written into a link (percent-encoding) and read back
 * (percent-decoding), and how a link target written on a page resolves. Used by quire.site,
 * quire.shortcode, quire.markdown, quire.layout, quire.check, quire.publish and quire.build. Depends on nothing.
 */
package quire.url;
