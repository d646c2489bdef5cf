package quire.build;

import java.util.List;
import quire.shortcode.PartialCall;

/**
 * What building one page gave the rest of the build.
 *
 * @param rendered true when the page was expanded and rendered afresh
 * @param laidOut true when the page was laid out afresh
 */
record PageOutcome(PageFacts facts, List<PartialCall> partialCalls, boolean usesMermaidJs, boolean usesSvgDiagrams,
    boolean rendered, boolean laidOut) {
  PageOutcome {
    partialCalls = List.copyOf(partialCalls);
  }
}
