package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlowchartSubgraphsTest {

  private static String describe(Subgraph s) {
    return s.id() + "[" + s.title() + "]" + s.direction().map(d -> " " + d).orElse("") + " nodes=" + s.nodeIds() + " subgraphs=" + s.subgraphIds();
  }

  @Test
  void seedKeepsSuspiciousInDispositionsWhenOffice365LinksIt() {
    Flowchart f = Fixtures.parse(Fixtures.read("seed.mmd"));
    assertEquals(List.of(
        "Dispositions[Dispositions] nodes=[MALICIOUS, SUSPICIOUS, SPAM, BENIGN] subgraphs=[]",
        "subGraph1[Cloudflare Area 1 Email Security] nodes=[Admin] subgraphs=[Dispositions]",
        "subGraph2[Anti-spam policy] nodes=[Spam, Hcspam, Phishing] subgraphs=[]",
        "subGraph3[Office 365] nodes=[MailFlow1, MailFlow2, Defender, User, Junk, Inbox] subgraphs=[subGraph2]"),
        f.subgraphs().stream().map(FlowchartSubgraphsTest::describe).toList());
  }

  @Test
  void readsIdsTitlesDirectionAndNesting() {
    Flowchart f = Fixtures.parse(Fixtures.read("subgraphs.mmd"));
    assertEquals(List.of(
        "one[one] nodes=[a1, a2] subgraphs=[]",
        "two[Second group] nodes=[b1, b2] subgraphs=[]",
        "three[Third \"quoted\"] LR nodes=[c1, c2] subgraphs=[]",
        "inner[inner] nodes=[x1, x2] subgraphs=[]",
        "subGraph4[Outer box] nodes=[x3] subgraphs=[inner]"),
        f.subgraphs().stream().map(FlowchartSubgraphsTest::describe).toList());
  }

  @Test
  void subgraphIdsAreNotNodes() {
    Flowchart f = Fixtures.parse(Fixtures.read("subgraphs.mmd"));
    assertEquals("c1 a2 a1 b1 b2 c2 x1 x2 x3", f.nodes().stream().map(Node::id).collect(Collectors.joining(" ")));
  }

  @Test
  void aSubgraphWithABlankTitleIsNumberedInClosingOrder() {
    // Two blanks after the keyword: a blank title (with none, or one, mermaid reports an error).
    Flowchart f = Fixtures.parse("graph TB\nsubgraph  \nsubgraph Inner one\na\nend\nb\nend");
    assertEquals("subGraph0 subGraph1", f.subgraphs().stream().map(Subgraph::id).collect(Collectors.joining(" ")));
    assertEquals(List.of("subGraph0"), f.subgraphs().get(1).subgraphIds());
  }
}
