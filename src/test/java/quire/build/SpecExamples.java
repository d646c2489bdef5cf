package quire.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of the CommonMark spec ({@code spec.txt} of the npm package {@code commonmark-spec},
 * kept in the parity corpus), each written as a page {@code content/commonmark/example-N.md} with
 * a title, so that Hugo and quire build the same pages. {@code main(OUTPUT)} writes them for
 * {@code tools/hugo-oracle.sh}; plain JDK, so it runs from the test classes alone.
 */
final class SpecExamples {
  static final Path SPEC = HugoParityTest.CORPUS.resolve("spec/commonmark-0.30.txt");
  private static final String FENCE = "`".repeat(32);

  record Example(int number, String section, String markdown) {
    String page() {
      return "content/commonmark/example-" + number + ".md";
    }
  }

  private SpecExamples() {}

  /** The examples in order; {@code →} in the spec stands for a tab. */
  static List<Example> read() throws IOException {
    List<Example> examples = new ArrayList<>();
    String section = "";
    StringBuilder markdown = null;
    boolean inMarkdown = false;
    for (String line : Files.readAllLines(SPEC, StandardCharsets.UTF_8)) {
      if (line.equals("<!-- END TESTS -->")) break;
      if (markdown == null) {
        if (line.equals(FENCE + " example")) {
          markdown = new StringBuilder();
          inMarkdown = true;
        } else if (line.startsWith("#")) {
          section = line.replaceFirst("^#+ *", "");
        }
      } else if (line.equals(FENCE)) {
        examples.add(new Example(examples.size() + 1, section, markdown.toString().replace('→', '\t')));
        markdown = null;
      } else if (inMarkdown && line.equals(".")) {
        inMarkdown = false;
      } else if (inMarkdown) {
        markdown.append(line).append('\n');
      }
    }
    return examples;
  }

  /** Writes every example as a page under {@code root}. */
  static void write(Path root) throws IOException {
    for (Example example : read()) {
      Path file = root.resolve(example.page());
      Files.createDirectories(file.getParent());
      Files.writeString(file, "---\ntitle: Example " + example.number() + "\n---\n" + example.markdown(),
          StandardCharsets.UTF_8);
    }
  }

  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]));
  }
}
