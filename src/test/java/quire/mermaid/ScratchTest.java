package quire.mermaid;
import org.junit.jupiter.api.Test;
class ScratchTest {
  @Test void dump() throws Exception {
    for (String f : System.getProperty("files", "seed.mmd").split(",")) {
    Diagram d = new MermaidRenderer().render(Fixtures.read(f), "mermaid-1");
    if (d instanceof Diagram.Svg s) java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/" + f + ".svg"), s.svg());
    else System.out.println(d);
    }
  }
}
