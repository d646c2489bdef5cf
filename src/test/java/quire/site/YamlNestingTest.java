package quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import quire.diag.Limits;
import quire.diag.SourceFile;

/** The nesting check's shortcut: its bound is never below the collections the parser opens. */
class YamlNestingTest {
  private static int collectionsOpened(String yaml) {
    int n = 0;
    for (Event event : new Parse(YamlNesting.SETTINGS).parseString(yaml)) {
      if (event.getEventId() == Event.ID.MappingStart || event.getEventId() == Event.ID.SequenceStart) n++;
    }
    return n;
  }

  @Test
  void theBoundHoldsEveryCollectionTheParserOpens() {
    List<String> samples = List.of(
        "title: Home\nweight: 1\nupdated: 2024-01-02\n",
        "- - - - a\n",
        "[a: b, {c: d}, [e, [f]]]\n",
        "? [a, b]\n: {c: [d]}\n",
        "meta:\n  title: x\n  tags:\n    - one\n    - two: 2\n",
        "a: &x [1, 2]\nb: *x\nc: !!map {}\n",
        "{}\n",
        "key: \"a: b - [c] {d}\"\n");
    for (String yaml : samples) {
      assertTrue(YamlNesting.collectionsAtMost(yaml) >= collectionsOpened(yaml), yaml);
    }
  }

  @Test
  void yamlNestedBeyondTheLimitIsStillFoundPastTheShortcut() {
    String yaml = "a: " + "[".repeat(Limits.YAML_DEPTH + 1) + "]".repeat(Limits.YAML_DEPTH + 1) + "\n";
    SourceFile file = new SourceFile("content/deep.md", "---\n" + yaml + "---\n");
    assertEquals("content/deep.md:2:" + (4 + Limits.YAML_DEPTH - 1),
        YamlNesting.tooDeep(yaml, file, 4).orElseThrow().toString());
  }
}
