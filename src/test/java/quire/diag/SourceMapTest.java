package quire.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets of an expanded text mapped back to the file and line they were written in. */
class SourceMapTest {
  private final SourceFile page = new SourceFile("content/a.md", "line one\n{{<render>}}\nline three\n");
  private final SourceFile partial = new SourceFile("partials/p/_x.md", "step 1\nstep $1\n");

  @Test
  void anOffsetInCopiedTextMapsToTheSameColumnOfItsFile() {
    SourceMap map = new SourceMap.Builder().copied(0, page, 0, List.of()).build();
    assertEquals("content/a.md:3:7", map.locate(page.text().indexOf("three") + 1).at().toString());
  }

  @Test
  void textFromAPartialMapsToThePartialLineViaTheRenderCall() {
    // Output: "line one\n" + "step 1\nstep " + "VALUE" + "\n" + "line three\n"
    List<Position> via = List.of(new Position("content/a.md", 2, 1));
    SourceMap map = new SourceMap.Builder()
        .copied(0, page, 0, List.of())
        .copied(9, partial, 0, via)
        .produced(21, partial, 12, via)
        .copied(26, page, 22, List.of())
        .build();
    assertEquals("partials/p/_x.md:2:1 via content/a.md:2:1", where(map.locate(16)));
    assertEquals("partials/p/_x.md:2:6 via content/a.md:2:1", where(map.locate(23)));
    assertEquals("content/a.md:3:1", where(map.locate(26)));
  }

  @Test
  void segmentsOutOfOrderAreRejected() {
    SourceMap.Builder builder = new SourceMap.Builder().copied(10, page, 0, List.of());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> builder.copied(5, page, 0, List.of()));
  }

  private static String where(Located located) {
    StringBuilder out = new StringBuilder(located.at().toString());
    for (Position p : located.via()) out.append(" via ").append(p);
    return out.toString();
  }
}
