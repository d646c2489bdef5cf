/**
 * Draws mermaid flowcharts as static, accessible SVG at build time: parse text into a
 * {@code Flowchart}, break its long labels as mermaid.js does, lay it out with Eclipse ELK, write
 * SVG. May depend on the JDK, Eclipse ELK,
 * snakeyaml-engine (for @{ } data, front matter and %%{init}%% directives), Jsoup's table of HTML's
 * named character references, Font Awesome Free's
 * icons (class-path resources) and {@code quire.diag} only; knows nothing of pages, Markdown or
 * files.
 */
package quire.mermaid;
