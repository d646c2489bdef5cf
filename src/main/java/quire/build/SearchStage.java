package quire.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.layout.Navigation;
import quire.output.FileStamp;
import quire.output.SiteWriter;
import quire.search.PageText;
import quire.search.SearchIndex;
import quire.site.SourcePage;
import quire.url.SiteUrls;

/**
 * The search index of one build, made with as little work as the build cache allows. What search
 * takes from each page's content (its words counted, its text as the page file holds it) is kept
 * in the cache by the page's content key, so only pages rendered afresh are read and counted; and
 * the index's files are kept in the cache by a key of every page's URL, title, section title and
 * content key, so a build in which none of these changed makes no index at all: it keeps (or
 * links from the cache) the files of the last one, which would be the same bytes. Thread-safe
 * while pages are {@link #add added}; {@link #files} and {@link #write} are called once each,
 * after every page.
 */
final class SearchStage {
  /** The cache's name for the index's files. */
  static final String FILE_SET = "search";

  /** One page as search needs it; {@code content} empty when the cache is to supply it. */
  private record Entry(String path, String url, String title, String section, String contentKey,
      Optional<SearchIndex.Content> content) {}

  /** A page whose content neither the build nor the cache has (a damaged cache). */
  private static final class ContentLost extends RuntimeException {
    final String path;

    ContentLost(String path) {
      super("the build cache lost the content of " + path, null, false, false);
      this.path = path;
    }
  }

  /**
   * A page's file in a new index: the page, the key of what the file is made from (empty without
   * a cache), and the cache's copy of the same file from the last index, when it is kept.
   */
  private record PageFile(Entry page, String source, Optional<FileStamp> lastCopy) {}

  private final Navigation nav;
  private final Optional<BuildCache> cache;
  private final ConcurrentLinkedQueue<Entry> entries = new ConcurrentLinkedQueue<>();
  private final ConcurrentMap<String, String> vocabulary = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, String> sectionTitles = new ConcurrentHashMap<>();
  private Optional<BuildCache.FileSet> reused = Optional.empty();
  /** The stamps now of the cache's copies of the reused set's files the output folder lacks, by path. */
  private Map<String, FileStamp> reusedCopies = Map.of();
  /** The files {@link #files} made, path → text (all but the page files kept from the last index). */
  private Map<String, String> made = Map.of();
  /** Each page's file in a new index, by path. */
  private Map<String, PageFile> pages = Map.of();
  private String key = "";
  private boolean behind;
  /** Page files whose text this build put together (see {@link #pagesMade}). */
  private final AtomicInteger pagesMade = new AtomicInteger();

  SearchStage(Navigation nav, Optional<BuildCache> cache) {
    this.nav = nav;
    this.cache = cache;
  }

  /** Adds a built page; reads its content when the build has it, else leaves it to the cache. */
  void add(SourcePage page, PageOutcome outcome) throws IOException {
    Optional<SearchIndex.Content> content = outcome.contentHtml().map(SearchStage::read).map(this::shared);
    if (content.isPresent() && cache.isPresent() && !outcome.contentKey().isEmpty()) {
      cache.get().putSearchContent(outcome.contentKey(), content.get());
    }
    entries.add(new Entry(page.path(), SiteUrls.href("", page.url()), page.title(), sectionTitle(page),
        outcome.contentKey(), content));
  }

  /** What search takes from a page's rendered content, read and counted now. */
  static SearchIndex.Content read(String contentHtml) {
    return SearchIndex.content(PageText.of(contentHtml));
  }

  /**
   * The content with its words shared with every other page's: the pages waiting for the index
   * hold references into one vocabulary, not strings of their own (a cold build at 10,000 pages
   * held about 250 MB more without).
   */
  private SearchIndex.Content shared(SearchIndex.Content content) {
    List<String> words = new ArrayList<>(content.words().size());
    for (String word : content.words()) {
      String known = vocabulary.putIfAbsent(word, word);
      words.add(known != null ? known : word);
    }
    return content.withWords(words);
  }

  /**
   * The title of the section a page is in, for search results; empty for the home page. The
   * same for every page of a section (the nearest page above it), so worked out once a section.
   */
  private String sectionTitle(SourcePage page) {
    if (page.kind() == SourcePage.Kind.HOME) return "";
    return sectionTitles.computeIfAbsent(page.section(), section -> {
      List<Map<String, String>> crumbs = nav.breadcrumbs(page);
      return crumbs.isEmpty() ? "" : crumbs.get(crumbs.size() - 1).get("title");
    });
  }

  /**
   * Decides the index's files: the last build's, when nothing they were made from changed (or
   * {@code mayLag}) and each is still in the output folder or the cache, else new ones. Returns
   * their output paths (none, with an error, when the cache lost what a page's entry needs).
   */
  List<String> files(Optional<SiteWriter> writer, boolean mayLag, Problems problems) {
    try {
      return decide(writer, mayLag);
    } catch (ContentLost e) {
      lost(e, problems);
      return List.of();
    }
  }

  private List<String> decide(Optional<SiteWriter> writer, boolean mayLag) {
    List<Entry> all = new ArrayList<>(entries);
    all.sort(Comparator.comparing(Entry::url));
    key = cache.isPresent() && all.stream().noneMatch(e -> e.contentKey().isEmpty()) ? keyOf(all) : "";
    Optional<BuildCache.FileSet> last = cache.flatMap(c -> c.fileSet(FILE_SET));
    Optional<Map<String, FileStamp>> copies = last.isPresent() && (mayLag || (!key.isEmpty() && last.get().key().equals(key)))
        ? copiesOf(last.get(), writer) : Optional.empty();
    if (copies.isPresent()) {
      reused = last;
      reusedCopies = copies.get();
      // Kept under its own key: the next build that may not lag makes the index again.
      cache.get().keepFileSet(FILE_SET);
      behind = !last.get().key().equals(key);
      return new ArrayList<>(new TreeMap<>(last.get().files()).keySet());
    }
    // A page file made from the same URL, title, section and content as one the last index
    // had is the same bytes: the cache's copy is linked again, and its text is neither read
    // from the cache nor made (after an edit at 10,000 pages, all but the pages it reached).
    Map<String, FileStamp> lastCopies = new HashMap<>();
    last.ifPresent(set -> set.sources().forEach((path, source) -> {
      FileStamp copy = set.files().get(path);
      if (copy != null && copy.size() >= 0) lastCopies.put(source, copy);
    }));
    Map<String, PageFile> pageFiles = new ConcurrentHashMap<>();
    SearchIndex index = new SearchIndex();
    Parallel.forEach(all, e -> {
      String source = e.contentKey().isEmpty() ? "" : sourceKey(e);
      FileStamp lastCopy = source.isEmpty() ? null : lastCopies.get(source);
      Optional<SearchIndex.Counted> counted = lastCopy == null ? Optional.empty()
          : e.content().map(SearchIndex.Content::counted).or(() -> cache.orElseThrow().searchWords(e.contentKey()));
      if (counted.isPresent()) {
        index.addKept(e.url(), e.title(), e.section(), counted.get());
      } else {
        index.add(e.url(), e.title(), e.section(), contentOf(e));
        pagesMade.incrementAndGet();
        lastCopy = null;
      }
      pageFiles.put(e.url(), new PageFile(e, source, Optional.ofNullable(lastCopy)));
    });
    SearchIndex.Files files = index.files();
    made = files.texts();
    Map<String, PageFile> byPath = new TreeMap<>();
    files.pages().forEach((path, url) -> byPath.put(path, pageFiles.get(url)));
    pages = byPath;
    return newFiles();
  }

  /** The paths of a new index's files: those made, and the page files kept from the last index. */
  private List<String> newFiles() {
    List<String> paths = new ArrayList<>(made.keySet());
    for (Map.Entry<String, PageFile> page : pages.entrySet()) {
      if (page.getValue().lastCopy().isPresent()) paths.add(page.getKey());
    }
    return paths;
  }

  /** What search takes from a page's content: as the build read it, else from the cache. */
  private SearchIndex.Content contentOf(Entry e) {
    return e.content().or(() -> cachedContent(e.contentKey())).orElseThrow(() -> new ContentLost(e.path()));
  }

  /**
   * A page taken from the cache whose content the cache no longer reads back (its records
   * damaged since the cache was opened): an error at the page, and the cache's index dropped, so
   * that the next build renders every page afresh rather than meet the same records.
   */
  private void lost(ContentLost e, Problems problems) {
    problems.report(Rule.OUTPUT_FAILED, Position.of(e.path), "the build cache's copy of this page's content does not"
        + " read back (damaged, or changed by hand), so the search index cannot be made; the cache is dropped:"
        + " build again");
    try {
      cache.orElseThrow().discard();
    } catch (IOException io) {
      problems.report(Rule.OUTPUT_FAILED, Position.of(e.path), "cannot drop the build cache either: " + io.getMessage()
          + "; delete it, or build with --no-cache");
    }
  }

  /** The key of what a page's file in the index is made from. */
  private static String sourceKey(Entry e) {
    return CacheKeys.hash("search page file", e.url(), e.title(), e.section(), e.contentKey());
  }

  /**
   * How many page files of the index this build put together from their pages' content; the
   * others were the last index's (none when {@link #files} kept the whole index).
   */
  int pagesMade() {
    return pagesMade.get();
  }

  /** Whether {@link #files} kept the last build's index although pages changed. */
  boolean behind() {
    return behind;
  }

  /** What search takes from a page's content, from the cache: kept as such, else read from the content. */
  private Optional<SearchIndex.Content> cachedContent(String contentKey) {
    BuildCache c = cache.orElseThrow();
    Optional<SearchIndex.Content> kept = c.searchContent(contentKey);
    if (kept.isPresent()) return kept;
    return c.content(contentKey).map(SearchStage::read);
  }

  /**
   * The stamps now of the cache's copies of the set's files that the output folder does not hold
   * as left, by path; empty when one of those is not in the cache either.
   */
  private Optional<Map<String, FileStamp>> copiesOf(BuildCache.FileSet set, Optional<SiteWriter> writer) {
    Map<String, FileStamp> copies = new HashMap<>();
    if (writer.isEmpty()) return Optional.of(copies);
    for (Map.Entry<String, FileStamp> file : set.files().entrySet()) {
      if (writer.get().holds(file.getKey(), file.getValue().content())) continue;
      Optional<FileStamp> copy = cache.orElseThrow().copyOf(file.getValue());
      if (copy.isEmpty()) return Optional.empty();
      copies.put(file.getKey(), copy.get());
    }
    return Optional.of(copies);
  }

  /** Writes the files {@link #files} decided on, keeping them in the cache. */
  void write(SiteWriter writer, Problems problems) {
    try {
      if (reused.isPresent()) {
        BuildCache.FileSet set = reused.get();
        // The copies whose time changed (a cache restored without its times): the set keeps their new stamps.
        Map<String, FileStamp> renewed = new ConcurrentHashMap<>();
        new ArrayList<>(set.files().entrySet()).parallelStream().forEach(file -> {
          String hash = file.getValue().content();
          if (writer.keep(file.getKey(), hash)) return;
          // Looked up by files() (a new folder's 10,000 files: as many fewer stat calls), or,
          // for an output file changed since, now.
          Optional<FileStamp> copy = Optional.ofNullable(reusedCopies.get(file.getKey()))
              .or(() -> cache.orElseThrow().copyOf(file.getValue()));
          try {
            // Gone since files() looked: no site rather than an index with a file missing.
            if (copy.isEmpty()) throw new IOException("the build cache lost " + file.getKey() + " while building");
            writer.link(file.getKey(), cache.orElseThrow().pageFileOf(hash), copy.get());
            if (!copy.get().equals(file.getValue())) renewed.put(file.getKey(), copy.get());
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        if (!renewed.isEmpty()) {
          Map<String, FileStamp> files = new HashMap<>(set.files());
          files.putAll(renewed);
          cache.orElseThrow().putFileSet(FILE_SET, new BuildCache.FileSet(set.key(), files, set.sources()));
        }
        return;
      }
      // At 10,000 pages the index is 10,000 files: each hashed, kept in the cache and linked, on
      // every core (the writer and the cache take files from several threads at once).
      Map<String, FileStamp> stamps = new ConcurrentHashMap<>();
      newFiles().parallelStream().forEach(path -> {
        try {
          String text = made.get(path);
          if (text == null) {
            PageFile page = pages.get(path);
            FileStamp last = page.lastCopy().orElseThrow();
            Optional<FileStamp> copy = cache.orElseThrow().copyOf(last);
            if (copy.isPresent()) {
              writer.link(path, cache.orElseThrow().pageFileOf(last.content()), copy.get());
              stamps.put(path, copy.get());
              return;
            }
            // The cache's copy is gone (or was changed): the same bytes are made again.
            Entry e = page.page();
            text = SearchIndex.pageFile(e.url(), e.title(), e.section(), contentOf(e));
            pagesMade.incrementAndGet();
          }
          byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
          if (cache.isEmpty()) {
            writer.write(path, bytes);
            return;
          }
          String hash = SiteWriter.fingerprint(bytes);
          Optional<FileStamp> stored = cache.get().storePage(hash, bytes);
          if (stored.isPresent()) writer.link(path, cache.get().pageFileOf(hash), stored.get());
          else writer.write(path, bytes, hash);
          stamps.put(path, stored.orElse(new FileStamp(hash, -1, -1)));
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      if (cache.isPresent() && !key.isEmpty()) {
        Map<String, String> sources = new HashMap<>();
        pages.forEach((path, page) -> sources.put(path, page.source()));
        cache.get().putFileSet(FILE_SET, new BuildCache.FileSet(key, Map.copyOf(stamps), sources));
      }
    } catch (ContentLost e) {
      lost(e, problems);
    } catch (java.io.UncheckedIOException e) {
      problems.report(Rule.OUTPUT_FAILED, Position.of(SearchIndex.META), "cannot write the search index: "
          + e.getCause().getMessage());
    }
  }

  private static String keyOf(List<Entry> all) {
    List<String> parts = new ArrayList<>(all.size() * 4 + 1);
    parts.add("search index");
    for (Entry e : all) {
      parts.add(e.url());
      parts.add(e.title());
      parts.add(e.section());
      parts.add(e.contentKey());
    }
    return CacheKeys.hash(parts.toArray(String[]::new));
  }
}
