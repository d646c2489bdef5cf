/**
 * Loads a site: {@code site/config.yaml}, the pages under {@code content/} with their front
 * matter and URLs, the partial files, the assets to copy, and the theme with the site's overrides.
 * A page whose file a {@link quire.site.KnownPages} has seen unchanged keeps the front matter it
 * had and is read only when its text is asked for.
 * Depends on quire.diag, quire.url (page URLs) and snakeyaml-engine.
 */
package quire.site;
