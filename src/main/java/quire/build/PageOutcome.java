package quire.build;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quire.shortcode.PartialCall;

/**
 * What building one page gave the rest of the build.
 *
 * @param rendered true when the page was expanded and rendered afresh
 * @param laidOut true when the page was laid out afresh
 * @param contentKey the page's content key in the build cache (empty without a cache)
 * @param contentHtml the page's rendered content (without the layout), for the search index,
 *     when the build made or read it anyway; empty when the build has no use for it, or when
 *     the page came whole from the cache (search then reads the cache by {@code contentKey})
 */
record PageOutcome(PageFacts facts, List<PartialCall> partialCalls, boolean usesMermaidJs, boolean usesSvgDiagrams,
    boolean rendered, boolean laidOut, String contentKey, Optional<String> contentHtml) {
  PageOutcome {
    partialCalls = List.copyOf(partialCalls);
    Objects.requireNonNull(contentKey, "contentKey");
  }
}
