/**
 * The checks over the built site: internal links, anchors, images and their alt text (each page's
 * HTML scanned once as it is built, attribute values decoded by Jsoup, plus the Markdown link
 * records for positions), and external links on request, cached. Depends on quire.diag,
 * quire.url, quire.site, quire.markdown (link records), quire.build (the build result and its page hook) and
 * Jsoup.
 */
package quire.check;
