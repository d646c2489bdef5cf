package quire.mermaid;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads fixtures under src/test/resources/mermaid/. */
final class Fixtures {
  private Fixtures() {}

  static String read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/mermaid/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture mermaid/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Flowchart parse(String text) {
    FlowchartParser.Result r = FlowchartParser.parse(text);
    if (r instanceof FlowchartParser.Result.Parsed p) {
      return p.chart();
    }
    throw new AssertionError("expected a flowchart, got " + r);
  }
}
