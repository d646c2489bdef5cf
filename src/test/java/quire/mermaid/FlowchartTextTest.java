package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FlowchartTextTest {

  @Test
  void decodesEntityCodesBreaksAndQuotes() {
    Flowchart f = Fixtures.parse(Fixtures.read("labels.mmd"));
    assertEquals("A \"quoted\" label", f.findNode("A").orElseThrow().label());
    assertEquals("Hash #1 and\ntwo lines", f.findNode("B").orElseThrow().label());
    assertEquals("Markdown string", f.findNode("C").orElseThrow().label());
    assertEquals("Unicode: café ✓", f.findNode("D").orElseThrow().label());
    assertEquals("Label with (parens) and [brackets]", f.findNode("E").orElseThrow().label());
    assertEquals(List.of("Multi", "line", "label"), f.findNode("F").orElseThrow().lines());
    assertEquals("Edge (with parens)", f.edges().get(3).label());
  }

  @Test
  void readsAccTitleAndBothFormsOfAccDescr() {
    Flowchart f = Fixtures.parse(Fixtures.read("comments.mmd"));
    assertEquals(Optional.of("Comments and descriptions"), f.accTitle());
    assertEquals(Optional.of("A longer description\non two lines"), f.accDescr());
    Flowchart seed = Fixtures.parse(Fixtures.read("seed.mmd"));
    assertEquals(Optional.of("Deliver email to the junk email folder and user managed quarantine"), seed.accTitle());
  }

  @Test
  void skipsCommentsAndDirectives() {
    Flowchart f = Fixtures.parse(Fixtures.read("comments.mmd"));
    assertEquals(Direction.TB, f.direction());
    assertEquals("A B C D E", String.join(" ", f.nodes().stream().map(Node::id).toList()));
  }

  @Test
  void everyDirectionKeywordIsRead() {
    assertEquals(Direction.TB, Fixtures.parse("graph TD\nA").direction());
    assertEquals(Direction.BT, Fixtures.parse("graph BT\nA").direction());
    assertEquals(Direction.LR, Fixtures.parse("flowchart LR\nA").direction());
    assertEquals(Direction.RL, Fixtures.parse("flowchart RL\nA").direction());
    assertEquals(Direction.TB, Fixtures.parse("flowchart\nA").direction());
  }

  @Test
  void acceptsEveryDiagramTheBenchmarkCorpusMakes() {
    Flowchart f = Fixtures.parse(Fixtures.read("corpus.mmd"));
    assertEquals(28, f.nodes().size());
    assertEquals(3, f.subgraphs().size());
  }
}
