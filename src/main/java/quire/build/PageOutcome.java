package quire.build;

import java.util.List;
import quire.shortcode.PartialCall;

/**
 * What building one page gave the rest of the build.
 *
 * @param rendered true when the page was expanded and rendered afresh
 * @param laidOut true when the page was laid out afresh
 * @param contentHtml the page's rendered content (without the layout), for the search index;
 *     empty when the build has no use for it
 */
record PageOutcome(PageFacts facts, List<PartialCall> partialCalls, boolean usesMermaidJs, boolean usesSvgDiagrams,
    boolean rendered, boolean laidOut, String contentHtml) {
  PageOutcome {
    partialCalls = List.copyOf(partialCalls);
  }
}
