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
 * @param searchPagesMade the search index's page files put together from their pages' content
 *     (the rest were the last index's, or the whole index was)
 */
public record BuildStats(int pages, int rendered, int laidOut, long filesWritten, boolean searchBehind,
    int searchPagesMade) {
  public static final BuildStats NONE = new BuildStats(0, 0, 0, 0, false, 0);
}
