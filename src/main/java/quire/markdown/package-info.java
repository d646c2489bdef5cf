/**
 * Turns expanded Markdown into HTML with Flexmark, set up once per build: quire's extension
 * records links, images and heading ids with their source positions and hands mermaid blocks
 * to the diagram stage. Depends on quire.diag, quire.site, quire.shortcode (for ExpandedPage)
 * and quire.mermaid.
 */
package quire.markdown;
