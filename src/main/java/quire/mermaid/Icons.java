package quire.mermaid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Font Awesome Free's icons (CC BY 4.0), as a label's {@code fa:fa-car} names them: the outline
 * of each, read from the SVG file the font-awesome webjar ships, once per name. {@code fa} and
 * {@code fas} are the solid style, {@code far} regular, {@code fab} brands; a name is looked for
 * in its own style first, then in the others, and Font Awesome 4's names are taken to their
 * present ones ({@code fa-file-text-o} is the regular {@code file-lines}). Thread-safe.
 */
final class Icons {
  /** One icon: its outline as an SVG path in a box {@code width} by {@code height} units. */
  record Icon(double width, double height, String path) {}

  private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars/font-awesome/pom.properties";
  private static final Pattern WRITTEN = Pattern.compile("(fa[bklrs]?):(?:fa-)?([a-z0-9-]+)");
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 ([0-9.]+) ([0-9.]+)\"");
  private static final Pattern PATH = Pattern.compile("<path d=\"([^\"]+)\"");
  private static final List<String> STYLES = List.of("solid", "regular", "brands");

  private static final Map<String, Optional<Icon>> FOUND = new ConcurrentHashMap<>();

  private Icons() {}

  /** Above this many names looked up, the table of them starts over, so a long {@code serve} stays small. */
  private static final int FOUND_LIMIT = 4096;

  /**
   * The icon a label names ({@code fa:fa-car}, {@code fab:fa-github}; {@code fa:user} as an icon
   * shape's {@code icon:} names it), if Font Awesome Free has it.
   */
  static Optional<Icon> find(String written) {
    Optional<Icon> icon = FOUND.get(written);
    if (icon == null) {
      icon = look(written);
      if (FOUND.size() >= FOUND_LIMIT) {
        FOUND.clear();
      }
      FOUND.put(written, icon);
    }
    return icon;
  }

  private static Optional<Icon> look(String written) {
    Matcher m = WRITTEN.matcher(written);
    if (!m.matches()) {
      return Optional.empty();
    }
    String name = m.group(2);
    Optional<Icon> icon = inAnyStyle(style(m.group(1)), name);
    if (icon.isPresent()) {
      return icon;
    }
    String[] renamed = Renamed.TABLE.get(name);
    return renamed == null ? Optional.empty() : inAnyStyle(renamed[0], renamed[1]);
  }

  /** The style a prefix names: {@code far} regular, {@code fab} brands, any other solid. */
  private static String style(String prefix) {
    return switch (prefix) {
      case "far" -> "regular";
      case "fab" -> "brands";
      default -> "solid";
    };
  }

  /** The icon in style {@code first}, else in the first of the others that has it. */
  private static Optional<Icon> inAnyStyle(String first, String name) {
    Optional<Icon> icon = read(first, name);
    for (String style : STYLES) {
      if (icon.isPresent()) {
        break;
      }
      if (!style.equals(first)) {
        icon = read(style, name);
      }
    }
    return icon;
  }

  private static Optional<Icon> read(String style, String name) {
    try (InputStream in = resource("svgs/" + style + "/" + name + ".svg")) {
      if (in == null) {
        return Optional.empty();
      }
      String svg = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher box = VIEW_BOX.matcher(svg);
      Matcher path = PATH.matcher(svg);
      if (!box.find() || !path.find()) {
        return Optional.empty();
      }
      return Optional.of(new Icon(Double.parseDouble(box.group(1)), Double.parseDouble(box.group(2)), path.group(1)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String inWebjar) {
    return Icons.class.getClassLoader().getResourceAsStream("META-INF/resources/webjars/font-awesome/" + Folder.VERSION + "/" + inWebjar);
  }

  /** The webjar's version, which names its folder; read from its own {@code pom.properties}. */
  private static final class Folder {
    static final String VERSION = version();

    private static String version() {
      try (InputStream in = Icons.class.getClassLoader().getResourceAsStream(WEBJAR_PROPERTIES)) {
        if (in == null) {
          throw new IllegalStateException("missing built-in resource " + WEBJAR_PROPERTIES);
        }
        Properties properties = new Properties();
        properties.load(in);
        return properties.getProperty("version", "").strip();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * Font Awesome 4's names that version 6 renamed or moved, from the webjar's {@code
   * metadata/shims.json} ({@code [old, prefix or null, new name or null]}): old name to its style
   * and present name.
   */
  private static final class Renamed {
    static final Map<String, String[]> TABLE = read();

    private static Map<String, String[]> read() {
      Map<String, String[]> table = new HashMap<>();
      try (InputStream in = resource("metadata/shims.json")) {
        if (in == null) {
          return table;
        }
        Object doc = new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        if (doc instanceof List<?> rows) {
          for (Object row : rows) {
            if (row instanceof List<?> r && r.size() == 3 && r.get(0) instanceof String old) {
              table.put(old, new String[] {style(String.valueOf(r.get(1))), r.get(2) instanceof String now ? now : old});
            }
          }
        }
        return table;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
