package quire.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import quire.diag.Markup;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

/**
 * The search index of a site, collected page by page as pages are laid out (from several
 * threads at once) and written at the end as small files under {@code search/}:
 *
 * <ul>
 *   <li>{@code search/meta.json}: the number of pages, the folder of this build's files, and the
 *       first word of each word chunk;
 *   <li>{@code search/<build>/w<n>.json}: a chunk of the sorted word list, each word with its
 *       postings (page number and weight pairs, page numbers as gaps) in a compact text form;
 *   <li>{@code search/<build>/p<n>.json}: one page's URL, title, section and text by heading,
 *       fetched only for the results shown.
 * </ul>
 *
 * A first query therefore fetches the meta file, one or two word chunks and a page file per
 * result shown. The build folder is named by a hash of its content, so a browser never mixes
 * chunks of two builds. Pages are numbered in URL order and the files are the same bytes
 * whatever order the pages arrived in.
 */
public final class SearchIndex {
  /** Where the index goes in the site. */
  public static final String FOLDER = "search/";
  public static final String META = FOLDER + "meta.json";

  /** Whether a file of the site is one of the index's named by its build (all but {@link #META}). */
  public static boolean namedByBuild(String path) {
    return path.startsWith(FOLDER) && !path.equals(META);
  }

  /** A word chunk closes once its text passes this many characters. */
  static final int CHUNK_CHARS = 24_000;
  /** Page text kept for excerpts, per page. */
  static final int PAGE_TEXT_CHARS = 6_000;

  private static final int TITLE_WEIGHT = 8;
  private static final int HEADING_WEIGHT = 3;
  private static final int MAX_WEIGHT = 255;

  private final ConcurrentLinkedQueue<IndexedPage> documents = new ConcurrentLinkedQueue<>();

  /**
   * A page as the index merges it: its words with their weights, its page file (null when the
   * caller keeps it) and that file's hash, all worked out by the thread that added the page, so
   * the merge at the end of a build only concatenates.
   */
  private record IndexedPage(String url, String[] words, int[] weights, String file, long fileHash) {}

  /**
   * Every word of the site once: a page holds its words as references into it, so the pages
   * waiting for the merge hold about as much as their text, not a map of strings each.
   */
  private final ConcurrentHashMap<String, String> vocabulary = new ConcurrentHashMap<>();

  /**
   * What the index takes from a page's content (its headings and sections, not its title or
   * URL), which depends on that content alone, so a build cache can keep it beside the content and
   * a page whose content did not change is neither read nor counted again.
   *
   * @param words each word of the sections once
   * @param weights the weight of the word at the same place in {@code words}
   * @param sections the page file's {@code "h"} value: the sections as JSON, text cut to the
   *     page's budget
   * @param sectionsHash the 64-bit FNV-1a hash of {@code sections}' characters (part of the build
   *     folder's name)
   */
  public record Content(List<String> words, int[] weights, String sections, long sectionsHash) {
    public Content {
      words = List.copyOf(words);
      weights = weights.clone();
      if (weights.length != words.size()) {
        throw new IllegalArgumentException("weights: " + weights.length + " for " + words.size() + " words");
      }
    }

    /** The same content with its words replaced by equal ones (shared with other pages'). */
    public Content withWords(List<String> equalWords) {
      if (!equalWords.equals(words)) throw new IllegalArgumentException("not the same words");
      return new Content(equalWords, weights, sections, sectionsHash);
    }

    /** What the index needs of this content when the page's file is kept from an earlier build. */
    public Counted counted() {
      return new Counted(words, weights, sectionsHash);
    }
  }

  /**
   * A {@link Content} without its sections' text: all the index needs of a page whose file the
   * caller keeps from an earlier build (the sections' hash names the file's part in the build).
   */
  public record Counted(List<String> words, int[] weights, long sectionsHash) {
    public Counted {
      words = List.copyOf(words);
      weights = weights.clone();
      if (weights.length != words.size()) {
        throw new IllegalArgumentException("weights: " + weights.length + " for " + words.size() + " words");
      }
    }
  }

  /**
   * The index's files.
   *
   * @param texts each file to write, path in the site → UTF-8 text, in path order: every file
   *     but the page files of pages {@link #addKept added as kept}, which the caller has
   * @param pages each page's file, path in the site → the page's URL
   */
  public record Files(Map<String, String> texts, Map<String, String> pages) {}

  /** What the index takes from a page's sections: their words counted, their text cut. Thread-safe. */
  public static Content content(List<PageText.Section> sections) {
    WordCounts counted = new WordCounts();
    for (PageText.Section s : sections) {
      counted.add(s.heading(), HEADING_WEIGHT);
      counted.add(s.text(), 1);
    }
    String json = sectionsJson(sections);
    return new Content(counted.words(), counted.weights(), json, fnv(FNV_START, json));
  }

  /** Adds a page. Thread-safe; its content is read here, in the calling thread. */
  public void add(SearchDocument doc) {
    add(doc.url(), doc.title(), doc.section(), content(doc.sections()));
  }

  /**
   * Adds a page whose content was taken already ({@link #content}); its title's words are counted
   * here. Thread-safe.
   *
   * @param url the page's URL path without the base path (see {@link SearchDocument#url})
   * @param title the page title
   * @param section the title of the section the page is in
   */
  public void add(String url, String title, String section, Content content) {
    String fileStart = fileStart(url, title, section);
    long fileHash = mix(fnv(FNV_START, fileStart), content.sectionsHash());
    add(url, title, content.words(), content.weights(), fileStart + content.sections() + "}", fileHash);
  }

  /**
   * Adds a page whose file an earlier build made from the same URL, title, section and content,
   * and the caller keeps: the index counts its words and names the file, but never reads it
   * (its path is in {@link Files#pages}, not in {@link Files#texts}). Thread-safe.
   */
  public void addKept(String url, String title, String section, Counted counted) {
    long fileHash = mix(fnv(FNV_START, fileStart(url, title, section)), counted.sectionsHash());
    add(url, title, counted.words(), counted.weights(), null, fileHash);
  }

  /**
   * The page file the index makes of a page ({@code {"u":url,"t":title,"s":section,"h":sections}}):
   * for a caller that kept it from an earlier build and finds its copy gone.
   */
  public static String pageFile(String url, String title, String section, Content content) {
    return fileStart(url, title, section) + content.sections() + "}";
  }

  private static String fileStart(String url, String title, String section) {
    return "{\"u\":" + Markup.jsonString(url) + ",\"t\":" + Markup.jsonString(title)
        + ",\"s\":" + Markup.jsonString(section) + ",\"h\":";
  }

  /**
   * Adds a page: its counted words (each once) with the title's words added at their weight.
   * The title's few words are put in a map and looked up, not all the page's words (some 300 a
   * page, 10,000 maps at 10,000 pages).
   */
  private void add(String url, String title, List<String> pageWords, int[] pageWeights, String file, long fileHash) {
    Map<String, Integer> titleWords = new HashMap<>();
    count(titleWords, title, TITLE_WEIGHT);
    int n = pageWords.size();
    String[] words = new String[n + titleWords.size()];
    int[] weights = new int[n + titleWords.size()];
    for (int i = 0; i < n; i++) {
      String word = pageWords.get(i);
      words[i] = vocabulary.computeIfAbsent(word, w -> w);
      Integer inTitle = titleWords.isEmpty() ? null : titleWords.remove(word);
      weights[i] = inTitle == null ? pageWeights[i] : pageWeights[i] + inTitle;
    }
    // The title's words the page's text does not have (their order does not show in the files).
    for (Map.Entry<String, Integer> e : titleWords.entrySet()) {
      words[n] = vocabulary.computeIfAbsent(e.getKey(), w -> w);
      weights[n++] = e.getValue();
    }
    if (n < words.length) {
      words = Arrays.copyOf(words, n);
      weights = Arrays.copyOf(weights, n);
    }
    documents.add(new IndexedPage(url, words, weights, file, fileHash));
  }

  /** The index files. */
  public Files files() {
    return files(Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())));
  }

  /** The index files, their postings made in {@code shares} parts by word hash (the same bytes for any number). */
  Files files(int shares) {
    List<IndexedPage> docs = new ArrayList<>(documents);
    docs.sort(Comparator.comparing(IndexedPage::url));
    // A word's postings grow in page order whatever order its pages' words are visited in, so
    // neither map needs sorting until the words are written out. The words are split by hash
    // into a share per core, each share's postings made by a thread of its own: at 10,000 pages
    // this loop is most of the merge, which waits for nothing else.
    Map<String, Postings> postings = new HashMap<>();
    IntStream.range(0, shares).parallel().mapToObj(share -> postingsOf(docs, share, shares)).toList()
        .forEach(postings::putAll);
    List<String> words = new ArrayList<>(postings.keySet());
    words.sort(null);
    List<String> chunks = new ArrayList<>();
    List<String> firstWords = new ArrayList<>();
    StringBuilder chunk = null;
    for (String word : words) {
      if (chunk == null || chunk.length() >= CHUNK_CHARS) {
        if (chunk != null) chunks.add(chunk.append('}').toString());
        chunk = new StringBuilder("{");
        firstWords.add(word);
      } else {
        chunk.append(',');
      }
      chunk.append(Markup.jsonString(word)).append(':').append(Markup.jsonString(postings.get(word).text.toString()));
    }
    if (chunk != null) chunks.add(chunk.append('}').toString());

    String build = folderName(chunks, docs);
    Map<String, String> files = new TreeMap<>();
    Map<String, String> pages = new TreeMap<>();
    for (int i = 0; i < chunks.size(); i++) files.put(FOLDER + build + "/w" + i + ".json", chunks.get(i));
    for (int i = 0; i < docs.size(); i++) {
      String path = FOLDER + build + "/p" + i + ".json";
      pages.put(path, docs.get(i).url());
      if (docs.get(i).file() != null) files.put(path, docs.get(i).file());
    }
    StringBuilder meta = new StringBuilder("{\"version\":1,\"pages\":").append(docs.size())
        .append(",\"build\":").append(Markup.jsonString(build)).append(",\"chunks\":[");
    for (int i = 0; i < firstWords.size(); i++) {
      if (i > 0) meta.append(',');
      meta.append(Markup.jsonString(firstWords.get(i)));
    }
    files.put(META, meta.append("]}\n").toString());
    return new Files(files, pages);
  }

  /** The postings of the words whose hash falls in {@code share} of {@code shares}, pages numbered by place. */
  private static Map<String, Postings> postingsOf(List<IndexedPage> docs, int share, int shares) {
    Map<String, Postings> postings = new HashMap<>();
    for (int id = 0; id < docs.size(); id++) {
      IndexedPage doc = docs.get(id);
      String[] words = doc.words();
      for (int w = 0; w < words.length; w++) {
        if (Math.floorMod(words[w].hashCode(), shares) != share) continue;
        Postings list = postings.computeIfAbsent(words[w], k -> new Postings());
        Vlq.append(list.text, id - list.last);
        Vlq.append(list.text, Math.min(MAX_WEIGHT, doc.weights()[w]));
        list.last = id;
      }
    }
    return postings;
  }

  /** One word's postings so far, and the page number it last had (gaps are from it). */
  private static final class Postings {
    final StringBuilder text = new StringBuilder();
    int last;
  }

  private static void count(Map<String, Integer> weights, String text, int weight) {
    for (String word : Words.of(text)) weights.merge(word, weight, Integer::sum);
  }

  /**
   * A page file's sections, {@code [[id,heading,text],…]}, text cut to a budget. (A page file is
   * {@code {"u":url,"t":title,"s":section,"h":sections}}.)
   */
  private static String sectionsJson(List<PageText.Section> sections) {
    int length = 2;
    for (PageText.Section s : sections) length += s.id().length() + s.heading().length() + Math.min(s.text().length(), PAGE_TEXT_CHARS) + 16;
    StringBuilder json = new StringBuilder(Math.min(length, 2 * PAGE_TEXT_CHARS)).append('[');
    int budget = PAGE_TEXT_CHARS;
    boolean first = true;
    for (PageText.Section s : sections) {
      if (budget <= 0) break;
      String text = s.text().length() > budget ? cut(s.text(), budget) : s.text();
      budget -= text.length() + s.heading().length();
      if (!first) json.append(',');
      first = false;
      json.append('[').append(Markup.jsonString(s.id())).append(',').append(Markup.jsonString(s.heading()))
          .append(',').append(Markup.jsonString(text)).append(']');
    }
    return json.append(']').toString();
  }

  /** {@code text} cut at a space before {@code length} characters. */
  private static String cut(String text, int length) {
    int at = text.lastIndexOf(' ', length);
    return text.substring(0, at > 0 ? at : length);
  }

  private static final long FNV_START = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /**
   * The build folder's name: 48 bits of a 64-bit FNV-1a hash over the word chunks' characters and
   * each page file's own FNV-1a hash (worked out when the page was added, its sections' part once
   * per content, when the page was read). It
   * only has to differ between builds whose index differs (nobody chooses the text to collide),
   * and hashing the characters as they are costs a tenth of encoding them and digesting with
   * SHA-256, which a cold build pays over every page's text.
   */
  private static String folderName(List<String> chunks, List<IndexedPage> pages) {
    long hash = FNV_START;
    for (String chunk : chunks) hash = fileEnd(fnv(hash, chunk));
    for (IndexedPage page : pages) hash = fileEnd(mix(hash, page.fileHash()));
    return HexFormat.of().toHexDigits(hash).substring(0, 12);
  }

  /** The hash continued over a text's characters. */
  private static long fnv(long hash, String text) {
    for (int i = 0; i < text.length(); i++) hash = (hash ^ text.charAt(i)) * FNV_PRIME;
    return hash;
  }

  /** The hash continued over the 64 bits of another, as over four characters. */
  private static long mix(long hash, long other) {
    for (int shift = 0; shift < 64; shift += 16) hash = (hash ^ ((other >>> shift) & 0xffff)) * FNV_PRIME;
    return hash;
  }

  /** The end of each file counts, so moving text from one file to the next changes the name. */
  private static long fileEnd(long hash) {
    return (hash ^ 0xffff_0000L) * FNV_PRIME;
  }
}
