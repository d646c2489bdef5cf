/**
 * Turns expanded Markdown into HTML with Flexmark, set up once per build to read Markdown as
 * Hugo's goldmark does: quire's extension records links, images and heading ids with their source
 * positions, finds tables where goldmark finds them, puts shortcode HTML back in place of its
 * placeholders, and hands mermaid blocks to the diagram stage (or takes
 * them from the build's DiagramStore, which keeps what they became); a second extension writes what
 * readers see beyond plain HTML (code highlighted at build time, callouts, sized zoomable images,
 * scrolling tables). Depends on quire.diag, quire.url (link targets), quire.site, quire.shortcode (for ExpandedPage and its
 * placeholders), quire.mermaid, and RSyntaxTextArea's lexers.
 */
package quire.markdown;
