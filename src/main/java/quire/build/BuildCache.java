package quire.build;

import java.io.EOFException;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.zip.CRC32;
import quire.diag.Located;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Rule;
import quire.diag.Severity;
import quire.markdown.Heading;
import quire.markdown.LinkRef;
import quire.mermaid.Diagram;
import quire.output.FileStamp;
import quire.output.SiteWriter;
import quire.search.SearchIndex;
import quire.shortcode.Dependency;
import quire.shortcode.PartialCall;
import quire.site.FrontMatter;
import quire.site.KnownPages;
import quire.site.SiteBoundary;
import quire.site.SourcePage;
import quire.site.SplitPage;

/**
 * The build cache: what each page's last build found ({@link CachedPage}), its rendered content
 * and its laid-out page, and the stamps of the files the last build left in each output folder.
 * On disk ({@link #open}, {@code target/quire-cache/} by default):
 *
 * <pre>
 *   index.bin              every page's CachedPage, with quire's version and a CRC-32
 *   sources.bin            each page file's stamp (size, time, identity), front matter and the
 *                          hash of its text, so an unchanged page is not read ({@link KnownPages})
 *   content-ID.pack        each page's rendered content (KEY.html, by its content key) and what
 *                          search takes from it (KEY.search: words counted, text as JSON), records
 *                          of one file ({@link ContentPack})
 *   content.idx            where each record is in the pack
 *   pages/HASH.html        a laid-out page, or a file of a {@link FileSet} (the search index),
 *                          by the fingerprint of its bytes (output files are hard links to these
 *                          where the file system allows)
 *   outputs/HASH.bin       the stamps of an output folder, by a hash of its absolute path
 *   diagrams/KEY.bin       what a mermaid block became (its SVG), by a hash of its text, its id
 *                          prefix and quire's version ({@link CacheKeys#diagram})
 * </pre>
 *
 * A cache written by another version of quire, or that does not read back whole, is ignored
 * (and replaced by the next build); a content or page file whose size or time is not what the
 * index says is not trusted. {@link #inMemory()} keeps the same in memory, without laid-out
 * pages, for {@code quire serve}. Thread-safe for the page lookups and stores of one build;
 * {@link #save} is called once, after it.
 */
public final class BuildCache implements KnownPages {
  private static final String MAGIC = "quire-build-cache";
  // 3: a position says whose file it is in (the site's or the built-in theme's); 4: a page's
  // memo, search text by content key, and sets of files (the search index); 5: diagrams, and
  // search text with its words counted; 6: search text as the page file holds it; 7: what each
  // file of a set was made from.
  private static final int FORMAT = 8;
  /** Files deleted at once when the cache prunes (see {@link #prune}). */
  private static final int DELETING_THREADS = 8;

  private final Optional<Path> dir;
  /** Each page's rendered content and its search text, on disk: {@link ContentPack}. */
  private final Optional<ContentPack> pack;
  private final String engine;
  private final ConcurrentMap<String, CachedPage> pages = new ConcurrentHashMap<>();
  /**
   * The content keys of the index as read: the pack keeps their entries until the index that
   * replaces it is written, so the index on disk never names content the pack has forgotten.
   */
  private final Set<String> contentBefore = new HashSet<>();
  // In memory (quire serve), content and search text are kept deflated: a 10,000-page site's
  // would otherwise fill most of the launcher's 1 GB heap.
  private final ConcurrentMap<String, byte[]> contentInMemory = new ConcurrentHashMap<>();
  private final Map<String, Map<String, FileStamp>> stampsInMemory = new ConcurrentHashMap<>();
  private final AtomicBoolean changed = new AtomicBoolean();
  private final Set<String> kept = ConcurrentHashMap.newKeySet();
  private final ConcurrentMap<String, TextHash> textHashes = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, byte[]> searchContentInMemory = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, byte[]> diagramsInMemory = new ConcurrentHashMap<>();
  // One copy of each memo string in memory: most are references every page repeats (the
  // sidebar's), which on disk the index stores once. Shared, they cost no memory per page and
  // compare by identity. Grows only by the strings edits add.
  private final ConcurrentMap<String, String> memoStrings = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, FileSet> fileSets = new ConcurrentHashMap<>();
  private final Set<String> keptFileSets = ConcurrentHashMap.newKeySet();
  /** The stamp of each laid-out page file the index names or this build stored, by hash. */
  private final ConcurrentMap<String, FileStamp> pageFiles = new ConcurrentHashMap<>();
  private String ignored = "";
  /** Changes to the page entries so far: {@link #save} uses an early index only if none came after it. */
  private final java.util.concurrent.atomic.AtomicLong edits = new java.util.concurrent.atomic.AtomicLong();
  /** The page entries written out while the build went on ({@link #pagesDone}), if they were. */
  private CompletableFuture<EarlyIndex> early;
  /** The index being read by {@link #openInBackground}; done at once for the other caches. */
  private CompletableFuture<Void> reading = CompletableFuture.completedFuture(null);
  /** Done once {@code sources.bin} is read (before the index, on the same thread). */
  private CompletableFuture<Void> readingSources = CompletableFuture.completedFuture(null);
  /** The page files the last build read, from {@code sources.bin}, by path. */
  private final Map<String, KnownSource> sourcesBefore = new HashMap<>();
  /** The page files of this build: those found unchanged, and those read without a problem. */
  private final ConcurrentMap<String, KnownSource> sourcesNow = new ConcurrentHashMap<>();
  /** Whether this build read a page file it will remember (then {@code sources.bin} is written again). */
  private final AtomicBoolean sourcesRead = new AtomicBoolean();
  /** The fingerprint of each file copied into the site that the last build read, by path, from {@code assets.bin}. */
  private final Map<Path, KnownAsset> assetsBefore = new HashMap<>();
  /** The files copied into the site whose fingerprint this build found or worked out. */
  private final ConcurrentMap<Path, KnownAsset> assetsNow = new ConcurrentHashMap<>();
  /** Whether this build read a file copied into the site (then {@code assets.bin} is written again). */
  private final AtomicBoolean assetsRead = new AtomicBoolean();

  /** The index's page entries as written when every page was done, and how many edits there had been. */
  private record EarlyIndex(long edits, Writer writer) {}

  /**
   * Files a build made from the whole site rather than from one page (the search index), by the
   * key of everything they were made from.
   *
   * @param key hash of what the files were made from
   * @param files output path → stamp of the cache's copy (its content is the fingerprint of the
   *     bytes; size and time -1 when the cache keeps no copies, as in memory)
   * @param sources output path → the key of what that one file was made from, for files made
   *     from one page each (the search index's page files), so the next build can tell which
   *     it would make the same
   */
  record FileSet(String key, Map<String, FileStamp> files, Map<String, String> sources) {
    FileSet {
      files = Map.copyOf(files);
      sources = Map.copyOf(sources);
    }
  }

  /** The hash of a page's text, remembered while the page keeps the same text object. */
  private record TextHash(String text, String hash) {}

  /** A file copied into the site as a build found it: its stamp, and the fingerprint of its bytes. */
  private record KnownAsset(Stamp stamp, String hash) {}

  /** A page file as a build found it: its stamp, how it split, and the {@link #fingerprint} of its text. */
  private record KnownSource(Stamp stamp, FrontMatter front, int bodyOffset, String textHash) {}

  /**
   * A page file whose time is this close to the moment it was read is not remembered: another
   * write within the file system's clock tick, of the same size, would leave the same stamp
   * (git's "racily clean" files).
   */
  private static final long RACY_NANOS = TimeUnit.SECONDS.toNanos(2);

  private BuildCache(Optional<Path> dir, String engine) {
    this.dir = dir;
    this.pack = dir.map(d -> new ContentPack(d, engine));
    this.engine = engine;
  }

  /** The cache in {@code dir} (which need not exist yet), for the running version of quire. */
  public static BuildCache open(Path dir) {
    Path folder = dir.toAbsolutePath().normalize();
    BuildCache cache = new BuildCache(Optional.of(folder), Engine.id(folder));
    cache.readSources();
    cache.readIndex();
    return cache;
  }

  /**
   * As {@link #open}, with the index read on a thread of its own while the caller goes on (a
   * build reads its sources meanwhile: at 10,000 pages the index is 18 MB and takes half a second
   * to read). Nothing of the cache may be used before {@link #awaitIndex}, which the site builder
   * calls before its first use.
   */
  public static BuildCache openInBackground(Path dir) {
    Path folder = dir.toAbsolutePath().normalize();
    BuildCache cache = new BuildCache(Optional.of(folder), Engine.id(folder));
    CompletableFuture<Void> sources = new CompletableFuture<>();
    cache.readingSources = sources;
    cache.reading = CompletableFuture.runAsync(() -> {
      try {
        cache.readSources();
      } finally {
        sources.complete(null);
      }
      cache.readIndex();
    }, task -> {
      Thread thread = new Thread(task, "quire-cache-open");
      thread.setDaemon(true);
      thread.start();
    });
    return cache;
  }

  /**
   * Why cache folder {@code dir} of the site in {@code site} may not be used, or empty. No
   * symbolic link may be on the way from the site's folder to the cache's own folders: a link
   * committed as {@code target/quire-cache} (or {@code target}, or the cache's {@code pages/})
   * would have the cache write, and prune, files wherever it leads. And the nearest of those
   * folders that exists must be a folder quire may write in (not a file, not a read-only
   * checkout's), or every page would fail to be kept. The cache's files are opened without
   * following links, and one that is a link is not the cache's.
   */
  public static Optional<String> refusal(Path site, Path dir) {
    for (String own : List.of("pages", "diagrams", "outputs")) {
      Path folder = dir.toAbsolutePath().normalize().resolve(own);
      Optional<Path> link = SiteBoundary.linkOnTheWay(site, folder);
      if (link.isPresent()) return Optional.of("the build cache's folder " + SiteBoundary.shown(site, link.get()) + " is a symbolic link");
      Path existing = folder;
      while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) existing = existing.getParent();
      if (!Files.isDirectory(existing, LinkOption.NOFOLLOW_LINKS)) {
        return Optional.of("the build cache's folder " + SiteBoundary.shown(site, existing) + " is a file");
      }
      if (!Files.isWritable(existing)) {
        return Optional.of("the build cache's folder " + SiteBoundary.shown(site, existing) + " cannot be written");
      }
    }
    return Optional.empty();
  }

  /** Waits until the index is read, when {@link #openInBackground} reads it; returns this cache. */
  public BuildCache awaitIndex() {
    reading.join();
    return this;
  }

  /** A cache that lives as long as this object: {@code quire serve} keeps one between builds. */
  public static BuildCache inMemory() {
    return new BuildCache(Optional.empty(), Engine.id());
  }

  /** Why the cache on disk was not used (empty when it was, or there was none). */
  public String ignored() {
    awaitIndex();
    return ignored;
  }

  /** The identity of this quire (version and jar), part of every key. */
  String engine() {
    return engine;
  }

  /** The fingerprint ({@link SiteWriter#fingerprint}) of a text's UTF-8 bytes. */
  static String fingerprint(String text) {
    return SiteWriter.fingerprint(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The fingerprint of a file's text, computed once for as long as the file is the same
   * {@code String} (so {@code quire serve}, which keeps unchanged pages, hashes only the
   * changed ones).
   */
  String textHash(String path, String text) {
    TextHash known = textHashes.get(path);
    if (known != null && known.text() == text) return known.hash();
    String hash = fingerprint(text);
    textHashes.put(path, new TextHash(text, hash));
    return hash;
  }

  /**
   * The fingerprint of a page's text: for a page the loader found unchanged and has not read,
   * the one its text had when it was read.
   */
  String textHash(SourcePage page) {
    if (!page.source().isRead()) {
      KnownSource known = sourcesNow.get(page.path());
      if (known != null) return known.textHash();
    }
    return textHash(page.path(), page.source().text());
  }

  /**
   * The fingerprint of a file copied into the site ({@link SiteWriter#fingerprint} of its bytes):
   * the one the last build worked out while the file keeps its size, time and identity, else
   * read now. So a page's key holds what the site's images are, not when they were written: a
   * fresh checkout of the same files (CI's, every run) finds the pages it cached.
   */
  String assetHash(Path file) throws IOException {
    readingSources.join();
    Path key = file.toAbsolutePath().normalize();
    BasicFileAttributes a = Files.readAttributes(key, BasicFileAttributes.class);
    Stamp stamp = new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey() == null ? "" : a.fileKey().toString());
    KnownAsset known = assetsNow.get(key);
    if (known == null) known = assetsBefore.get(key);
    if (known != null && known.stamp().equals(stamp)) {
      assetsNow.put(key, known);
      return known.hash();
    }
    String hash = SiteWriter.fingerprint(key);
    // As for a page file, a stamp this close to now may belong to a write still to come.
    if (stamp.modified() <= System.currentTimeMillis() * 1_000_000 - RACY_NANOS) {
      assetsNow.put(key, new KnownAsset(stamp, hash));
      assetsRead.set(true);
    }
    return hash;
  }

  @Override
  public Optional<Known> find(String path, Stamp stamp) {
    readingSources.join();
    KnownSource before = sourcesBefore.get(path);
    if (before == null || !before.stamp().equals(stamp)) return Optional.empty();
    sourcesNow.put(path, before);
    return Optional.of(new Known(before.front(), before.bodyOffset()));
  }

  @Override
  public Optional<Known> findByText(String path, String text) {
    readingSources.join();
    KnownSource before = sourcesBefore.get(path);
    if (before == null || !before.textHash().equals(textHash(path, text))) return Optional.empty();
    return Optional.of(new Known(before.front(), before.bodyOffset()));
  }

  @Override
  public void remember(String path, Stamp stamp, SplitPage split) {
    if (dir.isEmpty() || stamp.modified() > System.currentTimeMillis() * 1_000_000 - RACY_NANOS) return;
    if (!storable(split.front().params())) return;
    // The hash is kept (by the text) for the page's cache key, which is worked out from it later.
    sourcesNow.put(path, new KnownSource(stamp, split.front(), split.bodyOffset(), textHash(path, split.source().text())));
    sourcesRead.set(true);
  }

  /** Whether a front matter value is of the kinds the YAML parser makes that the cache can write. */
  private static boolean storable(Object value) {
    if (value == null || value instanceof String || value instanceof Integer || value instanceof Long
        || value instanceof Double || value instanceof Boolean || value instanceof java.math.BigInteger) {
      return true;
    }
    if (value instanceof List<?> list) return list.stream().allMatch(BuildCache::storable);
    if (value instanceof Map<?, ?> map) {
      return map.entrySet().stream().allMatch(e -> e.getKey() instanceof String && storable(e.getValue()));
    }
    return false;
  }

  private void readSources() {
    readAssets();
    Path file = dir.orElseThrow().resolve("sources.bin");
    if (!Files.isRegularFile(file)) return;
    try (Reader in = new Reader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))) {
      in.header(engine);
      int n = in.count();
      Map<String, KnownSource> read = new HashMap<>();
      for (int i = 0; i < n; i++) {
        String path = in.string();
        Stamp stamp = new Stamp(in.data.readLong(), in.data.readLong(), in.string());
        String hash = in.string();
        int bodyOffset = in.data.readInt();
        read.put(path, new KnownSource(stamp, in.front(), bodyOffset, hash));
      }
      in.trailer();
      sourcesBefore.putAll(read);
    } catch (IOException | RuntimeException e) {
      // Only saves reading the pages: a file that does not read back whole is ignored, and every page is read.
    }
  }

  private void readAssets() {
    Path file = dir.orElseThrow().resolve("assets.bin");
    if (!Files.isRegularFile(file)) return;
    try (Reader in = new Reader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))) {
      in.header(engine);
      int n = in.count();
      Map<Path, KnownAsset> read = new HashMap<>();
      for (int i = 0; i < n; i++) {
        Path path = Path.of(in.string());
        read.put(path, new KnownAsset(new Stamp(in.data.readLong(), in.data.readLong(), in.string()), in.string()));
      }
      in.trailer();
      assetsBefore.putAll(read);
    } catch (IOException | RuntimeException e) {
      // Only saves reading the files again: a file that does not read back whole is ignored.
    }
  }

  /** Writes the fingerprints of the files copied into the site, when this build read one. */
  private void saveAssets() throws IOException {
    if (!assetsRead.get() && assetsNow.keySet().equals(assetsBefore.keySet())) return;
    Map<String, KnownAsset> now = new TreeMap<>();
    assetsNow.forEach((path, known) -> now.put(path.toString(), known));
    Writer out = new Writer(engine);
    out.count(now.size());
    for (Map.Entry<String, KnownAsset> e : now.entrySet()) {
      out.string(e.getKey());
      out.data.writeLong(e.getValue().stamp().size());
      out.data.writeLong(e.getValue().stamp().modified());
      out.string(e.getValue().stamp().fileKey());
      out.string(e.getValue().hash());
    }
    writeAtomically(dir.get().resolve("assets.bin"), out.finish());
  }

  /** Writes what this build knows of its page files, when it is not what the last build knew. */
  private void saveSources() throws IOException {
    Map<String, KnownSource> now = new TreeMap<>(sourcesNow);
    if (!sourcesRead.get() && now.keySet().equals(sourcesBefore.keySet())) return;
    Writer out = new Writer(engine);
    out.count(now.size());
    for (Map.Entry<String, KnownSource> e : now.entrySet()) {
      KnownSource k = e.getValue();
      out.string(e.getKey());
      out.data.writeLong(k.stamp().size());
      out.data.writeLong(k.stamp().modified());
      out.string(k.stamp().fileKey());
      out.string(k.textHash());
      out.data.writeInt(k.bodyOffset());
      out.front(k.front());
    }
    writeAtomically(dir.get().resolve("sources.bin"), out.finish());
  }

  Optional<CachedPage> find(String path) {
    return Optional.ofNullable(pages.get(path));
  }

  /** Keeps a page's entry as it is for the next build. */
  void keep(CachedPage page) {
    kept.add(page.path());
    edits.incrementAndGet();
  }

  /** Replaces a page's entry by one with the same content (a new memo). */
  void remember(CachedPage page) {
    page = shared(page);
    if (!page.equals(pages.put(page.path(), page))) changed.set(true);
    kept.add(page.path());
    edits.incrementAndGet();
  }

  /** The entry with its memo's strings shared with every other entry's, in memory. */
  private CachedPage shared(CachedPage page) {
    if (dir.isPresent() || page.memo().isEmpty()) return page;
    List<String> memo = new ArrayList<>(page.memo().size());
    for (String s : page.memo()) {
      String known = memoStrings.putIfAbsent(s, s);
      memo.add(known != null ? known : s);
    }
    return page.withMemo(page.memoFormat(), memo);
  }

  /** Stores a page's new entry and its rendered content. */
  void put(CachedPage page, String content) throws IOException {
    page = shared(page);
    CachedPage before = pages.put(page.path(), page);
    kept.add(page.path());
    edits.incrementAndGet();
    // A page rendered again has a new content key: the whole entry is compared only when it has
    // not (a record's generated equals is slow in the quick JIT tier, 1.5 % of a partial edit).
    if (before == null || !page.contentKey().equals(before.contentKey()) || !page.equals(before)) changed.set(true);
    if (dir.isEmpty()) {
      contentInMemory.computeIfAbsent(page.contentKey(), k -> Deflated.of(content.getBytes(StandardCharsets.UTF_8)));
      return;
    }
    String key = page.contentKey() + ".html";
    if (!pack.orElseThrow().has(key)) pack.get().put(key, content.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Forgets every page: the index on disk is deleted (or, in memory, emptied), so the next build
   * renders every page afresh. For a cache found damaged while a build used it.
   */
  void discard() throws IOException {
    pages.clear();
    kept.clear();
    if (dir.isPresent()) Files.deleteIfExists(dir.get().resolve("index.bin"));
  }

  /** The set of files the last build made under {@code name}, if any. */
  Optional<FileSet> fileSet(String name) {
    return Optional.ofNullable(fileSets.get(name));
  }

  /** Keeps a set of files as it is for the next build. */
  void keepFileSet(String name) {
    keptFileSets.add(name);
  }

  /** Stores the set of files this build made under {@code name}. */
  void putFileSet(String name, FileSet set) {
    if (!set.equals(fileSets.put(name, set))) changed.set(true);
    keptFileSets.add(name);
  }

  /** What search takes from the page content with this key, if the cache holds it whole. */
  Optional<SearchIndex.Content> searchContent(String contentKey) {
    return searchRecord(contentKey, true);
  }

  /**
   * What search takes from the page content with this key, without the sections' text (for a
   * page whose search file is kept from the last build), if the cache holds it whole.
   */
  Optional<SearchIndex.Counted> searchWords(String contentKey) {
    return searchRecord(contentKey, false).map(SearchIndex.Content::counted);
  }

  /** A page's search record; its sections' text passed over (left empty) unless {@code withSections}. */
  private Optional<SearchIndex.Content> searchRecord(String contentKey, boolean withSections) {
    try (Reader in = packed(searchContentInMemory, contentKey, contentKey + ".search")) {
      in.header(engine);
      int n = in.count();
      List<String> words = new ArrayList<>(n);
      int[] weights = new int[n];
      for (int i = 0; i < n; i++) {
        words.add(in.string());
        weights[i] = (int) in.varint();
      }
      String sections = "";
      if (withSections) sections = in.string();
      else in.skipString();
      long sectionsHash = in.data.readLong();
      in.trailer();
      return Optional.of(new SearchIndex.Content(words, weights, sections, sectionsHash));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * A reader of one entry of the cache: its file {@code folder/file} on disk, or in memory (serve's
   * cache) the deflated bytes kept under {@code key}. Throws when there is no such entry.
   */
  private Reader entry(Map<String, byte[]> inMemory, String key, String folder, String file) throws IOException {
    if (dir.isPresent()) return new Reader(Files.newInputStream(dir.get().resolve(folder).resolve(file), LinkOption.NOFOLLOW_LINKS));
    return inMemory(inMemory, key);
  }

  private static Reader inMemory(Map<String, byte[]> inMemory, String key) throws IOException {
    byte[] deflated = inMemory.get(key);
    if (deflated == null) throw new java.io.FileNotFoundException("no entry " + key + " in memory");
    return new Reader(Deflated.stream(deflated));
  }

  /**
   * A reader of one entry of the content pack (on disk), or in memory (serve's cache) of the
   * deflated bytes kept under {@code key}. Throws when there is no such entry.
   */
  private Reader packed(Map<String, byte[]> inMemory, String key, String packKey) throws IOException {
    if (pack.isPresent()) {
      return new Reader(new java.io.ByteArrayInputStream(pack.get().get(packKey)
          .orElseThrow(() -> new java.io.FileNotFoundException("no entry " + packKey + " in the pack"))));
    }
    return inMemory(inMemory, key);
  }

  /** Keeps what search takes from the page content with this key. */
  void putSearchContent(String contentKey, SearchIndex.Content content) throws IOException {
    String packKey = contentKey + ".search";
    if (pack.isEmpty() ? searchContentInMemory.containsKey(contentKey) : pack.get().has(packKey)) return;
    Writer out = new Writer(engine);
    List<String> words = content.words();
    int[] weights = content.weights();
    out.count(words.size());
    for (int i = 0; i < words.size(); i++) {
      out.string(words.get(i));
      out.varint(weights[i]);
    }
    out.string(content.sections());
    out.data.writeLong(content.sectionsHash());
    if (pack.isEmpty()) searchContentInMemory.put(contentKey, Deflated.of(out.finish()));
    else pack.get().put(packKey, out.finish());
  }

  /**
   * What the mermaid block with this key ({@link CacheKeys#diagram}) became, if the cache holds
   * it whole: an entry that does not read back, or was written under another key or by another
   * quire, is not there.
   */
  Optional<Diagram> diagram(String key) {
    try (Reader in = entry(diagramsInMemory, key, "diagrams", key + ".bin")) {
      in.header(engine);
      if (!key.equals(in.string())) return Optional.empty();
      int kind = in.data.readByte();
      Diagram diagram = switch (kind) {
        case 0 -> {
          String svg = in.string();
          String name = in.string();
          List<Diagram.Link> links = new ArrayList<>();
          for (int i = in.data.readInt(); i > 0; i--) links.add(new Diagram.Link(in.string(), in.data.readInt(), in.data.readBoolean()));
          yield new Diagram.Svg(svg, name, links);
        }
        case 1 -> new Diagram.Unsupported(in.string());
        case 2 -> new Diagram.Invalid(in.data.readInt(), in.string());
        case 3 -> new Diagram.TooLarge(in.data.readInt(), in.string());
        default -> throw new IOException("a diagram of no known kind");
      };
      in.trailer();
      return Optional.of(diagram);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Keeps what the mermaid block with this key became. */
  void putDiagram(String key, Diagram diagram) throws IOException {
    Writer out = new Writer(engine);
    out.string(key);
    if (diagram instanceof Diagram.Svg svg) {
      out.data.writeByte(0);
      out.string(svg.svg());
      out.string(svg.name());
      out.data.writeInt(svg.links().size());
      for (Diagram.Link l : svg.links()) {
        out.string(l.href());
        out.data.writeInt(l.offset());
        out.data.writeBoolean(l.image());
      }
    } else if (diagram instanceof Diagram.Unsupported other) {
      out.data.writeByte(1);
      out.string(other.diagramType());
    } else if (diagram instanceof Diagram.Invalid invalid) {
      out.data.writeByte(2);
      out.data.writeInt(invalid.offset());
      out.string(invalid.message());
    } else {
      Diagram.TooLarge large = (Diagram.TooLarge) diagram;
      out.data.writeByte(3);
      out.data.writeInt(large.offset());
      out.string(large.message());
    }
    if (dir.isEmpty()) diagramsInMemory.put(key, Deflated.of(out.finish()));
    else writeAtomically(dir.get().resolve("diagrams").resolve(key + ".bin"), out.finish());
  }

  /**
   * The stamp the cached copy of a file of a {@link FileSet} has now, if the copy holds the file
   * ({@link #holding}); the copy is {@link #pageFileOf} the file's hash.
   */
  Optional<FileStamp> copyOf(FileStamp stamp) {
    if (dir.isEmpty() || stamp.size() < 0) return Optional.empty();
    return holding(stamp);
  }

  /** A page's rendered content, if the cache still holds it. */
  Optional<String> content(CachedPage page) {
    return content(page.contentKey());
  }

  /** The rendered content with this content key, if the cache still holds it. */
  Optional<String> content(String contentKey) {
    if (dir.isEmpty()) {
      byte[] deflated = contentInMemory.get(contentKey);
      return deflated == null ? Optional.empty() : Optional.of(new String(Deflated.inflate(deflated), StandardCharsets.UTF_8));
    }
    return pack.orElseThrow().get(contentKey + ".html").map(bytes -> new String(bytes, StandardCharsets.UTF_8));
  }

  /**
   * Stores a laid-out page by the hash of its bytes; returns the file and its stamp (size,
   * time), or empty when the cache keeps no pages.
   */
  Optional<FileStamp> storePage(String hash, byte[] bytes) throws IOException {
    if (dir.isEmpty()) return Optional.empty();
    Path file = pageFileOf(hash);
    // An output file edited in place edits the cached page it links to: keep a page file only
    // when it still holds these bytes, which its size and time as the index has them say
    // without reading it (the index of a rebuild at 10,000 pages is 10,000 files already there).
    FileStamp known = pageFiles.get(hash);
    if (known != null && known.equals(stampIfAny(file, hash))) return Optional.of(known);
    if (!holds(file, bytes)) writeAtomically(file, bytes);
    FileStamp stamp = stampOf(file, hash);
    pageFiles.put(hash, stamp);
    return Optional.of(stamp);
  }

  private static boolean holds(Path file, byte[] bytes) {
    try {
      if (stampOf(file, "").size() != bytes.length) return false;
      try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
        return java.util.Arrays.equals(in.readAllBytes(), bytes);
      }
    } catch (IOException e) {
      return false;
    }
  }

  /** The stamp of the cached file of a laid-out page, if the file holds the page ({@link #holding}). */
  Optional<FileStamp> page(CachedPage page) {
    if (dir.isEmpty() || page.pageHash().isEmpty()) return Optional.empty();
    return holding(new FileStamp(page.pageHash(), page.pageSize(), page.pageModified()));
  }

  /**
   * The stamp the cache's file with the bytes {@code known} was taken of has now, if it holds
   * them: its size and time as known, else, for a file of the same size with another time (a
   * cache restored by a copy that kept no times, as CI restores one), bytes whose fingerprint is
   * the known hash; then the new time is remembered.
   */
  private Optional<FileStamp> holding(FileStamp known) {
    Path file = pageFileOf(known.content());
    try {
      FileStamp now = stampOf(file, known.content());
      if (now.size() != known.size()) return Optional.empty();
      if (now.modified() == known.modified()) return Optional.of(now);
      if (!SiteWriter.fingerprint(file).equals(known.content()) || !now.equals(stampOf(file, known.content()))) {
        return Optional.empty();
      }
      pageFiles.put(known.content(), now);
      return Optional.of(now);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Where the cache keeps the laid-out page with this hash. */
  Path pageFileOf(String hash) {
    return dir.orElseThrow().resolve("pages").resolve(hash + ".html");
  }

  /** What the last build left in output folder {@code target} (empty if unknown). */
  public Map<String, FileStamp> stamps(Path target) {
    String key = SiteWriter.fingerprint(target.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    if (dir.isEmpty()) return stampsInMemory.getOrDefault(key, Map.of());
    Path file = dir.get().resolve("outputs").resolve(key + ".bin");
    if (!Files.isRegularFile(file)) return Map.of();
    try (Reader in = new Reader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))) {
      in.header(engine);
      Map<String, FileStamp> stamps = in.stamps();
      in.trailer();
      return stamps;
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
  }

  /** Records what a build left in {@code target}. */
  public void saveStamps(Path target, Map<String, FileStamp> stamps) throws IOException {
    String key = SiteWriter.fingerprint(target.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
    if (dir.isEmpty()) {
      stampsInMemory.put(key, Map.copyOf(stamps));
      return;
    }
    if (stamps.equals(stamps(target))) return;
    Writer out = new Writer(engine);
    out.stamps(stamps);
    writeAtomically(dir.get().resolve("outputs").resolve(key + ".bin"), out.finish());
  }

  /**
   * Says every page of the build is done: the page entries of the index to {@link #save} are
   * written out now, in memory, on a thread of their own, while the build checks and writes the
   * site (at 10,000 pages they take a few hundred milliseconds). Nothing is written to disk
   * before {@link #save}, and {@link #save} writes them again if an entry changed in between.
   */
  void pagesDone() {
    if (dir.isEmpty() || early != null) return;
    if (pages.keySet().retainAll(kept)) changed.set(true);
    if (!changed.get()) return;
    long at = edits.get();
    List<CachedPage> all = new ArrayList<>(new TreeMap<>(pages).values());
    early = new CompletableFuture<>();
    Thread writing = new Thread(() -> {
      try {
        early.complete(new EarlyIndex(at, pageEntries(all)));
      } catch (IOException | RuntimeException e) {
        early.completeExceptionally(e);
      }
    }, "quire-cache-index");
    writing.setDaemon(true);
    writing.start();
  }

  /** A writer of the index, its page entries written. */
  private Writer pageEntries(List<CachedPage> all) throws IOException {
    Writer out = new Writer(engine);
    out.count(all.size());
    for (CachedPage p : all) out.page(p);
    return out;
  }

  /**
   * Writes the index when it changed, forgetting pages this build did not keep or store, and
   * deletes the content and page files no entry names any more.
   */
  public void save() throws IOException {
    Optional<EarlyIndex> written = Optional.empty();
    if (early != null) {
      try {
        written = Optional.of(early.join());
      } catch (java.util.concurrent.CompletionException e) {
        // Written again below.
      }
      early = null;
    }
    if (pages.keySet().retainAll(kept)) changed.set(true);
    if (fileSets.keySet().retainAll(keptFileSets)) changed.set(true);
    if (dir.isEmpty()) {
      Set<String> live = new HashSet<>();
      for (CachedPage p : pages.values()) live.add(p.contentKey());
      contentInMemory.keySet().retainAll(live);
      searchContentInMemory.keySet().retainAll(live);
      Set<String> diagrams = new HashSet<>();
      for (CachedPage p : pages.values()) diagrams.addAll(p.diagrams());
      diagramsInMemory.keySet().retainAll(diagrams);
      return;
    }
    saveSources();
    saveAssets();
    if (!changed.get()) return;
    List<CachedPage> all = new ArrayList<>(new TreeMap<>(pages).values());
    // The pack's records of this index's pages and of the one on disk: the pack is saved first,
    // then the index, so a build killed between the two leaves a pack that holds more than the
    // index needs, never less.
    Set<String> packed = new HashSet<>();
    Set<String> laidOut = new HashSet<>();
    Set<String> diagrams = new HashSet<>();
    for (CachedPage p : all) {
      packed.addAll(List.of(p.contentKey() + ".html", p.contentKey() + ".search"));
      laidOut.add(p.pageHash() + ".html");
      for (String key : p.diagrams()) diagrams.add(key + ".bin");
    }
    for (String key : contentBefore) packed.addAll(List.of(key + ".html", key + ".search"));
    pack.orElseThrow().save(packed);
    Writer out = written.isPresent() && written.get().edits() == edits.get() ? written.get().writer() : pageEntries(all);
    Map<String, FileSet> sets = new TreeMap<>(fileSets);
    out.count(sets.size());
    for (Map.Entry<String, FileSet> e : sets.entrySet()) {
      out.string(e.getKey());
      out.string(e.getValue().key());
      out.stamps(e.getValue().files());
      out.strings(e.getValue().sources());
    }
    writeAtomically(dir.get().resolve("index.bin"), out.finish());
    for (FileSet set : sets.values()) {
      for (FileStamp stamp : set.files().values()) laidOut.add(stamp.content() + ".html");
    }
    // Where the content was kept, a file each, before the pack.
    prune(dir.get().resolve("content"), Set.of());
    prune(dir.get().resolve("pages"), laidOut);
    prune(dir.get().resolve("diagrams"), diagrams);
  }

  /**
   * Deletes the files of {@code folder} not named in {@code live}, several at a time: on a file
   * system that frees blocks as it deletes (ext4 mounted with {@code discard}, as cloud disks often
   * are), each deletion waits for the disk, one after another took seconds after an edit at
   * 10,000 pages, and deletions made together share the wait.
   */
  private static void prune(Path folder, Set<String> live) throws IOException {
    if (!Files.isDirectory(folder)) return;
    List<Path> dead = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
      for (Path file : files) {
        if (!live.contains(file.getFileName().toString())) dead.add(file);
      }
    }
    if (dead.size() < 64) {
      for (Path file : dead) Files.deleteIfExists(file);
    } else {
      java.util.concurrent.ExecutorService deleting = java.util.concurrent.Executors.newFixedThreadPool(DELETING_THREADS);
      try {
        List<java.util.concurrent.Future<?>> done = new ArrayList<>();
        int slice = (dead.size() + DELETING_THREADS - 1) / DELETING_THREADS;
        for (int from = 0; from < dead.size(); from += slice) {
          List<Path> part = dead.subList(from, Math.min(dead.size(), from + slice));
          done.add(deleting.submit(() -> {
            for (Path file : part) Files.deleteIfExists(file);
            return null;
          }));
        }
        for (java.util.concurrent.Future<?> f : done) f.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.io.InterruptedIOException("interrupted while pruning " + folder);
      } catch (java.util.concurrent.ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      } finally {
        deleting.shutdown();
      }
    }
  }

  private void readIndex() {
    Path file = dir.orElseThrow().resolve("index.bin");
    if (!Files.isRegularFile(file)) return;
    try (Reader in = new Reader(Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS))) {
      in.header(engine);
      int n = in.count();
      Map<String, CachedPage> read = new HashMap<>();
      for (int i = 0; i < n; i++) {
        CachedPage p = in.page();
        read.put(p.path(), p);
      }
      Map<String, FileSet> sets = new HashMap<>();
      n = in.count();
      for (int i = 0; i < n; i++) sets.put(in.string(), new FileSet(in.string(), in.stamps(), in.strings()));
      in.trailer();
      // A page whose content the pack does not hold (its index lost or damaged, say) is not
      // reused but rendered again: search, for one, reads every unchanged page's content.
      ContentPack content = pack.orElseThrow();
      read.values().removeIf(p -> !content.has(p.contentKey() + ".html"));
      pages.putAll(read);
      for (CachedPage p : read.values()) contentBefore.add(p.contentKey());
      fileSets.putAll(sets);
      for (CachedPage p : read.values()) {
        if (!p.pageHash().isEmpty() && p.pageSize() >= 0) {
          pageFiles.put(p.pageHash(), new FileStamp(p.pageHash(), p.pageSize(), p.pageModified()));
        }
      }
      for (FileSet set : sets.values()) {
        for (FileStamp stamp : set.files().values()) if (stamp.size() >= 0) pageFiles.put(stamp.content(), stamp);
      }
    } catch (ForeignCache e) {
      changed.set(true);  // another quire's cache: replaced without a word
    } catch (IOException | RuntimeException e) {
      // A cache that does not read back whole is never trusted; the build starts afresh.
      ignored = "the cache in " + file.getParent() + " could not be read (" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ") and is rebuilt";
      changed.set(true);
    }
  }

  private static FileStamp stampIfAny(Path file, String hash) {
    try {
      return stampOf(file, hash);
    } catch (IOException e) {
      return null;
    }
  }

  /** The stamp of a file of the cache; a symbolic link or anything else that is not a file is none. */
  private static FileStamp stampOf(Path file, String hash) throws IOException {
    BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!a.isRegularFile()) throw new IOException(file + " is not a file");
    return new FileStamp(hash, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
  }

  /**
   * Writes a file whole or not at all. Its folder is made only when missing (the first write into
   * it), and the temporary file is removed only when it was not moved into place: a page
   * rendered afresh writes several files into the cache, and each system call counts then.
   */
  static void writeAtomically(Path file, byte[] bytes) throws IOException {
    Path temp;
    try {
      temp = Files.createTempFile(file.getParent(), ".tmp-", "");
    } catch (NoSuchFileException e) {
      Files.createDirectories(file.getParent());
      temp = Files.createTempFile(file.getParent(), ".tmp-", "");
    }
    boolean moved = false;
    try {
      Files.write(temp, bytes);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      moved = true;
    } finally {
      if (!moved) Files.deleteIfExists(temp);
    }
  }

  /** A cache written by another version or build of quire. */
  private static final class ForeignCache extends IOException {
    ForeignCache() {
      super("made by another version of quire");
    }
  }

  /** Writes the cache's files: strings once each, then by number; a CRC-32 at the end. */
  private static final class Writer {
    final Out data = new Out();
    private final Map<String, Integer> strings = new HashMap<>();

    Writer(String engine) throws IOException {
      data.writeUTF(MAGIC);
      data.writeInt(FORMAT);
      string(engine);
    }

    void count(int n) throws IOException {
      data.writeInt(n);
    }

    /**
     * A string: the number of one written before, or its length and UTF-8 bytes, as one
     * variable-length number (even: a number, odd: a length), so the references the link
     * check's memos repeat on every page take one to three bytes each, not four.
     */
    void string(String s) throws IOException {
      Integer known = strings.get(s);
      if (known != null) {
        varint(2L * known);
        return;
      }
      strings.put(s, strings.size());
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      varint(2L * utf8.length + 1);
      data.write(utf8);
    }

    void varint(long n) throws IOException {
      while (n >= 0x80) {
        data.writeByte((int) (n & 0x7f) | 0x80);
        n >>>= 7;
      }
      data.writeByte((int) n);
    }

    void strings(Map<String, String> strings) throws IOException {
      count(strings.size());
      for (Map.Entry<String, String> e : new TreeMap<>(strings).entrySet()) {
        string(e.getKey());
        string(e.getValue());
      }
    }

    void stamps(Map<String, FileStamp> stamps) throws IOException {
      count(stamps.size());
      for (Map.Entry<String, FileStamp> e : new TreeMap<>(stamps).entrySet()) {
        string(e.getKey());
        string(e.getValue().content());
        data.writeLong(e.getValue().size());
        data.writeLong(e.getValue().modified());
      }
    }

    void position(Position p) throws IOException {
      string(p.file());
      data.writeInt(p.line());
      data.writeInt(p.column());
      data.writeByte(p.origin().ordinal());
    }

    void positions(List<Position> list) throws IOException {
      count(list.size());
      for (Position p : list) position(p);
    }

    /** A page's front matter; the file of each value's position is the page's own. */
    void front(FrontMatter f) throws IOException {
      string(f.title());
      data.writeInt(f.weight());
      string(f.contentType());
      string(f.metaTitle());
      string(f.description());
      string(f.updated());
      data.writeBoolean(f.draft());
      string(f.layout());
      value(f.params());
      count(f.values().size());
      for (Map.Entry<String, Position> e : f.values().entrySet()) {
        string(e.getKey());
        position(e.getValue());
      }
    }

    /** A front matter value, of the kinds {@link BuildCache#storable} allows, with a tag byte. */
    void value(Object v) throws IOException {
      if (v == null) {
        data.writeByte(0);
      } else if (v instanceof String text) {
        data.writeByte(1);
        string(text);
      } else if (v instanceof Integer i) {
        data.writeByte(2);
        data.writeInt(i);
      } else if (v instanceof Long l) {
        data.writeByte(3);
        data.writeLong(l);
      } else if (v instanceof Double d) {
        data.writeByte(4);
        data.writeLong(Double.doubleToRawLongBits(d));
      } else if (v instanceof Boolean b) {
        data.writeByte(5);
        data.writeBoolean(b);
      } else if (v instanceof java.math.BigInteger big) {
        data.writeByte(6);
        string(big.toString());
      } else if (v instanceof List<?> list) {
        data.writeByte(7);
        count(list.size());
        for (Object item : list) value(item);
      } else if (v instanceof Map<?, ?> map) {
        data.writeByte(8);
        count(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          string((String) e.getKey());
          value(e.getValue());
        }
      } else {
        throw new IllegalArgumentException("not a value the cache keeps: " + v.getClass().getName());
      }
    }

    void page(CachedPage p) throws IOException {
      string(p.path());
      string(p.contentKey());
      count(p.dependencies().size());
      for (Dependency d : p.dependencies()) {
        data.writeByte(d.kind().ordinal());
        string(d.folder());
        string(d.name());
      }
      count(p.headings().size());
      for (Heading h : p.headings()) {
        data.writeByte(h.level());
        string(h.id());
        string(h.text());
      }
      count(p.links().size());
      for (LinkRef l : p.links()) {
        data.writeByte(l.kind().ordinal());
        string(l.target());
        string(l.written());
        string(l.alt());
        position(l.at().at());
        positions(l.at().via());
      }
      data.writeBoolean(p.usesMermaidJs());
      data.writeBoolean(p.usesSvgDiagrams());
      string(p.summary());
      count(p.problems().size());
      for (Problem problem : p.problems()) {
        data.writeByte(problem.severity().ordinal());
        string(problem.rule().name());
        position(problem.at());
        string(problem.message());
        positions(problem.via());
      }
      count(p.partialCalls().size());
      for (PartialCall c : p.partialCalls()) {
        string(c.partial());
        position(c.at());
      }
      string(p.pageKey());
      string(p.pageHash());
      data.writeLong(p.pageSize());
      data.writeLong(p.pageModified());
      string(p.memoFormat());
      count(p.memo().size());
      for (String m : p.memo()) string(m);
      count(p.diagrams().size());
      for (String d : p.diagrams()) string(d);
    }

    byte[] finish() {
      return data.finish();
    }
  }

  /**
   * The values {@link Bytes} reads, written into a growing array: what a {@link DataOutputStream}
   * over a checksummed, buffered stream wrote, without its locks and layers, which at 10,000
   * pages were about a quarter of the time the index took to write.
   */
  private static final class Out {
    private byte[] bytes = new byte[1 << 16];
    private int size;

    private void room(int n) {
      if (size + n > bytes.length) bytes = java.util.Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + n));
    }

    void writeByte(int b) {
      room(1);
      bytes[size++] = (byte) b;
    }

    void writeBoolean(boolean b) {
      writeByte(b ? 1 : 0);
    }

    void writeInt(int i) {
      room(4);
      bytes[size] = (byte) (i >>> 24);
      bytes[size + 1] = (byte) (i >>> 16);
      bytes[size + 2] = (byte) (i >>> 8);
      bytes[size + 3] = (byte) i;
      size += 4;
    }

    void writeLong(long l) {
      writeInt((int) (l >>> 32));
      writeInt((int) l);
    }

    void write(byte[] b) {
      room(b.length);
      System.arraycopy(b, 0, bytes, size, b.length);
      size += b.length;
    }

    /** As {@link DataOutputStream#writeUTF}, for ASCII text (the header's). */
    void writeUTF(String ascii) {
      writeByte(ascii.length() >>> 8);
      writeByte(ascii.length());
      write(ascii.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The bytes written, then the CRC-32 of them as a long. */
    byte[] finish() {
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, size);
      writeLong(crc.getValue());
      return java.util.Arrays.copyOf(bytes, size);
    }
  }

  /**
   * Reads what {@link Writer} wrote; throws on anything unexpected. The file is read whole and its
   * checksum verified at the end ({@link #trailer}); the values are read straight from the bytes,
   * which at 10,000 pages is several times faster than a stream of single-byte reads.
   */
  private static final class Reader implements AutoCloseable {
    final Bytes data;
    private final List<String> strings = new ArrayList<>();

    Reader(InputStream in) throws IOException {
      try (in) {
        data = new Bytes(in.readAllBytes());
      }
    }

    void header(String engine) throws IOException {
      if (!MAGIC.equals(data.readUTF())) throw new IOException("not a quire cache");
      if (data.readInt() != FORMAT) throw new IOException("another cache format");
      if (!engine.equals(string())) throw new ForeignCache();
    }

    int count() throws IOException {
      int n = data.readInt();
      if (n < 0 || n > 50_000_000) throw new IOException("bad count " + n);
      return n;
    }

    String string() throws IOException {
      return string(true);
    }

    /** Passes over a string without decoding it (it still takes its number). */
    void skipString() throws IOException {
      string(false);
    }

    /** A string, decoded when {@code decode} (else null, its bytes passed over). */
    private String string(boolean decode) throws IOException {
      long n = varint();
      if ((n & 1) == 0) {
        if (n / 2 >= strings.size()) throw new IOException("bad string reference " + n / 2);
        return strings.get((int) (n / 2));
      }
      long length = n / 2;
      if (length > 1 << 26) throw new IOException("bad string length " + length);
      String s = null;
      if (decode) s = data.utf8((int) length);
      else data.skip((int) length);
      strings.add(s);
      return s;
    }

    long varint() throws IOException {
      long n = 0;
      for (int shift = 0; shift < 64; shift += 7) {
        int b = data.readUnsignedByte();
        n |= (long) (b & 0x7f) << shift;
        if (b < 0x80) return n;
      }
      throw new IOException("a number longer than 64 bits");
    }

    Map<String, FileStamp> stamps() throws IOException {
      int n = count();
      Map<String, FileStamp> stamps = new HashMap<>();
      for (int i = 0; i < n; i++) stamps.put(string(), new FileStamp(string(), data.readLong(), data.readLong()));
      return stamps;
    }

    Map<String, String> strings() throws IOException {
      int n = count();
      Map<String, String> strings = new HashMap<>();
      for (int i = 0; i < n; i++) strings.put(string(), string());
      return strings;
    }

    Position position() throws IOException {
      String file = string();
      int line = data.readInt();
      int column = data.readInt();
      int origin = data.readByte();
      if (origin < 0 || origin >= Position.Origin.values().length) throw new IOException("a position of no known origin");
      return new Position(file, line, column, Position.Origin.values()[origin]);
    }

    List<Position> positions() throws IOException {
      int n = count();
      List<Position> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) list.add(position());
      return list;
    }

    FrontMatter front() throws IOException {
      String title = string();
      int weight = data.readInt();
      String contentType = string();
      String metaTitle = string();
      String description = string();
      String updated = string();
      boolean draft = data.readBoolean();
      String layout = string();
      if (!(value(0) instanceof Map<?, ?> read)) throw new IOException("front matter that is not a mapping");
      Map<String, Object> params = new java.util.LinkedHashMap<>();
      read.forEach((k, v) -> params.put((String) k, v));
      int n = count();
      Map<String, Position> values = new java.util.LinkedHashMap<>();
      for (int i = 0; i < n; i++) values.put(string(), position());
      return new FrontMatter(title, weight, contentType, metaTitle, description, updated, draft, layout, params, values);
    }

    /** A value {@link Writer#value} wrote; lists and mappings as the YAML parser makes them. */
    Object value(int depth) throws IOException {
      if (depth > 64) throw new IOException("values nested too deep");
      int tag = data.readByte();
      switch (tag) {
        case 0: return null;
        case 1: return string();
        case 2: return data.readInt();
        case 3: return data.readLong();
        case 4: return Double.longBitsToDouble(data.readLong());
        case 5: return data.readBoolean();
        case 6: return new java.math.BigInteger(string());
        case 7: {
          int n = count();
          List<Object> list = new ArrayList<>(Math.min(n, 1024));
          for (int i = 0; i < n; i++) list.add(value(depth + 1));
          return list;
        }
        case 8: {
          int n = count();
          Map<String, Object> map = new java.util.LinkedHashMap<>();
          for (int i = 0; i < n; i++) map.put(string(), value(depth + 1));
          return map;
        }
        default: throw new IOException("bad value tag " + tag);
      }
    }

    CachedPage page() throws IOException {
      String path = string();
      String contentKey = string();
      int n = count();
      List<Dependency> dependencies = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        dependencies.add(new Dependency(Dependency.Kind.values()[data.readByte()], string(), string()));
      }
      n = count();
      List<Heading> headings = new ArrayList<>(n);
      for (int i = 0; i < n; i++) headings.add(new Heading(data.readByte(), string(), string()));
      n = count();
      List<LinkRef> links = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        LinkRef.Kind kind = LinkRef.Kind.values()[data.readByte()];
        links.add(new LinkRef(kind, string(), string(), string(), new Located(position(), positions())));
      }
      boolean mermaidJs = data.readBoolean();
      boolean svg = data.readBoolean();
      String summary = string();
      n = count();
      List<Problem> problems = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        Severity severity = Severity.values()[data.readByte()];
        Rule rule = Rule.valueOf(string());
        problems.add(new Problem(severity, rule, position(), string(), positions()));
      }
      n = count();
      List<PartialCall> calls = new ArrayList<>(n);
      for (int i = 0; i < n; i++) calls.add(new PartialCall(string(), position()));
      String pageKey = string();
      String pageHash = string();
      long pageSize = data.readLong();
      long pageModified = data.readLong();
      String memoFormat = string();
      n = count();
      List<String> memo = new ArrayList<>(n);
      for (int i = 0; i < n; i++) memo.add(string());
      n = count();
      List<String> diagrams = new ArrayList<>(n);
      for (int i = 0; i < n; i++) diagrams.add(string());
      return new CachedPage(path, contentKey, dependencies, headings, links, mermaidJs, svg, summary, problems, calls,
          pageKey, pageHash, pageSize, pageModified, memoFormat, memo, diagrams);
    }

    void trailer() throws IOException {
      data.trailer();
    }

    @Override
    public void close() {}
  }

  /**
   * A file of the cache in memory, read from the start: the values of {@link DataOutputStream}
   * (big-endian), the last 8 bytes being the CRC-32 of all before them, checked before any value
   * is read, so a damaged file is never parsed. A read past the values is an {@link EOFException}.
   */
  private static final class Bytes {
    private final byte[] bytes;
    private final int end;
    private int at;

    Bytes(byte[] bytes) throws IOException {
      if (bytes.length < 8) throw new EOFException("cut short");
      this.bytes = bytes;
      this.end = bytes.length - 8;
      long written = 0;
      for (int i = end; i < bytes.length; i++) written = written << 8 | (bytes[i] & 0xff);
      CRC32 crc = new CRC32();
      crc.update(bytes, 0, end);
      if (written != crc.getValue()) throw new IOException("checksum mismatch");
    }

    private int take(int n) throws EOFException {
      if (n < 0 || n > end - at) throw new EOFException("cut short");
      int from = at;
      at += n;
      return from;
    }

    int readUnsignedByte() throws IOException {
      return bytes[take(1)] & 0xff;
    }

    byte readByte() throws IOException {
      return bytes[take(1)];
    }

    boolean readBoolean() throws IOException {
      return readByte() != 0;
    }

    int readInt() throws IOException {
      int i = take(4);
      return (bytes[i] & 0xff) << 24 | (bytes[i + 1] & 0xff) << 16 | (bytes[i + 2] & 0xff) << 8 | (bytes[i + 3] & 0xff);
    }

    long readLong() throws IOException {
      return (long) readInt() << 32 | (readInt() & 0xffffffffL);
    }

    /** What {@link DataOutputStream#writeUTF} wrote, for ASCII text (the header's). */
    String readUTF() throws IOException {
      int n = (readUnsignedByte() << 8) | readUnsignedByte();
      return new String(bytes, take(n), n, StandardCharsets.ISO_8859_1);
    }

    String utf8(int n) throws IOException {
      return new String(bytes, take(n), n, StandardCharsets.UTF_8);
    }

    void skip(int n) throws IOException {
      take(n);
    }

    /** Checks that every value was read. */
    void trailer() throws IOException {
      if (at != end) throw new IOException("trailing bytes");
    }
  }
}
