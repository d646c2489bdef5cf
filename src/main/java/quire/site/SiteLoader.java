package quire.site;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import quire.diag.Position;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.url.SiteUrls;

/**
 * Loads a site folder into a {@link Site}. Reads {@code content/} (pages and assets),
 * {@code partials/} and each product's {@code content/<product>/_partials/}, and
 * {@code site/config.yaml}. A file or folder under {@code content/} whose name starts with
 * {@code _} (other than {@code _index.md}) is never a page. Problems go to the sink; loading
 * carries on past them. Files are read only inside the site folder: a symbolic link that leads
 * out of it is a {@code source-outside-site} error at the link's path and is never followed.
 */
public final class SiteLoader {
  private final Path root;
  private final SiteBoundary boundary;
  private final boolean drafts;
  private final Problems problems;
  private final KnownPages known;

  private SiteLoader(Path root, boolean drafts, Problems problems, KnownPages known) {
    this.root = root;
    this.boundary = SiteBoundary.of(root);
    this.drafts = drafts;
    this.problems = problems;
    this.known = known;
  }

  public static Site load(Path root, boolean drafts, Problems problems) {
    return load(root, drafts, problems, KnownPages.NONE);
  }

  /**
   * As {@link #load(Path, boolean, Problems)}, a page whose file {@code known} has seen unchanged
   * taking its front matter from there, its text read only when asked for.
   */
  public static Site load(Path root, boolean drafts, Problems problems, KnownPages known) {
    return new SiteLoader(root.toAbsolutePath().normalize(), drafts, problems, known).load();
  }

  /**
   * The site after the files {@code changed} (absolute paths, changed, made or deleted) changed
   * since {@code previous} was loaded: only those files are read again, and problems are
   * reported for them alone. Empty when a change needs a full {@link #load} (a file under
   * {@code site/}, a folder, anything but a page or partial).
   */
  public static Optional<Site> reload(Site previous, Set<Path> changed, boolean drafts, Problems problems) {
    return new SiteLoader(previous.root(), drafts, problems, KnownPages.NONE).reload(previous, changed);
  }

  private Optional<Site> reload(Site previous, Set<Path> changed) {
    Map<String, SourcePage> pages = new LinkedHashMap<>();
    for (SourcePage p : previous.pages()) pages.put(p.path(), p);
    Map<String, SplitPage> partials = new TreeMap<>(previous.partials());
    Map<String, SourcePage> replaced = new HashMap<>();
    boolean reordered = false;
    for (Path file : changed) {
      Path absolute = file.toAbsolutePath().normalize();
      if (!absolute.startsWith(root) || Files.isDirectory(absolute)) return Optional.empty();
      String rel = relative(root, absolute);
      String name = absolute.getFileName().toString();
      // Hidden files (an editor's temporary copy) are never part of the site.
      if (name.startsWith(".")) continue;
      if (!name.endsWith(".md")) {
        // A file that came and went between two looks (an editor's test file, as vim's 4913)
        // under content/ or partials/ is no file of the site, unless it was one before.
        boolean wasAsset = previous.assets().stream().anyMatch(a -> a.source().map(absolute::equals).orElse(false));
        boolean inPages = rel.startsWith("content/") || rel.startsWith("partials/");
        if (inPages && !wasAsset && !Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) continue;
        return Optional.empty();
      }
      boolean exists = Files.isRegularFile(absolute);
      if (rel.startsWith("partials/") || rel.matches("content/[^/]+/_partials/.*")) {
        partials.remove(rel);
        if (exists) readPartial(absolute, partials);
      } else if (rel.startsWith("content/") && isPagePath(rel.substring("content/".length()))) {
        SourcePage old = pages.remove(rel);
        Optional<SourcePage> now = exists ? readPage(absolute, rel.substring("content/".length()), null) : Optional.empty();
        now.ifPresent(p -> pages.put(p.path(), p));
        if (old != null && now.isPresent() && samePlace(old, now.get())) replaced.put(rel, now.get());
        else reordered = true;
      } else {
        return Optional.empty();
      }
    }
    // An edit that leaves every page where it was (the common one: a page's text) keeps the
    // order without sorting the site's pages again.
    List<SourcePage> ordered;
    if (reordered) {
      ordered = order(withImplicitPages(pages.values(), previous.config().title()));
    } else {
      ordered = new ArrayList<>(previous.pages().size());
      for (SourcePage p : previous.pages()) ordered.add(replaced.getOrDefault(p.path(), p));
    }
    return Optional.of(new Site(root, previous.config(), ordered, partials, previous.assets(), previous.theme()));
  }

  /** Whether two versions of a page sort to the same place among the site's pages. */
  private static boolean samePlace(SourcePage a, SourcePage b) {
    return a.url().equals(b.url()) && a.kind() == b.kind() && a.section().equals(b.section())
        && a.front().weight() == b.front().weight() && a.title().equals(b.title());
  }

  /** Whether a Markdown file at this path inside content/ is a page (no folder or name starts with _ or .). */
  private static boolean isPagePath(String relInContent) {
    String[] parts = relInContent.split("/");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      boolean last = i == parts.length - 1;
      if (part.startsWith(".")) return false;
      if (part.startsWith("_") && !(last && part.equals("_index.md"))) return false;
    }
    return true;
  }

  private Site load() {
    SiteConfig config = SiteConfig.DEFAULTS;
    // site/ itself, and each file or folder of it quire reads, may be a link out of the site.
    boolean ownSite = !refusedLink(root.resolve("site"));
    Path configFile = root.resolve("site/config.yaml");
    if (ownSite && Files.isRegularFile(configFile) && !refusedLink(configFile)) {
      config = TextFiles.read(configFile, "site/config.yaml", problems)
          .map(file -> SiteConfig.read(file, problems))
          .orElse(SiteConfig.DEFAULTS);
    }
    List<SourcePage> pages = new ArrayList<>();
    List<Asset> contentAssets = new ArrayList<>();
    Map<String, SplitPage> partials = new TreeMap<>();
    Path content = root.resolve("content");
    if (Files.isDirectory(content)) {
      walkContent(content, pages, contentAssets, partials);
    } else {
      problems.report(Rule.SOURCE_INVALID, new Position("content/", 0, 0),
          "there is no content/ folder in " + root + "; run quire in a site folder or pass --source");
    }
    Path partialRoot = root.resolve("partials");
    if (Files.isDirectory(partialRoot)) {
      for (Path file : markdownFiles(partialRoot)) readPartial(file, partials);
    }
    if (ownSite) {
      for (String folder : List.of("site/templates", "site/shortcodes")) {
        // Read by Freemarker as pages are laid out; a link out of the site is reported here, once,
        // and the theme never loads it.
        if (Files.isDirectory(root.resolve(folder))) allFiles(root.resolve(folder));
      }
      refusedLink(root.resolve("site/static"));
    }
    Theme theme = Theme.of(root);
    List<Asset> assets = new ArrayList<>();
    Map<String, Asset> byOutput = new LinkedHashMap<>();
    for (Asset a : Theme.builtInStatic()) byOutput.put(a.output(), a);
    theme.staticFiles().ifPresent(dir -> {
      for (Path file : allFiles(dir)) byOutput.put(relative(dir, file), Asset.file(relative(dir, file), file));
    });
    for (Asset a : contentAssets) byOutput.put(a.output(), a);
    assets.addAll(byOutput.values());
    return new Site(root, config, order(withImplicitPages(withoutUrlConflicts(pages), config.title())), partials, assets,
        theme);
  }

  /**
   * {@code pages} with the pages Hugo has without a file: the home page when there is no
   * {@code content/_index.md} (Cloudflare's docs have none: their home page is a template's), and
   * a section page for each top-level folder that holds pages but no {@code _index.md}. Without
   * them the theme's link home, and every link to such a folder, would lead nowhere. A deeper
   * folder without an {@code _index.md} stays a plain folder, as in Hugo. Implicit pages already
   * in {@code pages} (from an earlier load) are made again.
   */
  static List<SourcePage> withImplicitPages(Collection<SourcePage> pages, String siteTitle) {
    List<SourcePage> out = new ArrayList<>(pages.size() + 1);
    Set<String> urls = new HashSet<>();
    Set<String> topLevel = new TreeSet<>();
    for (SourcePage p : pages) {
      if (p.implicit()) continue;
      out.add(p);
      urls.add(p.url());
      if (!p.url().equals("/")) topLevel.add(p.url().substring(0, p.url().indexOf('/', 1) + 1));
    }
    if (!urls.contains("/")) out.add(SourcePage.implicit("/", siteTitle));
    for (String section : topLevel) {
      if (!urls.contains(section)) out.add(SourcePage.implicit(section, ""));
    }
    return out;
  }

  /**
   * The pages with one file per URL: {@code x.md}, {@code x/_index.md} and {@code x/index.md}
   * are all {@code /x/}. The first in path order is kept; each other one is an error that names
   * both files, so no page is overwritten without a word.
   */
  private List<SourcePage> withoutUrlConflicts(List<SourcePage> pages) {
    Map<String, SourcePage> byUrl = new TreeMap<>();
    List<SourcePage> sorted = new ArrayList<>(pages);
    sorted.sort(Comparator.comparing(SourcePage::path));
    List<SourcePage> kept = new ArrayList<>();
    for (SourcePage page : sorted) {
      SourcePage first = byUrl.putIfAbsent(page.url(), page);
      if (first == null) {
        kept.add(page);
      } else {
        problems.report(Rule.PAGE_URL_CONFLICT, new Position(page.path(), 0, 0), page.path() + " and " + first.path()
            + " are both the page " + page.url() + "; rename or remove one of them");
      }
    }
    return kept;
  }

  /** The first folder of a path, or the whole path when it has none. */
  private static String firstSegment(String path) {
    int slash = path.indexOf('/');
    return slash < 0 ? path : path.substring(0, slash);
  }

  private void walkContent(Path content, List<SourcePage> pages, List<Asset> assets, Map<String, SplitPage> partials) {
    // Each file with the attributes the walk read (its stamp for the known pages), in path order.
    Map<Path, BasicFileAttributes> files = new TreeMap<>();
    walk(content, dir -> {
      String name = dir.getFileName().toString();
      if (name.startsWith("_")) {
        // Cloudflare's layout keeps partials in content/<product>/_partials/.
        if (name.equals("_partials")) {
          for (Path file : markdownFiles(dir)) readPartial(file, partials);
        }
        return false;
      }
      return !name.startsWith(".");
    }, files::put);
    List<Path> pageFiles = new ArrayList<>();
    for (Path file : files.keySet()) {
      String name = file.getFileName().toString();
      if (name.startsWith(".")) continue;
      if (name.endsWith(".md")) {
        if (name.startsWith("_") && !name.equals("_index.md")) continue;
        pageFiles.add(file);
      } else {
        assets.add(Asset.file(SiteUrls.outputOfContentFile(relative(content, file)), file));
      }
    }
    // Reading and parsing the front matter is most of loading: the pages are read in parallel
    // (problems are sorted when reported, and the pages keep path order), those the known pages
    // have seen unchanged not at all.
    pageFiles.parallelStream().map(file -> readPage(file, relative(content, file), files.get(file)))
        .toList().forEach(page -> page.ifPresent(pages::add));
  }

  /**
   * Visits the regular files under {@code top}, entering the folders {@code enter} accepts.
   * Links are followed only while they stay inside the site folder: a link that leads out of it
   * (or nowhere) is reported at its own path and neither read nor entered.
   */
  private void walk(Path top, Predicate<Path> enter, BiConsumer<Path, BasicFileAttributes> file) {
    walkWithoutFollowing(top, enter, file, new ArrayList<>());
  }

  /**
   * The walk, reading each entry's own attributes (one {@code lstat} a file: a build walks every
   * page of the site, and at 10,000 pages a second call per file for the link check was a
   * tenth of a second or more). A link is checked and followed by hand: a linked file is
   * visited, a linked folder walked following links ({@link #walkFollowing}) unless it leads back
   * to a folder above it. {@code above}: the file keys of the folders entered, outermost first.
   */
  private void walkWithoutFollowing(Path top, Predicate<Path> enter, BiConsumer<Path, BasicFileAttributes> file,
      List<Object> above) {
    walkTree(top, EnumSet.noneOf(FileVisitOption.class), new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (!dir.equals(top) && !enter.test(dir)) return FileVisitResult.SKIP_SUBTREE;
        above.add(attrs.fileKey());
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        above.remove(above.size() - 1);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          file.accept(path, attrs);
        } else if (attrs.isSymbolicLink() && !refusedLink(path)) {
          followed(path, path.equals(top), enter, file, above);
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path path, IOException e) {
        cannotRead(path, e);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** A link that stays inside the site, found by the walk: what it leads to is visited or entered. */
  private void followed(Path link, boolean isTop, Predicate<Path> enter, BiConsumer<Path, BasicFileAttributes> file,
      List<Object> above) {
    BasicFileAttributes target;
    try {
      target = Files.readAttributes(link, BasicFileAttributes.class);
    } catch (IOException e) {
      cannotRead(link, e);
      return;
    }
    if (target.isRegularFile()) {
      file.accept(link, target);
    } else if (target.isDirectory()) {
      if (target.fileKey() != null && above.contains(target.fileKey())) {
        cannotRead(link, new FileSystemLoopException(link.toString()));
      } else if (isTop || enter.test(link)) {
        walkFollowing(link, enter, file, above);
      }
    }
  }

  /**
   * The walk under a linked folder, following links (rare: a link that stays inside the site),
   * each entry's link checked with a call of its own; a folder that is one of {@code above} is
   * a loop, as one above it in this walk is to the JDK's walker.
   */
  private void walkFollowing(Path top, Predicate<Path> enter, BiConsumer<Path, BasicFileAttributes> file,
      List<Object> above) {
    walkTree(top, EnumSet.of(FileVisitOption.FOLLOW_LINKS), new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (refusedLink(dir)) return FileVisitResult.SKIP_SUBTREE;
        if (!dir.equals(top) && attrs.fileKey() != null && above.contains(attrs.fileKey())) {
          cannotRead(dir, new FileSystemLoopException(dir.toString()));
          return FileVisitResult.SKIP_SUBTREE;
        }
        return dir.equals(top) || enter.test(dir) ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
      }

      @Override
      public FileVisitResult visitFile(Path path, BasicFileAttributes attrs) {
        if (!refusedLink(path) && attrs.isRegularFile()) file.accept(path, attrs);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path path, IOException e) {
        if (refusedLink(path)) return FileVisitResult.CONTINUE;
        cannotRead(path, e);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private void walkTree(Path top, Set<FileVisitOption> options, FileVisitor<Path> visitor) {
    try {
      Files.walkFileTree(top, options, Integer.MAX_VALUE, visitor);
    } catch (IOException e) {
      problems.report(Rule.SOURCE_INVALID, new Position(relative(root, top), 0, 0), "cannot read: " + e.getMessage());
    }
  }

  private void cannotRead(Path path, IOException e) {
    String why = e instanceof FileSystemLoopException ? "the folder links back to a folder that contains it"
        : e.getMessage();
    problems.report(Rule.SOURCE_INVALID, new Position(relative(root, path), 0, 0), "cannot read: " + why);
  }

  /**
   * Whether {@code path} is a link that leads out of the site folder or nowhere; if so, reports
   * it at its path. quire reads only inside the site, so a link to {@code /etc/passwd} or to
   * another project is never followed.
   */
  private boolean refusedLink(Path path) {
    if (!Files.isSymbolicLink(path) || boundary.contains(path)) return false;
    String target;
    try {
      target = Files.readSymbolicLink(path).toString();
    } catch (IOException e) {
      target = "?";
    }
    Path resolved = path.resolveSibling(target).normalize();
    if (!Files.exists(path)) {
      problems.report(Rule.SOURCE_INVALID, new Position(relative(root, path), 0, 0),
          "this link leads to " + target + ", which does not exist");
    } else {
      problems.report(Rule.SOURCE_OUTSIDE_SITE, new Position(relative(root, path), 0, 0),
          "this link leads to " + resolved + ", outside the site folder; quire reads only files inside the site, "
              + "so it is not followed");
    }
    return true;
  }

  /**
   * Reads a page, or takes it from {@link #known} when its file has the stamp it had there
   * ({@code attrs}, from the walk; null when unknown).
   */
  private Optional<SourcePage> readPage(Path file, String relInContent, BasicFileAttributes attrs) {
    String path = "content/" + relInContent;
    KnownPages.Stamp stamp = attrs == null ? null : stamp(attrs);
    Optional<KnownPages.Known> before = stamp == null ? Optional.empty() : known.find(path, stamp);
    SplitPage split;
    if (before.isPresent()) {
      SourceFile source = SourceFile.deferred(path, () -> readAgain(file, path, stamp));
      split = new SplitPage(source, before.get().front(), before.get().bodyOffset());
    } else {
      Problems found = new Problems();
      Optional<SourceFile> source = TextFiles.read(file, path, found);
      Optional<SplitPage> read = source.map(s -> known.findByText(path, s.text())
          .map(same -> new SplitPage(s, same.front(), same.bodyOffset()))
          .orElseGet(() -> FrontMatterParser.split(s, found)));
      List<Problem> reported = found.sorted();
      reported.forEach(problems::add);
      if (read.isEmpty()) return Optional.empty();
      split = read.get();
      if (stamp != null && reported.isEmpty()) known.remember(path, stamp, split);
    }
    if (split.front().draft() && !drafts || !split.front().rendered()) return Optional.empty();
    String url = SiteUrls.ofContentFile(relInContent);
    SourcePage.Kind kind = url.equals("/") ? SourcePage.Kind.HOME
        : relInContent.endsWith("_index.md") ? SourcePage.Kind.SECTION : SourcePage.Kind.PAGE;
    String section = SiteUrls.parent(url);
    // The product names the partials folder, so it is the folder as written, not as the URL has it.
    String product = url.equals("/") ? "" : firstSegment(relInContent.substring(0, relInContent.length() - ".md".length()));
    return Optional.of(new SourcePage(path, url, kind, section, product, split));
  }

  private static KnownPages.Stamp stamp(BasicFileAttributes attrs) {
    return new KnownPages.Stamp(attrs.size(), attrs.lastModifiedTime().to(TimeUnit.NANOSECONDS),
        attrs.fileKey() == null ? "" : attrs.fileKey().toString());
  }

  /** The text of a page taken from {@link #known}, read when first asked for: the file must be as it was. */
  private static String readAgain(Path file, String path, KnownPages.Stamp stamp) {
    try {
      if (!stamp.equals(stamp(Files.readAttributes(file, BasicFileAttributes.class)))) {
        throw new SourceFile.Unreadable(path, "the file changed while the site was being built; build again");
      }
    } catch (IOException e) {
      throw new SourceFile.Unreadable(path, "the file could no longer be read while the site was being built: "
          + e.getMessage());
    }
    Problems found = new Problems();
    return TextFiles.read(file, path, found).map(SourceFile::text).orElseThrow(() -> new SourceFile.Unreadable(path,
        "the file could no longer be read while the site was being built: " + found.sorted().get(0).message()));
  }

  private void readPartial(Path file, Map<String, SplitPage> partials) {
    String path = relative(root, file);
    TextFiles.read(file, path, problems)
        .ifPresent(source -> partials.put(path, FrontMatterParser.split(source, problems)));
  }

  /** Parents before children; siblings by weight (unset last), then title, then URL. */
  private static List<SourcePage> order(List<SourcePage> pages) {
    Map<String, List<SourcePage>> bySection = new TreeMap<>();
    SourcePage home = null;
    for (SourcePage p : pages) {
      if (p.kind() == SourcePage.Kind.HOME) home = p;
      else bySection.computeIfAbsent(p.section(), k -> new ArrayList<>()).add(p);
    }
    Comparator<SourcePage> siblings = Comparator
        .comparingInt((SourcePage p) -> p.front().weight() == 0 ? Integer.MAX_VALUE : p.front().weight())
        .thenComparing(SourcePage::title, String.CASE_INSENSITIVE_ORDER)
        .thenComparing(SourcePage::url);
    bySection.values().forEach(list -> list.sort(siblings));
    List<SourcePage> out = new ArrayList<>();
    if (home != null) out.add(home);
    // Sections whose parent has no _index.md still need their pages: start from every section
    // URL that is not a child of another listed section.
    Set<String> placed = new HashSet<>();
    addChildren("/", bySection, out, placed);
    for (String section : bySection.keySet()) {
      if (!placed.contains(section)) addChildren(section, bySection, out, placed);
    }
    return out;
  }

  private static void addChildren(String section, Map<String, List<SourcePage>> bySection,
      List<SourcePage> out, Set<String> placed) {
    if (!placed.add(section)) return;
    for (SourcePage child : bySection.getOrDefault(section, List.of())) {
      out.add(child);
      if (child.kind() == SourcePage.Kind.SECTION) addChildren(child.url(), bySection, out, placed);
    }
  }

  private List<Path> markdownFiles(Path dir) {
    return allFiles(dir).stream().filter(p -> p.getFileName().toString().endsWith(".md")).toList();
  }

  /** The regular files under {@code dir}, sorted, links leaving the site reported and left out. */
  private List<Path> allFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    walk(dir, d -> true, (file, attrs) -> files.add(file));
    files.sort(null);
    return files;
  }

  private static String relative(Path base, Path file) {
    return base.relativize(file).toString().replace('\\', '/');
  }
}
