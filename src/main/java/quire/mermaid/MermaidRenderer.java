package quire.mermaid;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Renders mermaid diagram text to a {@link Diagram}: flowcharts become static SVG, other diagram
 * types are {@link Diagram.Unsupported}, syntax errors {@link Diagram.Invalid}. Thread-safe; share
 * one between pages, and between the builds of one process (as the pipeline does). Results are
 * cached by diagram text (parse and layout, the costly part); the SVG is written per call because
 * ids depend on the page's id prefix.
 */
public final class MermaidRenderer {
  /** Above this many cached diagrams the cache starts over, so a long {@code serve} stays small. */
  private static final int CACHE_LIMIT = 2048;

  private final ConcurrentMap<String, Prepared> cache = new ConcurrentHashMap<>();
  private final FlowchartLayout layout = new FlowchartLayout();
  private final SvgWriter writer = new SvgWriter();

  /** A diagram parsed and laid out, waiting for its id prefix. */
  private sealed interface Prepared {
    /** {@code links}: the chart's, gathered once ({@link Flowchart#links}). */
    record Drawn(Flowchart chart, Layout layout, List<Diagram.Link> links) implements Prepared {}

    record Done(Diagram diagram) implements Prepared {}
  }

  public MermaidRenderer() {}

  /**
   * Renders one diagram. {@code idPrefix} is unique per diagram on a page (e.g. "mermaid-3");
   * every id in the SVG starts with it.
   */
  public Diagram render(String text, String idPrefix) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(idPrefix, "idPrefix");
    if (idPrefix.isEmpty()) {
      throw new IllegalArgumentException("idPrefix must not be empty");
    }
    Prepared p = cache.get(text);
    if (p == null) {
      p = prepare(text);
      if (cache.size() >= CACHE_LIMIT) {
        cache.clear();
      }
      cache.putIfAbsent(text, p);
    }
    return finish(p, idPrefix);
  }

  /** Renders without the cache (for benchmarks). */
  Diagram renderUncached(String text, String idPrefix) {
    return finish(prepare(text), idPrefix);
  }

  private Prepared prepare(String text) {
    FlowchartParser.Result r = FlowchartParser.parse(text);
    if (r instanceof FlowchartParser.Result.Parsed parsed) {
      Flowchart chart = LabelWrapping.apply(parsed.chart());
      return new Prepared.Drawn(chart, layout.layout(chart), chart.links());
    }
    if (r instanceof FlowchartParser.Result.OtherType other) {
      return new Prepared.Done(new Diagram.Unsupported(other.diagramType()));
    }
    if (r instanceof FlowchartParser.Result.TooLarge large) {
      return new Prepared.Done(new Diagram.TooLarge(large.offset(), large.message()));
    }
    FlowchartParser.Result.Failed f = (FlowchartParser.Result.Failed) r;
    return new Prepared.Done(new Diagram.Invalid(f.offset(), f.message()));
  }

  private Diagram finish(Prepared p, String idPrefix) {
    if (p instanceof Prepared.Drawn d) {
      String name = d.chart().accTitle().or(() -> d.chart().config().title()).orElse("Flowchart");
      return new Diagram.Svg(writer.write(d.chart(), d.layout(), d.links(), idPrefix), name, d.links());
    }
    return ((Prepared.Done) p).diagram();
  }
}
