package quire.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import quire.build.BuildOptions;
import quire.build.BuildResult;
import quire.build.SiteBuilder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import quire.diag.Problem;

/**
 * A small site written from one text block: each file starts with a {@code -- path --} line.
 * The style of Hugo's own tests, so a whole fixture reads in one place.
 */
public final class InlineSite {
  private InlineSite() {}

  /** Writes the files of {@code spec} under {@code root}; returns {@code root}. */
  public static Path write(Path root, String spec) {
    String path = null;
    StringBuilder body = new StringBuilder();
    for (String line : spec.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --")) {
        if (path != null) save(root, path, body.toString());
        path = line.substring(3, line.length() - 3).strip();
        body.setLength(0);
      } else if (path != null) {
        body.append(line).append('\n');
      }
    }
    if (path != null) save(root, path, body.toString());
    return root;
  }

  private static void save(Path root, String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The spec of a home page and a page {@code content/a.md} whose line 4 calls shortcode
   * {@code name} at column 8, with {@code site/shortcodes/NAME.ftlh} holding {@code template}:
   * the smallest site a shortcode's problem is reported in, at the template and via the page.
   */
  public static String shortcodeSite(String name, String template) {
    return """
        -- content/_index.md --
        Home.
        -- content/a.md --
        ---
        title: A
        ---
        Page A {{< %1$s >}}.
        -- site/shortcodes/%1$s.ftlh --
        """.formatted(name) + template + "\n";
  }

  /** Builds the site at {@code root} into {@code root/out}. */
  public static BuildResult build(Path root) {
    return SiteBuilder.build(new BuildOptions(root, Optional.of(root.resolve("out")), Optional.empty(), false));
  }

  /**
   * Writes {@code spec} under {@code root}, builds it, requires that the build found no problem,
   * and returns the built page at {@code output} (a path inside the output folder).
   */
  public static Document page(Path root, String spec, String output) {
    List<String> problems = problems(build(write(root, spec)));
    if (!problems.isEmpty()) throw new AssertionError("the build found problems: " + problems);
    try {
      return Jsoup.parse(root.resolve("out").resolve(output).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Each problem as one line: {@code rule where: message}. */
  public static List<String> problems(BuildResult result) {
    return result.problems().stream().map(InlineSite::line).collect(Collectors.toList());
  }

  /** {@code partial-missing content/a.md:3:20 via …} — rule and place, without the message. */
  public static List<String> places(BuildResult result) {
    return result.problems().stream().map(p -> p.rule().id() + " " + p.where()).collect(Collectors.toList());
  }

  public static String line(Problem p) {
    return p.rule().id() + " " + p.where() + ": " + p.message();
  }

  /**
   * Every file under {@code dir}, by its path relative to it, with its bytes (as ISO-8859-1
   * text, so any two differing files differ here): for comparing two builds byte for byte.
   */
  public static Map<String, String> tree(Path dir) {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        files.put(dir.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
