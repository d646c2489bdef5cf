package quire.build;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import quire.diag.Problem;
import quire.markdown.Heading;
import quire.markdown.LinkRef;
import quire.shortcode.Dependency;
import quire.shortcode.PartialCall;
import quire.site.SourcePage;

/**
 * What {@link SiteUpdater} remembers of one page between the preview's builds: what the page
 * rendered from, its rendered content (or the build cache's key for it), what the layout needs
 * besides, what building it found, and the hash of the page it wrote.
 *
 * @param page the source the page was built from
 * @param contentKey the build cache's key of its rendered content; empty when {@code content} holds it
 * @param content the rendered content, deflated, when the updater rendered it
 * @param headings, links, usesMermaidJs, usesSvgDiagrams, summary as in {@link quire.markdown.RenderedPage}
 * @param dependencies what its expansion read besides the page (partials, listed children)
 * @param partialCalls every partial it rendered, with the calling line
 * @param problems what expanding, rendering and laying it out found
 * @param outputHash {@link quire.output.SiteWriter#fingerprint} of the laid-out page; empty
 *     when its layout failed
 */
record PageRecord(
    SourcePage page,
    String contentKey,
    Optional<byte[]> content,
    List<Heading> headings,
    List<LinkRef> links,
    boolean usesMermaidJs,
    boolean usesSvgDiagrams,
    String summary,
    List<Dependency> dependencies,
    List<PartialCall> partialCalls,
    List<Problem> problems,
    String outputHash) {

  PageRecord {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(contentKey, "contentKey");
    Objects.requireNonNull(content, "content");
    headings = List.copyOf(headings);
    links = List.copyOf(links);
    dependencies = List.copyOf(dependencies);
    partialCalls = List.copyOf(partialCalls);
    problems = List.copyOf(problems);
    Objects.requireNonNull(outputHash, "outputHash");
  }
}
