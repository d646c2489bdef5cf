package quire.diag;

/**
 * The limits every input is held to, so no file can make a build hang, run out of memory or
 * overflow the stack. Each is far above what real documentation needs (the README's Safety
 * section gives the largest value seen in real docs beside each), and each trips as a
 * {@link Rule#LIMIT_EXCEEDED} error at the place it is crossed. Constants; thread-safe.
 */
public final class Limits {
  private Limits() {}

  /** Largest Markdown file (page or partial), in bytes; a larger file is not read at all. */
  public static final long FILE_BYTES = 4L * 1024 * 1024;

  /** Largest page after shortcodes and partials are expanded, in characters. */
  public static final int EXPANDED_CHARS = 8 * 1024 * 1024;

  /**
   * Most characters one run of a template (a page's layout, one shortcode call) may write, so a
   * loop or a padding millions long ends in an error at once instead of filling the heap.
   */
  public static final int TEMPLATE_OUTPUT_CHARS = 32 * 1024 * 1024;

  /**
   * Most processor time one run of a template may take, in seconds, so a loop or a recursion
   * that writes nothing ends in an error instead of running for hours.
   */
  public static final int TEMPLATE_CPU_SECONDS = 10;

  /** Deepest nesting of YAML collections (front matter, site/config.yaml). */
  public static final int YAML_DEPTH = 64;

  /** Most aliases ({@code *name}) to collections one YAML document may use. */
  public static final int YAML_ALIASES = 64;

  /** Deepest chain of partials rendering partials. */
  public static final int PARTIAL_DEPTH = 32;

  /** Deepest nesting of paired shortcodes inside one another. */
  public static final int SHORTCODE_DEPTH = 64;

  /** Deepest nesting of Markdown blocks (list items and block quotes inside one another). */
  public static final int MARKDOWN_DEPTH = 64;

  /** Most edges one mermaid statement may make ({@code a & b --> c & d} makes four). */
  public static final int MERMAID_EDGES_PER_STATEMENT = 256;

  /** Most nodes in one mermaid diagram. */
  public static final int MERMAID_NODES = 1000;

  /** Most edges in one mermaid diagram. */
  public static final int MERMAID_EDGES = 2000;

  /**
   * Most characters of mermaid source the diagrams of one page may hold in all (at most about six
   * diagrams at the node and edge limits), so a page's diagrams take minutes at worst to lay out,
   * not hours; the diagrams past it are shown as their source.
   */
  public static final int MERMAID_CHARS_PER_PAGE = 128 * 1024;
}
