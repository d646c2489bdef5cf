package quire.build;

import java.util.List;
import java.util.Objects;
import quire.diag.Problem;
import quire.markdown.Heading;
import quire.markdown.LinkRef;
import quire.output.FileStamp;
import quire.shortcode.Dependency;
import quire.shortcode.PartialCall;

/**
 * What the build cache keeps of one page: the keys its fragments and its laid-out page were
 * made under, what expanding it read, and what building it found. The HTML itself is kept in
 * files of the cache named by {@code contentKey} and {@code pageHash}.
 *
 * @param path the page's Markdown file
 * @param contentKey hash of everything the rendered content depends on (page text, config,
 *     shortcode templates, quire's version, and what {@code dependencies} resolved to)
 * @param dependencies what expanding the page read besides the page
 * @param headings, links, usesMermaidJs, usesSvgDiagrams, summary as in {@link quire.markdown.RenderedPage}
 * @param problems the warnings the page's expansion and rendering reported (a page with an
 *     error is never cached)
 * @param partialCalls every partial the page rendered, with the calling line
 * @param pageKey hash of {@code contentKey} and everything the layout depends on (templates,
 *     the section tree, config); the laid-out page is valid while it is unchanged
 * @param pageHash SHA-256 of the laid-out page's bytes
 * @param pageSize, pageModified size and modification time (ns) of the cached page file, so a
 *     file changed behind quire's back is not trusted
 * @param memoFormat, memo what the build's {@link PageObserver} kept of the laid-out page (the
 *     link check: its ids and references), so a page taken from the cache is not read again;
 *     an empty format when there is none
 * @param diagrams the build cache's keys of the diagrams the page's content drew (kept while a
 *     page names them, so a page rendered again takes them from the cache)
 */
record CachedPage(
    String path,
    String contentKey,
    List<Dependency> dependencies,
    List<Heading> headings,
    List<LinkRef> links,
    boolean usesMermaidJs,
    boolean usesSvgDiagrams,
    String summary,
    List<Problem> problems,
    List<PartialCall> partialCalls,
    String pageKey,
    String pageHash,
    long pageSize,
    long pageModified,
    String memoFormat,
    List<String> memo,
    List<String> diagrams) {

  CachedPage {
    Objects.requireNonNull(path, "path");
    dependencies = List.copyOf(dependencies);
    headings = List.copyOf(headings);
    links = List.copyOf(links);
    problems = List.copyOf(problems);
    partialCalls = List.copyOf(partialCalls);
    Objects.requireNonNull(memoFormat, "memoFormat");
    memo = List.copyOf(memo);
    diagrams = List.copyOf(diagrams);
  }

  /** This entry with its laid-out page's file as it is now (the same bytes, another time). */
  CachedPage withPageFile(FileStamp file) {
    return new CachedPage(path, contentKey, dependencies, headings, links, usesMermaidJs, usesSvgDiagrams, summary,
        problems, partialCalls, pageKey, pageHash, file.size(), file.modified(), memoFormat, memo, diagrams);
  }

  /** This entry with the observer's memo of its laid-out page. */
  CachedPage withMemo(String format, List<String> memo) {
    return new CachedPage(path, contentKey, dependencies, headings, links, usesMermaidJs, usesSvgDiagrams, summary,
        problems, partialCalls, pageKey, pageHash, pageSize, pageModified, format, memo, diagrams);
  }
}
