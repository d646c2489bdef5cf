package quire.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import quire.layout.Navigation;
import quire.partial.PartialLibrary;
import quire.shortcode.Dependency;
import quire.site.Asset;
import quire.site.Site;
import quire.site.SourcePage;

/**
 * The keys of one build's cache entries. A page's content key hashes everything its rendered
 * content depends on: quire itself, {@code site/config.yaml} and the build's options, every file
 * of {@code site/shortcodes/}, the page's file, path and URL, and what each of its
 * {@link Dependency dependencies} resolves to now (the partial a lookup finds, with its text; the
 * titles and URLs of a section's children; the site's URL), and the path and content of every file
 * copied into the site (rendering reads image sizes). The URL the site is built for
 * ({@code --base-url}) is in it only through a dependency: content is rendered for any base path
 * where it can be, so builds for other URLs (a pull request's check, the default branch's build
 * for its Pages URL) share it. Its page key adds what the layout depends on: that URL, every file
 * of {@code site/templates/} and the section tree (every page's URL, title and description, in
 * order). Thread-safe.
 */
final class CacheKeys {
  private final BuildCache cache;
  private final String content;
  private final String layout;
  private final PartialLibrary partials;
  private final Navigation nav;
  private final String siteUrl;
  private final Map<Dependency, String> resolved = new ConcurrentHashMap<>();

  CacheKeys(BuildCache cache, Site site, BuildOptions options, PartialLibrary partials, Navigation nav) {
    this.cache = cache;
    String engine = cache.engine();
    this.partials = partials;
    this.nav = nav;
    Path root = site.root();
    this.siteUrl = site.config().baseUrl();
    String config = hash(engine, "config", fileText(root.resolve("site/config.yaml")),
        "drafts", String.valueOf(options.drafts()));
    // Rendering reads the sizes of the site's images, so every file copied into the site is
    // part of every page's key, by path and content (not time: a fresh checkout of the same
    // files keeps its cached pages).
    // Read on every core: a fresh checkout has every image to read once.
    List<String> fingerprints = site.assets().parallelStream()
        .filter(asset -> asset.source().isPresent())
        .map(asset -> {
          try {
            return asset.output() + "\0" + cache.assetHash(asset.source().get()) + "\n";
          } catch (IOException e) {
            return asset.output() + "\0(unreadable)\n";
          }
        })
        .toList();
    String assets = String.join("", fingerprints);
    content = hash(config, "shortcodes", folderHash(site.theme().shortcodes()), "files", assets);
    StringBuilder tree = new StringBuilder();
    for (SourcePage p : site.pages()) {
      tree.append(p.url()).append('\0').append(p.title()).append('\0').append(p.front().description()).append('\0')
          .append(p.kind()).append('\n');
    }
    layout = hash(config, "baseUrl", siteUrl, "templates", folderHash(site.theme().templates()), "nav", tree.toString());
  }

  /** The content key of a page whose expansion read {@code dependencies}. */
  String content(SourcePage page, List<Dependency> dependencies) {
    MessageDigest d = digest();
    update(d, content);
    update(d, page.path());
    update(d, page.url());
    update(d, cache.textHash(page));
    for (Dependency dependency : dependencies) {
      update(d, dependency.kind().name());
      update(d, dependency.folder());
      update(d, dependency.name());
      update(d, resolved.computeIfAbsent(dependency, this::resolve));
    }
    return HexFormat.of().formatHex(d.digest());
  }

  /** The page key of a page with this content key. */
  String page(String contentKey) {
    return hash(contentKey, layout);
  }

  /**
   * The page key of a page with this content key whose "last updated" date (front matter, else
   * its last commit) is {@code updated}: a commit changes the laid-out page, not its content.
   */
  String page(String contentKey, String updated) {
    return hash(contentKey, layout, updated);
  }

  /**
   * The key of what a mermaid block becomes: all it depends on is its text, its id prefix (every
   * id in its SVG starts with it) and quire itself (the parser, ELK's settings, the SVG writer
   * and the font it measures labels with, all inside quire's jar). A diagram's own settings
   * ({@code %%{init}%%}, its front matter) are part of its text.
   */
  String diagram(String source, String idPrefix) {
    return hash(cache.engine(), "diagram", idPrefix, source);
  }

  private String resolve(Dependency dependency) {
    return switch (dependency.kind()) {
      case PARTIAL -> partials.find(dependency.folder(), dependency.name())
          .map(p -> p.path() + "\0" + BuildCache.fingerprint(p.split().source().text()))
          .orElse("(none)");
      case CHILD_PAGES -> {
        StringBuilder children = new StringBuilder();
        for (SourcePage child : nav.childrenOf(dependency.folder())) {
          children.append(child.url()).append('\0').append(child.title()).append('\0')
              .append(child.front().description()).append('\n');
        }
        yield hash(children.toString());
      }
      case SITE_URL -> siteUrl;
    };
  }

  private static String fileText(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.ISO_8859_1) : "(none)";
    } catch (IOException e) {
      return "(unreadable)";
    }
  }

  /** A hash of every file under a folder, by path and bytes. */
  private static String folderHash(Optional<Path> folder) {
    if (folder.isEmpty()) return "(none)";
    MessageDigest d = digest();
    try (Stream<Path> files = Files.walk(folder.get())) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        update(d, folder.get().relativize(file).toString());
        d.update(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(d.digest());
  }

  static String hash(String... parts) {
    MessageDigest d = digest();
    for (String part : parts) update(d, part);
    return HexFormat.of().formatHex(d.digest());
  }

  /** Digests a string's UTF-8 length (four bytes, big-endian) and bytes, in one call. */
  private static void update(MessageDigest d, String s) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    byte[] framed = new byte[bytes.length + 4];
    framed[0] = (byte) (bytes.length >>> 24);
    framed[1] = (byte) (bytes.length >>> 16);
    framed[2] = (byte) (bytes.length >>> 8);
    framed[3] = (byte) bytes.length;
    System.arraycopy(bytes, 0, framed, 4, bytes.length);
    d.update(framed);
  }

  private static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
