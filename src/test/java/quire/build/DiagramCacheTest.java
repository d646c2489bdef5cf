package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.mermaid.Diagram;
import quire.testing.InlineSite;

/**
 * The build cache's diagrams: a page rendered again takes the diagrams that did not change from
 * the cache, without laying them out (or loading ELK); what it takes is exactly what drawing them
 * gives; and a damaged, misplaced or unneeded entry is never used.
 */
class DiagramCacheTest {
  private static final String SITE = """
      -- site/config.yaml --
      search: false
      -- content/_index.md --
      ---
      title: Home
      ---
      Welcome.
      -- content/alpha.md --
      ---
      title: Alpha
      ---
      # Alpha

      {{<render file="deployment/_steps.md">}}

      ```mermaid
      graph TD
        A[Start] --> B{Choice}
        B -->|yes| C[Done]
        click C "beta.md"
      ```

      ```mermaid
      sequenceDiagram
        Alice->>Bob: Hi
      ```
      -- content/beta.md --
      ---
      title: Beta
      ---
      # Beta

      ```mermaid
      flowchart LR
        X[Mail] --> Y[Quarantine]
      ```
      -- partials/alpha/deployment/_steps.md --
      1. Open the dashboard.

      ```mermaid
      graph LR
        P[Policy] --> Q[Rule]
      ```
      """;

  @TempDir Path root;

  private BuildResult build(String out, boolean cache) {
    BuildOptions options = new BuildOptions(root, Optional.of(root.resolve(out)), Optional.empty(), false);
    return SiteBuilder.build(cache ? options.withCache(BuildCache.open(cacheDir())) : options);
  }

  private Path cacheDir() {
    return root.resolve("target/quire-cache");
  }

  private void editPartial(String added) throws IOException {
    Path steps = root.resolve("partials/alpha/deployment/_steps.md");
    Files.writeString(steps, Files.readString(steps) + added);
  }

  @Test
  void everyDiagramIsKeptOnceAndNamedByThePageThatDrewIt() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    // alpha: its partial's flowchart, its own and the sequence diagram (left to mermaid.js); beta: one.
    assertEquals(4, diagramFiles().size());
    CachedPage alpha = BuildCache.open(cacheDir()).find("content/alpha.md").orElseThrow();
    assertEquals(3, alpha.diagrams().size());
  }

  @Test
  void aPageRenderedAgainTakesItsUnchangedDiagramsFromTheCache() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    // Each drawn diagram in the cache is replaced by a marked one, under its own key: a page
    // rendered again can only show the mark if it took the diagram from the cache.
    BuildCache cache = BuildCache.open(cacheDir());
    int marked = 0;
    for (String key : diagramFiles()) {
      if (cache.diagram(key).orElseThrow() instanceof Diagram.Svg svg) {
        cache.putDiagram(key, new Diagram.Svg(svg.svg().replace("</svg>", "<!--from the cache--></svg>"), svg.name(), svg.links()));
        marked++;
      }
    }
    assertEquals(3, marked);
    editPartial("2. Then close it.\n");
    BuildResult edited = build("built", true);
    assertEquals(1, edited.stats().rendered());
    String alpha = InlineSite.read(root.resolve("built/alpha/index.html"));
    assertTrue(alpha.contains("Then close it."));
    assertEquals(2, count(alpha, "<!--from the cache-->"), "the partial's flowchart and the page's own");
    assertTrue(alpha.contains("<pre class=\"mermaid\">sequenceDiagram"));
  }

  /**
   * The output is the same bytes with and without the cache; a kept diagram's links too (the page
   * resolves them, so the cache must keep them: {@code click C "beta.md"} links to /beta/).
   */
  @Test
  void theCacheNeverChangesTheOutputAfterAPartialOrADiagramEdit() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    editPartial("2. Then close it.\n");
    BuildResult partial = build("built", true);
    BuildResult fresh = build("fresh", false);
    assertTrue(InlineSite.read(root.resolve("built/alpha/index.html")).contains("<a href=\"/beta/\">"));
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
    assertEquals(fresh.problems(), partial.problems());

    // A diagram edited: drawn again (the new label is there), the same bytes as without the cache.
    Path alpha = root.resolve("content/alpha.md");
    Files.writeString(alpha, Files.readString(alpha).replace("C[Done]", "C[Finished]"));
    BuildResult diagram = build("built", true);
    assertEquals(1, diagram.stats().rendered());
    assertTrue(InlineSite.read(root.resolve("built/alpha/index.html")).contains("Finished"));
    BuildResult fresh2 = build("fresh2", false);
    assertEquals(InlineSite.tree(root.resolve("fresh2")), InlineSite.tree(root.resolve("built")));
    assertEquals(fresh2.problems(), diagram.problems());
    // The old drawing is gone from the cache, the new one is in it.
    assertEquals(4, diagramFiles().size());
  }

  @Test
  void aDamagedOrMisplacedDiagramEntryIsNeverUsed() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    List<String> keys = diagramFiles();
    Path dir = cacheDir().resolve("diagrams");
    // One entry with a byte flipped, one cut short, one moved onto another entry's key.
    Path first = dir.resolve(keys.get(0) + ".bin");
    byte[] bytes = Files.readAllBytes(first);
    bytes[bytes.length / 2] ^= 0x5a;
    Files.write(first, bytes);
    Path second = dir.resolve(keys.get(1) + ".bin");
    byte[] whole = Files.readAllBytes(second);
    Files.write(second, java.util.Arrays.copyOf(whole, whole.length - 3));
    for (int i = 3; i < keys.size(); i++) {
      Files.copy(dir.resolve(keys.get(2) + ".bin"), dir.resolve(keys.get(i) + ".bin"),
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    BuildCache cache = BuildCache.open(cacheDir());
    assertEquals(Optional.empty(), cache.diagram(keys.get(0)));
    assertEquals(Optional.empty(), cache.diagram(keys.get(1)));
    for (int i = 3; i < keys.size(); i++) assertEquals(Optional.empty(), cache.diagram(keys.get(i)));

    editPartial("2. Then close it.\n");
    Path beta = root.resolve("content/beta.md");
    Files.writeString(beta, Files.readString(beta) + "\nMore.\n");
    BuildResult edited = build("built", true);
    build("fresh", false);
    assertEquals(InlineSite.tree(root.resolve("fresh")), InlineSite.tree(root.resolve("built")));
    assertEquals(2, edited.stats().rendered());
    // Drawn again, the damaged entries are whole again.
    BuildCache after = BuildCache.open(cacheDir());
    for (String key : keys) assertTrue(after.diagram(key).isPresent(), key);
  }

  @Test
  void aDiagramNoPageDrawsAnyMoreLeavesTheCacheAndOneAnUnchangedPageDrawsStays() throws IOException {
    InlineSite.write(root, SITE);
    build("built", true);
    List<String> before = diagramFiles();
    Path alpha = root.resolve("content/alpha.md");
    String text = Files.readString(alpha);
    Files.writeString(alpha, text.substring(0, text.indexOf("```mermaid\ngraph TD")));
    build("built", true);
    List<String> after = diagramFiles();
    // alpha now draws only its partial's diagram; beta, taken whole from the cache, keeps its own.
    assertEquals(2, after.size());
    assertTrue(before.containsAll(after));
  }

  @Test
  void aRebuildWhoseDiagramsAreAllCachedNeverLoadsElk() throws Exception {
    InlineSite.write(root, SITE);
    build("built", true);
    editPartial("2. Then close it.\n");
    // A JVM of its own, so the classes it loads are this build's alone.
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Path log = root.resolve("classes.txt");
    Process process = new ProcessBuilder(java.toString(), "-Xshare:off", "-Xlog:class+load:file=" + log,
        "-cp", System.getProperty("java.class.path"), "quire.cli.Main", "build", "--source", root.toString(),
        "--out", root.resolve("built").toString())
        .redirectErrorStream(true).redirectOutput(root.resolve("out.txt").toFile()).start();
    assertTrue(process.waitFor(120, TimeUnit.SECONDS));
    String out = Files.readString(root.resolve("out.txt"));
    assertEquals(0, process.exitValue(), out);
    assertTrue(out.contains("1 rendered"), out);
    String classes = Files.readString(log);
    assertTrue(classes.contains("quire.markdown.DiagramBlocks"), "the page was rendered");
    assertFalse(classes.contains("org.eclipse.elk."), "ELK was loaded");
    assertFalse(classes.contains("quire.mermaid.FlowchartLayout"), "the layout was loaded");
  }

  /** The keys of the diagram entries in the cache, sorted. */
  private List<String> diagramFiles() throws IOException {
    Path dir = cacheDir().resolve("diagrams");
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.list(dir)) {
      List<String> keys = new ArrayList<>();
      for (Path p : files.toList()) keys.add(p.getFileName().toString().replace(".bin", ""));
      keys.sort(null);
      return keys;
    }
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
    return n;
  }
}
