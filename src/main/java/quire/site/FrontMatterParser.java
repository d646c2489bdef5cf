package quire.site;

import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import quire.diag.Limits;
import quire.diag.Position;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;

/**
 * Splits YAML front matter ({@code ---} lines) off a Markdown file and reads it. A YAML error is
 * reported at the file's own line and column, taken from the parser's mark. Thread-safe.
 */
public final class FrontMatterParser {
  private static final String FENCE = "---";

  private FrontMatterParser() {}

  public static SplitPage split(SourceFile source, Problems problems) {
    String text = source.text();
    if (!text.startsWith(FENCE) || !isFenceLine(text, 0)) {
      return new SplitPage(source, FrontMatter.EMPTY, 0);
    }
    int yamlStart = text.indexOf('\n') + 1;
    if (yamlStart == 0) yamlStart = text.length();
    int close = findClosingFence(text, yamlStart);
    if (close < 0) {
      problems.report(Rule.FRONTMATTER_INVALID, source.position(0),
          "front matter opened with --- is never closed by a --- line");
      return new SplitPage(source, FrontMatter.EMPTY, 0);
    }
    int lineEnd = text.indexOf('\n', close);
    int bodyOffset = lineEnd < 0 ? text.length() : lineEnd + 1;
    String yaml = text.substring(yamlStart, close);
    FrontMatter front = read(yaml, source, yamlStart, problems);
    return new SplitPage(source, front, bodyOffset);
  }

  /**
   * Where a front matter value is written: the item equal to {@code value} when {@code key}
   * holds a list, else the key's value; the file alone when the front matter does not parse or
   * has no such key. From the YAML parser's node marks, for problems found after loading.
   */
  public static Position positionOf(SourceFile source, String key, String value) {
    String text = source.text();
    if (!text.startsWith(FENCE) || !isFenceLine(text, 0)) return Position.of(source.path());
    int yamlStart = text.indexOf('\n') + 1;
    int close = yamlStart == 0 ? -1 : findClosingFence(text, yamlStart);
    if (close < 0) return Position.of(source.path());
    Optional<Node> root;
    try {
      root = new Compose(YamlNesting.SETTINGS).composeString(text.substring(yamlStart, close));
    } catch (YamlEngineException e) {
      return Position.of(source.path());
    }
    if (root.isEmpty() || !(root.get() instanceof MappingNode map)) return Position.of(source.path());
    int firstLine = source.position(yamlStart).line();
    for (NodeTuple entry : map.getValue()) {
      if (!(entry.getKeyNode() instanceof ScalarNode k) || !k.getValue().equals(key)) continue;
      Node found = entry.getValueNode();
      if (found instanceof SequenceNode list) {
        for (Node item : list.getValue()) {
          if (item instanceof ScalarNode s && s.getValue().strip().equals(value)) found = item;
        }
      }
      Optional<Mark> mark = found.getStartMark();
      if (mark.isPresent()) return new Position(source.path(), firstLine + mark.get().getLine(), mark.get().getColumn() + 1);
    }
    return Position.of(source.path());
  }

  private static boolean isFenceLine(String text, int start) {
    int end = text.indexOf('\n', start);
    String line = text.substring(start, end < 0 ? text.length() : end);
    return line.stripTrailing().equals(FENCE);
  }

  private static int findClosingFence(String text, int from) {
    int start = from;
    while (start < text.length()) {
      if (text.startsWith(FENCE, start) && isFenceLine(text, start)) return start;
      int next = text.indexOf('\n', start);
      if (next < 0) return -1;
      start = next + 1;
    }
    return -1;
  }

  private static FrontMatter read(String yaml, SourceFile source, int yamlStart, Problems problems) {
    Optional<Position> tooDeep = YamlNesting.tooDeep(yaml, source, yamlStart);
    if (tooDeep.isPresent()) {
      problems.report(Rule.LIMIT_EXCEEDED, tooDeep.get(), "front matter nests collections more than "
          + Limits.YAML_DEPTH + " deep");
      return FrontMatter.EMPTY;
    }
    Object loaded;
    Optional<Node> root;
    try {
      // One parse: the node tree gives the positions, and the values are built from it.
      LoadSettings settings = YamlNesting.SETTINGS;
      root = new Compose(settings).composeString(yaml);
      loaded = new StandardConstructor(settings).constructSingleDocument(root);
    } catch (MarkedYamlEngineException e) {
      Position at = YamlErrors.position(e, source, yamlStart, yaml.length());
      problems.report(Rule.FRONTMATTER_INVALID, at, "front matter is not valid YAML: " + e.getProblem());
      return FrontMatter.EMPTY;
    } catch (YamlEngineException e) {
      problems.report(Rule.FRONTMATTER_INVALID, source.position(yamlStart),
          "front matter is not valid YAML: " + e.getMessage());
      return FrontMatter.EMPTY;
    }
    if (loaded == null) return FrontMatter.EMPTY;
    if (!(loaded instanceof Map<?, ?> map)) {
      problems.report(Rule.FRONTMATTER_INVALID, source.position(yamlStart),
          "front matter must be a mapping of keys to values, not a " + kind(loaded));
      return FrontMatter.EMPTY;
    }
    Map<String, Object> params = new LinkedHashMap<>();
    map.forEach((k, v) -> params.put(String.valueOf(k), v));
    Map<String, Position> values = new LinkedHashMap<>();
    if (root.orElse(null) instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          values.putIfAbsent(key.getValue(), YamlErrors.at(source, yamlStart, tuple.getValueNode()));
        }
      }
    }
    Object meta = params.get("meta");
    String metaTitle = meta instanceof Map<?, ?> m && m.get("title") != null ? scalar(m.get("title")) : "";
    String description = params.containsKey("description") ? scalar(params.get("description"))
        : meta instanceof Map<?, ?> m && m.get("description") != null ? scalar(m.get("description")) : "";
    return new FrontMatter(
        scalar(params.get("title")),
        weight(params.get("weight"), values.getOrDefault("weight", source.position(yamlStart)), problems),
        scalar(params.get("pcx_content_type")),
        metaTitle,
        description,
        scalar(params.get("updated")),
        Boolean.TRUE.equals(params.get("draft")) || "true".equals(params.get("draft")),
        scalar(params.get("layout")),
        params,
        values);
  }

  /** The weight; a value that is not a whole number is an error at the value. */
  private static int weight(Object value, Position at, Problems problems) {
    if (value == null) return 0;
    if (value instanceof Number n) return n.intValue();
    try {
      return Integer.parseInt(value.toString().trim());
    } catch (NumberFormatException e) {
      problems.report(Rule.FRONTMATTER_INVALID, at, "weight must be a whole number, not \"" + value + "\"");
      return 0;
    }
  }

  /** A scalar as text; dates keep their written ISO form. */
  static String scalar(Object value) {
    if (value == null) return "";
    if (value instanceof TemporalAccessor t) return t.toString();
    if (value instanceof List<?> || value instanceof Map<?, ?>) return value.toString();
    return value.toString();
  }

  private static String kind(Object value) {
    return value instanceof List<?> ? "list" : "single value";
  }
}
