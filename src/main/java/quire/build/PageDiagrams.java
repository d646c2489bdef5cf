package quire.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import quire.markdown.DiagramStore;
import quire.mermaid.Diagram;

/**
 * The build cache's diagrams as one page's render sees them: looks each block up by its
 * {@link CacheKeys#diagram key}, keeps each one drawn, and remembers the keys the page used, which
 * its cache entry names so the diagrams stay while a page needs them. One per page render.
 */
final class PageDiagrams implements DiagramStore {
  private final BuildCache cache;
  private final CacheKeys keys;
  private final List<String> used = new ArrayList<>();

  PageDiagrams(BuildCache cache, CacheKeys keys) {
    this.cache = cache;
    this.keys = keys;
  }

  @Override
  public Optional<Diagram> find(String source, String idPrefix) {
    String key = keys.diagram(source, idPrefix);
    Optional<Diagram> kept = cache.diagram(key);
    if (kept.isPresent()) used.add(key);
    return kept;
  }

  @Override
  public void put(String source, String idPrefix, Diagram diagram) {
    String key = keys.diagram(source, idPrefix);
    try {
      cache.putDiagram(key, diagram);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    used.add(key);
  }

  /** The keys of the diagrams the page drew or took, in page order. */
  List<String> used() {
    return List.copyOf(used);
  }
}
