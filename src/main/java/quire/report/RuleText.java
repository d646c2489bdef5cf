package quire.report;

import quire.diag.Rule;

/** One sentence per rule, for reports that describe their rules (SARIF, JUnit). */
final class RuleText {
  private RuleText() {}

  static String of(Rule rule) {
    return switch (rule) {
      case PARTIAL_MISSING -> "A render call names a partial that does not exist.";
      case PARTIAL_PARAM_COUNT -> "A render call passes a different number of values than the partial declares.";
      case PARTIAL_PARAMS_REQUIRED -> "A partial declares parameters but the render call passes none.";
      case PARTIAL_PARAMS_UNDECLARED -> "A render call passes values to a partial that declares no parameters.";
      case PARTIAL_PLACEHOLDER_UNDEFINED -> "A partial uses $N beyond the parameters it declares.";
      case PARTIAL_PARAM_UNUSED -> "A partial declares a parameter it never uses.";
      case PARTIAL_UNUSED -> "No page renders this partial.";
      case PARTIAL_CYCLE -> "Partials render each other in a cycle.";
      case PARTIAL_PATH_ESCAPE -> "A render call names a path outside the partials folder.";
      case SHORTCODE_UNKNOWN -> "A shortcode that does not exist.";
      case SHORTCODE_SYNTAX -> "A shortcode tag that cannot be parsed.";
      case SHORTCODE_TEMPLATE -> "A shortcode template failed while running.";
      case FRONTMATTER_INVALID -> "Front matter that is not valid.";
      case SOURCE_INVALID -> "A file or setting of the site that cannot be read.";
      case SOURCE_OUTSIDE_SITE -> "A symbolic link that leads out of the site folder, which quire never follows.";
      case CONFIG_UNKNOWN_KEY -> "An unknown key in site/config.yaml.";
      case LAYOUT_MISSING -> "A front-matter layout that names no template; the page uses its kind's.";
      case LINK_BROKEN -> "An internal link to a page or file that is not built.";
      case ANCHOR_MISSING -> "A link to a #fragment that is not an id on the target page.";
      case IMAGE_MISSING -> "An image that is not built.";
      case IMAGE_ALT_MISSING -> "An image without alt text.";
      case MERMAID_SYNTAX -> "A mermaid diagram that cannot be parsed.";
      case TEMPLATE_ERROR -> "A page template failed while laying out a page.";
      case OUTPUT_FAILED -> "The site could not be written.";
      case LINK_EXTERNAL_BROKEN -> "An external link that does not answer with success.";
      case PAGE_URL_CONFLICT -> "Two content files that would be published at the same URL.";
      case LIMIT_EXCEEDED -> "An input larger or more deeply nested than quire's limits allow.";
      case INTERNAL_ERROR -> "A fault inside quire while building a page (a bug to report).";
      case ALIAS_CONFLICT -> "An alias in front matter that is a page's own URL, or another page's alias too: no redirect is written for it.";
    };
  }
}
