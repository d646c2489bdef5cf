package quire.build;

/**
 * How much of a build was done afresh.
 *
 * @param pages the pages of the site
 * @param rendered pages expanded and rendered from Markdown (the rest came from the cache)
 * @param laidOut pages laid out by the templates (the rest came from the cache)
 * @param filesWritten files written into the output (the rest were left as they were)
 * @param searchBehind the search index is the last build's although pages changed (only when
 *     {@link BuildOptions#searchMayLag} allows it)
 */
public record BuildStats(int pages, int rendered, int laidOut, long filesWritten, boolean searchBehind) {
  public static final BuildStats NONE = new BuildStats(0, 0, 0, 0, false);

  public BuildStats(int pages, int rendered, int laidOut, long filesWritten) {
    this(pages, rendered, laidOut, filesWritten, false);
  }
}
