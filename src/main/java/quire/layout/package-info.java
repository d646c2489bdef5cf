/**
 * Lays a rendered page out as a full HTML page with Freemarker {@code .ftlh} templates (built in,
 * overridable from {@code site/templates/}), using a navigation model computed once per build (the
 * sidebar's entries escaped once, each page's sidebar drawn from them).
 * Depends on quire.diag, quire.url, quire.site, quire.shortcode (the expanded page a rendered page comes
 * from), quire.markdown, quire.template (the template engine) and Freemarker's types.
 */
package quire.layout;
