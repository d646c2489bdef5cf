package quire.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Optional;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.SourceFile;

/**
 * Fuzzes the front-matter splitter and YAML reader: any file splits without throwing, the body
 * starts inside the file, and every problem names a line of the file. A normal test run replays
 * the corpus in {@code FrontMatterFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (README, Safety).
 */
class FrontMatterFuzzTest {
  @FuzzTest
  void anyFileSplitsWithProblemsOnItsLines(byte[] input) {
    Problems problems = new Problems();
    // As the site loader reads files: strict UTF-8, line breaks made LF (a lone CR is a line
    // break to YAML, so without this the lines would disagree, as the first finding showed).
    Optional<SourceFile> read = TextFiles.decode(input, "content/fuzz.md", problems);
    if (read.isEmpty()) return;
    SourceFile source = read.get();
    String text = source.text();
    SplitPage split = FrontMatterParser.split(source, problems);
    assertTrue(split.bodyOffset() >= 0 && split.bodyOffset() <= text.length(), "body offset " + split.bodyOffset());
    int lines = source.lines().lineCount();
    for (Problem p : problems.sorted()) {
      assertTrue(p.at().line() >= 0 && p.at().line() <= lines, p.where() + " is not a line of the file");
    }
  }
}
