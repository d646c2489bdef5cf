package quire.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
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
    String text = new String(input, StandardCharsets.UTF_8);
    SourceFile source = new SourceFile("content/fuzz.md", text);
    Problems problems = new Problems();
    SplitPage split = FrontMatterParser.split(source, problems);
    assertTrue(split.bodyOffset() >= 0 && split.bodyOffset() <= text.length(), "body offset " + split.bodyOffset());
    int lines = source.lines().lineCount();
    for (Problem p : problems.sorted()) {
      assertTrue(p.at().line() >= 0 && p.at().line() <= lines, p.where() + " is not a line of the file");
    }
  }
}
