/**
 * The pipeline: load, expand shortcodes, Markdown, layout, write, over every page in parallel;
 * and, for {@code quire serve}, the same stages over only the pages an edit reaches
 * ({@link quire.build.SiteUpdater}), handing back what changed as values.
 * The only code that knows the order of the stages. Depends on every stage package: quire.diag, quire.url,
 * quire.site, quire.shortcode, quire.partial, quire.markdown, quire.mermaid (its font, and the diagrams the build cache keeps),
 * quire.layout, quire.search (the index), quire.publish (sitemap, robots.txt, redirects) and
 * quire.output.
 */
package quire.build;
