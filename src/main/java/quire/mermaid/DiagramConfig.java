package quire.mermaid;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The options of a diagram's own configuration that matter to a flowchart, from YAML front matter
 * ({@code title:}, {@code config:}) and {@code %%{init: ...}%%} directives, later ones winning as
 * in mermaid: the title drawn above the diagram, the edge curve, the spacing between nodes and
 * between ranks (px), the width node labels wrap at (px), and theme variables as the CSS custom
 * properties the SVG reads. Options quire does not use, and configuration that is not valid YAML,
 * are ignored, as mermaid ignores them. Immutable.
 */
record DiagramConfig(
    Optional<String> title,
    Curve curve,
    Optional<Double> nodeSpacing,
    Optional<Double> rankSpacing,
    Optional<Double> wrappingWidth,
    Map<String, String> cssVariables) {

  static final DiagramConfig DEFAULT =
      new DiagramConfig(Optional.empty(), Curve.ROUNDED, Optional.empty(), Optional.empty(), Optional.empty(), Map.of());

  DiagramConfig {
    // In written order, so that the SVG is the same on every run.
    cssVariables = Collections.unmodifiableMap(new LinkedHashMap<>(cssVariables));
  }

  /** How an edge's route is drawn through its bend points. */
  enum Curve {
    /** quire's default: orthogonal segments with slightly rounded corners. */
    ROUNDED,
    /** {@code linear}, {@code step...}: sharp corners. */
    SHARP,
    /** {@code basis}, {@code cardinal}, {@code monotoneX}, {@code natural}...: wide, smooth bends. */
    SMOOTH;

    static Curve of(String mermaidCurve) {
      String c = mermaidCurve.toLowerCase(Locale.ROOT);
      if (c.equals("linear") || c.startsWith("step")) {
        return SHARP;
      }
      return c.isBlank() ? ROUNDED : SMOOTH;
    }
  }

  private static final Pattern DIRECTIVE = Pattern.compile("%%\\{(.*?)\\}%%", Pattern.DOTALL);
  private static final Pattern SAFE_VALUE = Pattern.compile("[#A-Za-z0-9(),.%\\s'\"-]{1,80}");
  /** mermaid's theme variables and the custom property each sets. */
  private static final Map<String, String> THEME_VARIABLES = Map.ofEntries(
      Map.entry("primaryColor", "--mermaid-node-fill"),
      Map.entry("mainBkg", "--mermaid-node-fill"),
      Map.entry("primaryBorderColor", "--mermaid-node-stroke"),
      Map.entry("nodeBorder", "--mermaid-node-stroke"),
      Map.entry("primaryTextColor", "--mermaid-text"),
      Map.entry("nodeTextColor", "--mermaid-text"),
      Map.entry("lineColor", "--mermaid-edge"),
      Map.entry("clusterBkg", "--mermaid-cluster-fill"),
      Map.entry("clusterBorder", "--mermaid-cluster-stroke"),
      Map.entry("titleColor", "--mermaid-cluster-text"),
      Map.entry("edgeLabelBackground", "--mermaid-label-bg"),
      Map.entry("fontFamily", "--mermaid-font-family"));

  /** The configuration of a diagram's text ({@code frontMatter}: the YAML between its {@code ---} lines, or empty). */
  static DiagramConfig read(String frontMatter, String text) {
    Builder b = new Builder();
    if (!frontMatter.isBlank()) {
      yaml(frontMatter).ifPresent(doc -> {
        Object title = doc.get("title");
        if (title != null && !String.valueOf(title).isBlank()) {
          b.title = Optional.of(String.valueOf(title).strip());
        }
        if (doc.get("config") instanceof Map<?, ?> config) {
          b.apply(config);
        }
      });
    }
    Matcher m = DIRECTIVE.matcher(text);
    while (m.find()) {
      yaml("{" + m.group(1) + "}").ifPresent(doc -> {
        for (String key : List.of("init", "initialize")) {
          if (doc.get(key) instanceof Map<?, ?> config) {
            b.apply(config);
          }
        }
      });
    }
    return new DiagramConfig(b.title, b.curve, b.nodeSpacing, b.rankSpacing, b.wrappingWidth, b.css);
  }

  private static Optional<Map<?, ?>> yaml(String text) {
    if (text.length() > 20_000) {
      return Optional.empty();
    }
    try {
      Object doc = new Load(LoadSettings.builder().setMaxAliasesForCollections(10).build()).loadFromString(text);
      return doc instanceof Map<?, ?> map ? Optional.of(map) : Optional.empty();
    } catch (YamlEngineException | ClassCastException e) {
      return Optional.empty();
    }
  }

  private static final class Builder {
    Optional<String> title = Optional.empty();
    Curve curve = Curve.ROUNDED;
    Optional<Double> nodeSpacing = Optional.empty();
    Optional<Double> rankSpacing = Optional.empty();
    Optional<Double> wrappingWidth = Optional.empty();
    final Map<String, String> css = new LinkedHashMap<>();

    void apply(Map<?, ?> config) {
      if (config.get("flowchart") instanceof Map<?, ?> flowchart) {
        if (flowchart.get("curve") != null) {
          curve = Curve.of(String.valueOf(flowchart.get("curve")));
        }
        nodeSpacing = spacing(flowchart.get("nodeSpacing")).or(() -> nodeSpacing);
        rankSpacing = spacing(flowchart.get("rankSpacing")).or(() -> rankSpacing);
        double wrap = ShapeData.number(flowchart.get("wrappingWidth"));
        wrappingWidth = wrap > 0 ? Optional.of(Math.min(10_000, wrap)) : wrappingWidth;
      }
      if (config.get("themeVariables") instanceof Map<?, ?> vars) {
        vars.forEach((k, v) -> {
          String property = THEME_VARIABLES.get(String.valueOf(k));
          String value = String.valueOf(v).strip();
          if (property != null && SAFE_VALUE.matcher(value).matches()) {
            css.put(property, value);
          }
        });
      }
    }

    private static Optional<Double> spacing(Object v) {
      double d = ShapeData.number(v);
      return d > 0 ? Optional.of(Math.min(400, d)) : Optional.empty();
    }
  }
}
