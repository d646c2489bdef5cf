package quire.mermaid;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to render one diagram, cache bypassed: the seed diagram and a generated 100-node
 * flowchart. Sample mode, so JMH reports the median (p0.50). Run with {@code mvn -B -Pjmh
 * test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MermaidBenchmark {
  private final MermaidRenderer renderer = new MermaidRenderer();
  private String seed;
  private String hundred;

  @Setup
  public void setUp() throws IOException {
    try (InputStream in = MermaidBenchmark.class.getResourceAsStream("/mermaid/seed.mmd")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    hundred = hundredNodes();
  }

  /** 100 nodes in three subgraphs (one nested), 120 edges, a fifth of them labelled. */
  static String hundredNodes() {
    StringBuilder b = new StringBuilder("flowchart TD\naccTitle: Generated\n");
    long x = 42;
    for (int g = 0; g < 4; g++) {
      if (g > 0) {
        b.append("subgraph G").append(g).append(" [Group ").append(g).append("]\n");
      }
      for (int i = g * 25; i < (g + 1) * 25; i++) {
        String shape = switch (i % 5) {
          case 0 -> "[Node " + i + " label]";
          case 1 -> "(Round " + i + ")";
          case 2 -> "{Check " + i + "?}";
          case 3 -> "[\"Rule #" + i + "<br>(SCL = 5)\"]";
          default -> "[(Store " + i + ")]";
        };
        b.append('N').append(i).append(shape).append('\n');
      }
      if (g == 2) {
        b.append("subgraph G2i [Inner]\nN60\nN61\nend\n");
      }
      if (g > 0) {
        b.append("end\n");
      }
    }
    for (int i = 1; i < 100; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      int from = (int) Long.remainderUnsigned(x >>> 16, i);
      String arrow = i % 7 == 0 ? "-.->" : i % 11 == 0 ? "==>" : "-->";
      b.append('N').append(from).append(' ').append(arrow).append(i % 5 == 0 ? " |label " + i + "| " : " ").append('N').append(i).append('\n');
    }
    for (int i = 0; i < 21; i++) {
      x = x * 6364136223846793005L + 1442695040888963407L;
      int from = (int) Long.remainderUnsigned(x >>> 16, 100);
      int to = (int) Long.remainderUnsigned(x >>> 40, 100);
      b.append('N').append(from).append(" --> N").append(to).append('\n');
    }
    return b.toString();
  }

  @Benchmark
  public Diagram seedDiagram() {
    return renderer.renderUncached(seed, "mermaid-1");
  }

  @Benchmark
  public Diagram hundredNodeFlowchart() {
    return renderer.renderUncached(hundred, "mermaid-1");
  }
}
