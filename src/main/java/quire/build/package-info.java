/**
 * The pipeline: load, expand shortcodes, Markdown, layout, write, over every page in parallel.
 * The only code that knows the order of the stages. Depends on every stage package.
 */
package quire.build;
