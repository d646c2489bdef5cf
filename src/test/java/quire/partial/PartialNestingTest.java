package quire.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** Partials that render partials, cycles, indentation inside lists, and noMarkdown. */
class PartialNestingTest {
  @TempDir Path site;

  @Test
  void aPartialRendersAnotherPassingItsValuesOn() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="_pair.md" withParameters="A;;B;;C;;D">}}
        -- partials/es/_pair.md --
        ---
        inputParameters: n1;;v1;;n2;;v2
        ---
        {{<render file="_one.md" withParameters="$1;;$2">}}
        {{<render file="_one.md" withParameters="$3;;$4">}}
        -- partials/es/_one.md --
        ---
        inputParameters: name;;value
        ---
        - $1 = $2
        """);
    Expansions e = Expansions.of(site, "content/es/a.md");
    assertEquals("- A = B\n- C = D\n", e.markdown());
    assertEquals(List.of(), e.places());
  }

  @Test
  void aCycleIsAnErrorThatPrintsTheChain() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="_a.md">}}
        -- partials/es/_a.md --
        A {{<render file="_b.md">}}
        -- partials/es/_b.md --
        B {{<render file="_a.md">}}
        """);
    var result = InlineSite.build(site);
    assertEquals(List.of("partial-cycle partials/es/_b.md:1:3 via content/es/a.md:1:1 via partials/es/_a.md:1:3: "
        + "partial cycle: partials/es/_a.md -> partials/es/_b.md -> partials/es/_a.md"), InlineSite.problems(result));
    assertEquals(1, result.errors());
  }

  @Test
  void aPartialRenderedInsideAListItemStaysInsideIt() {
    InlineSite.write(site, """
        -- content/es/a.md --
        1. First step.
            {{<render file="_more.md">}}
        2. Second step.
        -- partials/es/_more.md --
        - detail one
        - detail two

        Closing paragraph of the step.
        """);
    InlineSite.build(site);
    String html = InlineSite.read(site.resolve("out/es/a/index.html"));
    String content = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
    String ol = content.substring(content.indexOf("<ol>"), content.indexOf("</ol>"));
    assertTrue(ol.contains("<li>detail two</li>") && ol.contains("Closing paragraph of the step."), ol);
    assertTrue(ol.contains("Second step."), ol);
  }

  @Test
  void aPartialRenderedRightAfterAListMarkerStaysInsideThatItem() {
    // Cloudflare's 1.1.1.1 setup pages: "6. {{<render file="_all-ipv4.md">}}", a partial of a
    // paragraph and HTML blocks. Hugo puts all of it in item 6; items 7 and 8 stay list items.
    InlineSite.write(site, """
        -- content/es/a.md --
        6. {{<render file="_more.md">}}
        7. Click **OK**.
        - Tick {{<render file="_more.md">}}
        -- partials/es/_more.md --
        Choose one:

        <details>
        <summary>Resolver</summary>
        </details>
        """);
    InlineSite.build(site);
    String html = InlineSite.read(site.resolve("out/es/a/index.html"));
    String content = html.substring(html.indexOf("<article"), html.indexOf("</article>"));
    String ol = content.substring(content.indexOf("<ol"), content.indexOf("</ol>"));
    assertTrue(ol.contains("<summary>Resolver</summary>") && ol.contains("<strong>OK</strong>"), content);
    String ul = content.substring(content.indexOf("<ul"), content.indexOf("</ul>"));
    assertTrue(ul.contains("Tick Choose one:") && ul.contains("<summary>Resolver</summary>"), content);
  }

  @Test
  void aPartialRenderedAfterABlockQuoteMarkerStaysInsideTheQuote() {
    InlineSite.write(site, """
        -- content/es/a.md --
        > {{<render file="_more.md">}}
        -- partials/es/_more.md --
        First paragraph.

        Second paragraph.
        """);
    InlineSite.build(site);
    String html = InlineSite.read(site.resolve("out/es/a/index.html"));
    String quote = html.substring(html.indexOf("<blockquote"), html.indexOf("</blockquote>"));
    assertTrue(quote.contains("<p>Second paragraph.</p>"), quote);
  }

  @Test
  void noMarkdownInsertsThePartialVerbatim() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="_raw.md" noMarkdown="true">}}
        -- partials/es/_raw.md --
        <span>*not emphasis*</span>
        """);
    InlineSite.build(site);
    String html = InlineSite.read(site.resolve("out/es/a/index.html"));
    assertTrue(html.contains("<span>*not emphasis*</span>"), html);
  }

  @Test
  void partialFrontMatterNeverReachesTheOutput() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="_p.md">}}
        -- partials/es/_p.md --
        ---
        _build:
          render: never
        ---
        Body only.
        """);
    InlineSite.build(site);
    String html = InlineSite.read(site.resolve("out/es/a/index.html"));
    assertTrue(html.contains("<p>Body only.</p>") && !html.contains("_build") && !html.contains("render: never"), html);
  }

  @Test
  void aPartialNoPageRendersIsAWarning() {
    InlineSite.write(site, """
        -- content/es/a.md --
        Nothing rendered.
        -- partials/es/_orphan.md --
        alone
        """);
    var result = InlineSite.build(site);
    assertEquals(List.of("partial-unused partials/es/_orphan.md:1:1"), InlineSite.places(result));
    assertEquals(0, result.errors());
  }
}
