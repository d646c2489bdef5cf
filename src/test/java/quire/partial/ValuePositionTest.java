package quire.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * The text a {@code $N} puts into a partial maps back to the value where it was written on the
 * page line, not to the partial's {@code $N}; through partials that pass values on, to the page.
 */
class ValuePositionTest {
  @TempDir Path site;

  @Test
  void aValueMapsToItsOwnCharactersInTheRenderCall() {
    InlineSite.write(site, """
        -- content/es/a.md --
        12345
        {{<render file="_p.md" withParameters="first;;second value">}}
        -- partials/es/_p.md --
        ---
        inputParameters: a;;b
        ---
        A $1 and $2.
        """);
    Expansions e = Expansions.of(site, "content/es/a.md");
    int second = e.markdown().indexOf("value");
    assertEquals("content/es/a.md:2:54", e.page().map().locate(second).at().toString());
    assertEquals("[]", e.page().map().locate(second).via().toString());
    assertEquals("partials/es/_p.md:4:1", e.page().map().locate(e.markdown().indexOf("A ")).at().toString());
  }

  @Test
  void aValuePassedOnByAPartialMapsToThePageThatWroteIt() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="_outer.md" withParameters="deep value">}}
        -- partials/es/_outer.md --
        ---
        inputParameters: a
        ---
        {{<render file="_inner.md" withParameters="$1">}}
        -- partials/es/_inner.md --
        ---
        inputParameters: b
        ---
        Got $1.
        """);
    Expansions e = Expansions.of(site, "content/es/a.md");
    assertEquals("content/es/a.md:1:49", e.page().map().locate(e.markdown().indexOf("value")).at().toString());
  }

  @Test
  void anEscapedValueMapsToItsStart() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="_p.md" withParameters="say \\"hi\\"">}}
        -- partials/es/_p.md --
        ---
        inputParameters: a
        ---
        $1
        """);
    Expansions e = Expansions.of(site, "content/es/a.md");
    assertEquals("content/es/a.md:1:40", e.page().map().locate(e.markdown().indexOf("hi")).at().toString());
  }
}
