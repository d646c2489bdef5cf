package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the flowchart parser: any diagram text gives a chart, another diagram type, or a syntax
 * error inside the text, never an exception. A normal test run replays the corpus in
 * {@code FlowchartParserFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (README, Safety).
 */
class FlowchartParserFuzzTest {
  @FuzzTest
  void anyTextParsesOrFailsInsideIt(byte[] input) {
    String text = new String(input, StandardCharsets.UTF_8);
    FlowchartParser.Result result = FlowchartParser.parse(text);
    if (result instanceof FlowchartParser.Result.Failed failed) {
      assertTrue(failed.offset() >= 0 && failed.offset() <= text.length(), "error offset " + failed.offset());
    }
  }
}
