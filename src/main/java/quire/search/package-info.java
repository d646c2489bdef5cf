/**
 * Full-text search without a service: after layout, each page's content is read as text in
 * sections (one per heading), and the build writes an index split into small files, so a
 * reader's first query fetches a small part of it (Pagefind's idea); {@code js/search.js} in
 * the theme reads it. Depends on quire.diag (nothing else of quire) and Jsoup's entity table.
 */
package quire.search;
