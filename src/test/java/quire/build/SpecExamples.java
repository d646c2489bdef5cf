package quire.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of the Markdown specs kept in the parity corpus, each written as a page
 * {@code content/FOLDER/example-N.md} with a title, so that Hugo and quire build the same pages.
 * {@code main(OUTPUT)} writes them for {@code tools/hugo-oracle.sh}; plain JDK, so it runs from
 * the test classes alone.
 */
final class SpecExamples {
  private static final String FENCE = "`".repeat(32);

  /** A spec file in the corpus, and the content folder its examples are written to. */
  enum Spec {
    /** The CommonMark 0.30 spec, {@code spec.txt} of the npm package {@code commonmark-spec}. */
    COMMONMARK("commonmark", "spec/commonmark-0.30.txt"),
    /** The extension sections of the GFM 0.29 spec ({@code test/spec.txt} of {@code github/cmark-gfm}). */
    GFM("gfm", "spec/gfm-0.29-extensions.txt");

    final String folder;
    final Path file;

    Spec(String folder, String file) {
      this.folder = folder;
      this.file = HugoParityTest.CORPUS.resolve(file);
    }
  }

  /** An example, numbered in the order of its spec file. */
  record Example(Spec spec, int number, String section, String markdown) {
    String page() {
      return "content/" + spec.folder + "/example-" + number + ".md";
    }
  }

  private SpecExamples() {}

  /**
   * The examples of {@code spec} in order; {@code →} in the spec stands for a tab. An example opens
   * with a fence and {@code example}, which the GFM spec follows with the extension's name.
   */
  static List<Example> read(Spec spec) throws IOException {
    List<Example> examples = new ArrayList<>();
    String section = "";
    StringBuilder markdown = null;
    boolean inMarkdown = false;
    for (String line : Files.readAllLines(spec.file, StandardCharsets.UTF_8)) {
      if (line.equals("<!-- END TESTS -->")) break;
      if (markdown == null) {
        if (line.equals(FENCE + " example") || line.startsWith(FENCE + " example ")) {
          markdown = new StringBuilder();
          inMarkdown = true;
        } else if (line.startsWith("#")) {
          section = line.replaceFirst("^#+ *", "");
        }
      } else if (line.equals(FENCE)) {
        examples.add(new Example(spec, examples.size() + 1, section, markdown.toString().replace('→', '\t')));
        markdown = null;
      } else if (inMarkdown && line.equals(".")) {
        inMarkdown = false;
      } else if (inMarkdown) {
        markdown.append(line).append('\n');
      }
    }
    return examples;
  }

  /** Writes every example of {@code spec} as a page under {@code root}. */
  static void write(Spec spec, Path root) throws IOException {
    for (Example example : read(spec)) {
      Path file = root.resolve(example.page());
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: Example " + example.number() + "\n---\n" + example.markdown(),
          StandardCharsets.UTF_8);
    }
  }

  /** Writes the examples of every spec under {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    for (Spec spec : Spec.values()) write(spec, Path.of(args[0]));
  }
}
