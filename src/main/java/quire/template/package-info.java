/**
 * The template engine, Freemarker, set up in one place for the page templates and the template
 * shortcodes: the sandboxed configuration, the site's folder laid over the built-in theme's, where
 * a template's file is (the site's or the theme's, as a typed position), and running a template
 * into its output or a failure at the template's line, within the limits on a run (characters
 * written, processor time, kept by a watchdog thread). Depends on quire.diag, quire.site (the
 * theme's folder and the site boundary) and Freemarker.
 */
package quire.template;
