package quire.diag;

import java.util.Locale;

/** Every kind of problem quire reports, with the kebab-case id that reports and docs use. */
public enum Rule {
  PARTIAL_MISSING(Severity.ERROR),
  PARTIAL_PARAM_COUNT(Severity.ERROR),
  PARTIAL_PARAMS_REQUIRED(Severity.ERROR),
  PARTIAL_PARAMS_UNDECLARED(Severity.ERROR),
  PARTIAL_PLACEHOLDER_UNDEFINED(Severity.ERROR),
  PARTIAL_PARAM_UNUSED(Severity.WARNING),
  PARTIAL_UNUSED(Severity.WARNING),
  PARTIAL_CYCLE(Severity.ERROR),
  PARTIAL_PATH_ESCAPE(Severity.ERROR),
  SHORTCODE_UNKNOWN(Severity.ERROR),
  SHORTCODE_SYNTAX(Severity.ERROR),
  /** A template shortcode whose Freemarker template failed while running. */
  SHORTCODE_TEMPLATE(Severity.ERROR),
  FRONTMATTER_INVALID(Severity.ERROR),
  /** A file that cannot be read as UTF-8 text, or a site setting that is wrong. */
  SOURCE_INVALID(Severity.ERROR),
  /** A symbolic link under content/, partials/ or site/ that leads out of the site folder. */
  SOURCE_OUTSIDE_SITE(Severity.ERROR),
  CONFIG_UNKNOWN_KEY(Severity.WARNING),
  /** A front-matter {@code layout} that names no template: the page falls back to its kind's. */
  LAYOUT_MISSING(Severity.WARNING),
  LINK_BROKEN(Severity.ERROR),
  ANCHOR_MISSING(Severity.ERROR),
  IMAGE_MISSING(Severity.ERROR),
  IMAGE_ALT_MISSING(Severity.WARNING),
  MERMAID_SYNTAX(Severity.ERROR),
  /** A page whose template failed while laying it out. */
  TEMPLATE_ERROR(Severity.ERROR),
  /** The output could not be written. */
  OUTPUT_FAILED(Severity.ERROR),
  LINK_EXTERNAL_BROKEN(Severity.ERROR),
  /** Two content files that would be written to the same URL ({@code x.md} and {@code x/_index.md}). */
  PAGE_URL_CONFLICT(Severity.ERROR),
  /** An input over one of the {@link Limits}: too large, too deeply nested, too many edges. */
  LIMIT_EXCEEDED(Severity.ERROR),
  /** A fault in quire itself while building a page: a bug to report, with the page that shows it. */
  INTERNAL_ERROR(Severity.ERROR),
  /** An alias whose redirect is not written: it is a page's own URL, or another page's alias too. */
  ALIAS_CONFLICT(Severity.WARNING);

  private final Severity severity;

  Rule(Severity severity) {
    this.severity = severity;
  }

  /** The severity a problem of this rule has unless a setting changes it. */
  public Severity severity() {
    return severity;
  }

  /** The kebab-case id, e.g. {@code partial-missing}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
