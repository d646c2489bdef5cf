package quire.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every Markdown file of the repository (its own site and the test fixtures), as a corpus for
 * tests that hold quire's Markdown to a library's answers.
 */
public final class RepositoryMarkdown {
  private RepositoryMarkdown() {}

  /**
   * The text of every {@code .md} file under {@code content/}, {@code partials/} and
   * {@code src/test/resources/}, in walk order, except the nesting fixtures, which are too deep
   * for Flexmark's renderer by design (quire stops them first).
   */
  public static List<String> texts() {
    List<String> texts = new ArrayList<>();
    for (String root : List.of("content", "partials", "src/test/resources")) {
      try (Stream<Path> files = Files.walk(Path.of(root))) {
        for (Path file : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".md")
            && !p.toString().contains("invalid-nesting"))::iterator) {
          // As bytes, so a fixture that is not UTF-8 on purpose is read too (with replacement characters).
          texts.add(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return texts;
  }
}
