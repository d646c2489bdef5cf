/**
 * Turns expanded Markdown into HTML with Flexmark, set up once per build to read Markdown as
 * Hugo's goldmark does: quire's extension records links, images and heading ids with their source
 * positions, finds tables where goldmark finds them, puts shortcode HTML back in place of its
 * placeholders, and hands mermaid blocks to the diagram stage. Depends on quire.diag, quire.site, quire.shortcode (for ExpandedPage)
 * and quire.mermaid.
 */
package quire.markdown;
