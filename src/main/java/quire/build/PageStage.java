package quire.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.SourceMap;
import quire.layout.Navigation;
import quire.layout.PageLayout;
import quire.markdown.DiagramStore;
import quire.markdown.MarkdownRenderer;
import quire.markdown.RenderedPage;
import quire.output.FileStamp;
import quire.output.SiteWriter;
import quire.shortcode.Dependency;
import quire.shortcode.ExpandedPage;
import quire.shortcode.Expander;
import quire.shortcode.PartialCall;
import quire.site.SourcePage;
import quire.url.SiteUrls;

/**
 * One page through expand → Markdown → layout → write, taking from the build cache what is still
 * valid: the laid-out page when neither the content key nor the page key changed (then nothing
 * is rendered or laid out, and the output file is a link to the cached page, or left alone when
 * it is already there), the rendered content when only the page key changed (then only the
 * layout runs). With a cache, content is rendered for any base path
 * ({@link MarkdownRenderer#renderForAnyBase}) and kept so, and put under the build's base path
 * before it is laid out, so a build for another URL takes it too; a page whose sources hold the
 * mark that stands for the base path is rendered for this one and not kept. Thread-safe; one per
 * build.
 */
final class PageStage {
  /** The cache's name for the 404 page, which has no Markdown file. */
  static final String NOT_FOUND = "404.html";

  private final Supplier<Expander> expander;
  private final Supplier<MarkdownRenderer> markdown;
  private final Supplier<PageLayout> layout;
  private final Navigation nav;
  private final String basePath;
  private final Optional<BuildCache> cache;
  private final Optional<CacheKeys> keys;
  private final Optional<SiteWriter> writer;
  private final PageObserver observer;
  private final Function<SourcePage, String> updated;
  private final boolean keepContent;

  /**
   * @param basePath the base path of the URL the site is built for ({@code /} or {@code /docs/})
   * @param updated a page's "last updated" date, part of its page key
   * @param keepContent whether each outcome carries the page's rendered content (for search)
   */
  PageStage(Supplier<Expander> expander, Supplier<MarkdownRenderer> markdown, Supplier<PageLayout> layout, Navigation nav,
      String basePath, Optional<BuildCache> cache, Optional<CacheKeys> keys, Optional<SiteWriter> writer,
      PageObserver observer, Function<SourcePage, String> updated, boolean keepContent) {
    this.expander = expander;
    this.markdown = markdown;
    this.layout = layout;
    this.nav = nav;
    this.basePath = basePath;
    this.cache = cache;
    this.keys = keys;
    this.writer = writer;
    this.observer = observer;
    this.updated = updated;
    this.keepContent = keepContent;
  }

  PageOutcome build(SourcePage page, Problems problems) {
    String output = SiteUrls.outputFile(page.url());
    Optional<CachedPage> before = cache.flatMap(c -> c.find(page.path()));
    if (before.isPresent()) {
      CachedPage old = before.get();
      String contentKey = keys.orElseThrow().content(page, old.dependencies());
      if (contentKey.equals(old.contentKey())) {
        Optional<PageOutcome> reused = reuse(page, old, output, problems);
        if (reused.isPresent()) return reused.get();
      }
    }
    Problems found = new Problems();
    ExpandedPage expanded = expander.get().expand(page, found);
    Optional<PageDiagrams> diagrams = cache.map(c -> new PageDiagrams(c, keys.orElseThrow()));
    DiagramStore store = diagrams.map(d -> (DiagramStore) d).orElse(DiagramStore.NONE);
    boolean anyBase = cache.isPresent() && !expanded.holds(SiteUrls.ANY_BASE_MARK);
    RenderedPage rendered = anyBase ? markdown.get().renderForAnyBase(expanded, found, store)
        : markdown.get().render(expanded, found, store);
    Optional<String> contentKey = keys.map(k -> k.content(page, expanded.dependencies()));
    return finish(page, rendered, anyBase, expanded.dependencies(), expanded.partialCalls(), contentKey, output, found,
        problems, true, diagrams.map(PageDiagrams::used).orElse(List.of()));
  }

  /** The page from the cache, when its content is still valid and the cache still holds it. */
  private Optional<PageOutcome> reuse(SourcePage page, CachedPage old, String output, Problems problems) {
    BuildCache c = cache.orElseThrow();
    String pageKey = keys.orElseThrow().page(old.contentKey(), updated.apply(page));
    PageFacts facts = new PageFacts(nav.href(page.url()), page.path(), output, RenderedPage.rebased(old.links(), basePath));
    if (pageKey.equals(old.pageKey()) && reuseLaidOut(old, output, facts, true)) {
      old.problems().forEach(problems::add);
      c.keep(old);
      return Optional.of(new PageOutcome(facts, old.partialCalls(), old.usesMermaidJs(), old.usesSvgDiagrams(), false, false,
          old.contentKey(), Optional.empty()));
    }
    Optional<String> content = c.content(old);
    if (content.isEmpty()) return Optional.empty();
    ExpandedPage expanded = new ExpandedPage(page, "", new SourceMap.Builder().build(), List.of());
    RenderedPage rendered = new RenderedPage(expanded, content.get(), old.headings(), old.links(),
        old.usesMermaidJs(), old.usesSvgDiagrams(), old.summary());
    Problems found = new Problems();
    old.problems().forEach(found::add);
    return Optional.of(finish(page, rendered, true, old.dependencies(), old.partialCalls(), Optional.of(old.contentKey()),
        output, found, problems, false, old.diagrams()));
  }

  /** Writes the 404 page: from the cache while the layout's inputs are unchanged. */
  void notFound(Problems problems) {
    Optional<String> key = keys.map(k -> k.page(NOT_FOUND));
    Optional<CachedPage> old = cache.flatMap(c -> c.find(NOT_FOUND));
    if (old.isPresent() && old.get().pageKey().equals(key.orElseThrow())
        // Not shown to the observer: a 404 page laid out afresh is not either.
        && reuseLaidOut(old.get(), NOT_FOUND, new PageFacts("/404.html", NOT_FOUND, NOT_FOUND, List.of()), false)) {
      cache.get().keep(old.get());
      return;
    }
    Problems found = new Problems();
    Optional<String> html = layout.get().notFound(found);
    List<Problem> pageProblems = found.sorted();
    pageProblems.forEach(problems::add);
    if (html.isEmpty()) return;
    try {
      if (cache.isEmpty()) {
        if (writer.isPresent()) writer.get().write(NOT_FOUND, html.get());
        return;
      }
      byte[] bytes = html.get().getBytes(StandardCharsets.UTF_8);
      String hash = SiteWriter.fingerprint(bytes);
      Optional<FileStamp> stored = cache.get().storePage(hash, bytes);
      if (writer.isPresent()) {
        if (stored.isPresent()) writer.get().link(NOT_FOUND, cache.get().pageFileOf(hash), stored.get());
        else writer.get().write(NOT_FOUND, bytes, hash);
      }
      if (pageProblems.stream().noneMatch(Problem::isError)) {
        cache.get().put(new CachedPage(NOT_FOUND, NOT_FOUND, List.of(), List.of(), List.of(), false, false, "", pageProblems,
            List.of(), key.orElseThrow(), hash, stored.map(FileStamp::size).orElse(-1L),
            stored.map(FileStamp::modified).orElse(-1L), "", List.of(), List.of()), "");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Puts the cached laid-out page in place: leaves the output file alone when it already holds
   * it, else links it from the cache; and shows it to the observer (when {@code observe}), from
   * the observer's memo when the cache holds one, else from the HTML (then keeping the new memo).
   * False when the cache no longer has the page.
   */
  private boolean reuseLaidOut(CachedPage old, String output, PageFacts facts, boolean observe) {
    try {
      BuildCache c = cache.orElseThrow();
      boolean inPlace = writer.isPresent() && writer.get().keep(output, old.pageHash());
      CachedPage entry = old;
      Optional<FileStamp> copy = Optional.empty();
      if (writer.isPresent() && !inPlace) {
        copy = c.page(old);
        if (copy.isEmpty()) return false;
        if (copy.get().modified() != old.pageModified()) {
          // The same bytes under another time: the index keeps the time the file has now.
          entry = old.withPageFile(copy.get());
          c.remember(entry);
        }
      }
      if (observe && observer != SiteBuilder.NOBODY && !fromMemo(entry, facts)) {
        // The output file, when it is the cached page untouched, else the cache's copy.
        Optional<Path> html = inPlace ? Optional.of(writer.get().fileInTarget(output))
            : copy.or(() -> c.page(old)).map(stamp -> c.pageFileOf(old.pageHash()));
        if (html.isEmpty()) return false;
        List<String> memo = observer.builtWithMemo(facts, Files.readString(html.get(), StandardCharsets.UTF_8));
        if (!memo.isEmpty()) c.remember(entry.withMemo(observer.memoFormat(), memo));
      }
      if (copy.isPresent()) {
        writer.get().link(output, c.pageFileOf(old.pageHash()), copy.get());
      }
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the observer took the page from the memo the cache keeps of it. */
  private boolean fromMemo(CachedPage old, PageFacts facts) {
    String format = observer.memoFormat();
    return !format.isEmpty() && format.equals(old.memoFormat()) && !old.memo().isEmpty()
        && observer.builtFromMemo(facts, old.memo());
  }

  /**
   * Lays out, writes and keeps a page's content: {@code rendered} as the cache keeps it, for any
   * base path when {@code anyBase} (then put under the build's before anything else sees it).
   */
  private PageOutcome finish(SourcePage page, RenderedPage rendered, boolean anyBase, List<Dependency> dependencies,
      List<PartialCall> calls, Optional<String> contentKey, String output, Problems found, Problems problems,
      boolean fresh, List<String> diagrams) {
    RenderedPage placed = anyBase ? rendered.rebased(basePath) : rendered;
    PageFacts facts = new PageFacts(nav.href(page.url()), page.path(), output, placed.links());
    Optional<String> html = layout.get().layout(placed, found);
    List<Problem> pageProblems = found.sorted();
    pageProblems.forEach(problems::add);
    // A page whose template failed (a problem already) still exists: links to it are not broken.
    if (html.isEmpty()) observer.failed(facts);
    if (html.isPresent()) {
      // A memo is only worth making for a cache to keep.
      List<String> memo = cache.isPresent() ? observer.builtWithMemo(facts, html.get()) : List.of();
      if (cache.isEmpty()) observer.built(facts, html.get());
      try {
        store(page, rendered, anyBase, dependencies, calls, contentKey, output, html.get(), pageProblems, memo, diagrams);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new PageOutcome(facts, calls, rendered.usesMermaidJs(), rendered.usesSvgDiagrams(), fresh, true,
        contentKey.orElse(""), keepContent ? Optional.of(placed.html()) : Optional.empty());
  }

  /** Writes the page, and keeps it in the cache when it built without an error, its content for any base path. */
  private void store(SourcePage page, RenderedPage rendered, boolean anyBase, List<Dependency> dependencies,
      List<PartialCall> calls, Optional<String> contentKey, String output, String html, List<Problem> pageProblems,
      List<String> memo, List<String> diagrams) throws IOException {
    if (cache.isEmpty()) {
      if (writer.isPresent()) writer.get().write(output, html);
      return;
    }
    byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
    String hash = SiteWriter.fingerprint(bytes);
    boolean cacheable = anyBase && pageProblems.stream().noneMatch(Problem::isError);
    Optional<FileStamp> stored = cacheable ? cache.get().storePage(hash, bytes) : Optional.empty();
    if (writer.isPresent()) {
      if (stored.isPresent()) {
        writer.get().link(output, cache.get().pageFileOf(hash), stored.get());
      } else {
        writer.get().write(output, bytes, hash);
      }
    }
    if (cacheable) {
      String key = contentKey.orElseThrow();
      cache.get().put(new CachedPage(page.path(), key, dependencies, rendered.headings(),
          rendered.links(), rendered.usesMermaidJs(), rendered.usesSvgDiagrams(), rendered.summary(), pageProblems, calls,
          keys.orElseThrow().page(key, updated.apply(page)), hash, stored.map(FileStamp::size).orElse(-1L),
          stored.map(FileStamp::modified).orElse(-1L), memo.isEmpty() ? "" : observer.memoFormat(), memo, diagrams),
          rendered.html());
    }
  }
}
