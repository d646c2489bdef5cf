package quire.mermaid;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.JsonSchema;

/**
 * Reads the text inside {@code @{ ... }} (a node's or an edge's data) as mermaid does: YAML with
 * the JSON schema, one line wrapped in braces as a flow mapping, several lines as a block
 * mapping; a line break inside a quoted string is a {@code <br>}. Stateless; safe to share.
 */
final class ShapeData {
  private static final Pattern QUOTED_BREAK = Pattern.compile("\"[^\"]*\"");
  private static final int MAX_LENGTH = 10_000;

  private ShapeData() {}

  /** The key-value pairs, or empty if the text is not a YAML mapping. */
  static Optional<Map<String, Object>> read(String data) {
    if (data.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher m = QUOTED_BREAK.matcher(data);
    String text = m.replaceAll(r -> Matcher.quoteReplacement(r.group().replaceAll("\\n[ \\t]*", "<br/>")));
    String yaml = text.indexOf('\n') < 0 ? "{\n" + text + "\n}" : text + "\n";
    try {
      Object doc = new Load(LoadSettings.builder().setSchema(new JsonSchema()).setMaxAliasesForCollections(10).build())
          .loadFromString(yaml);
      if (doc == null) {
        return Optional.of(Map.of());
      }
      if (!(doc instanceof Map<?, ?> map)) {
        return Optional.empty();
      }
      Map<String, Object> out = new LinkedHashMap<>();
      map.forEach((k, v) -> out.put(String.valueOf(k), v));
      return Optional.of(out);
    } catch (YamlEngineException | ClassCastException e) {
      return Optional.empty();
    }
  }

  /** A number from YAML data (a number or a numeric string), or 0. */
  static double number(Object value) {
    if (value instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return value == null ? 0 : Double.parseDouble(String.valueOf(value).strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
