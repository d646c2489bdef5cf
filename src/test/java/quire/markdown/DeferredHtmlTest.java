package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.diag.Problems;
import quire.diag.SourceFile;
import quire.diag.SourceMap;
import quire.shortcode.ExpandedPage;
import quire.site.FrontMatterParser;
import quire.site.SourcePage;
import quire.site.SplitPage;
import quire.testing.RepositoryMarkdown;

/**
 * Pieces of a page's HTML go to Flexmark's writer as placeholders and are put back afterwards
 * ({@link DeferredHtml}). The oracle is the same render handing the writer every piece itself:
 * both give the same HTML, headings and link records, for cases made to test the writer's rules
 * and for every Markdown file of the repository, with and without the typographer.
 */
class DeferredHtmlTest {
  private static final List<MarkdownRenderer> RENDERERS = List.of(new MarkdownRenderer(false, "/"),
      new MarkdownRenderer(true, "/docs/"));

  private static ExpandedPage page(String text) {
    SourceFile file = new SourceFile("content/p/x.md", text);
    SplitPage split = FrontMatterParser.split(file, new Problems());
    SourcePage page = new SourcePage("content/p/x.md", "/p/x/", SourcePage.Kind.PAGE, "/p/", "p", split);
    return new ExpandedPage(page, split.body(), new SourceMap.Builder().copied(0, file, split.bodyOffset(), List.of()).build(),
        List.of("<b>shortcode</b>"));
  }

  private static void assertSameAsWrittenOut(String text) {
    for (MarkdownRenderer renderer : RENDERERS) {
      ExpandedPage page = page(text);
      Problems deferredProblems = new Problems();
      Problems writtenProblems = new Problems();
      RenderedPage deferred = renderer.render(page, deferredProblems, DiagramStore.NONE, true);
      RenderedPage written = renderer.render(page, writtenProblems, DiagramStore.NONE, false);
      assertEquals(written.html(), deferred.html(), text);
      assertEquals(written.headings(), deferred.headings(), text);
      assertEquals(written.links(), deferred.links(), text);
      assertEquals(written.summary(), deferred.summary(), text);
      assertEquals(writtenProblems.sorted(), deferredProblems.sorted(), text);
    }
  }

  @Test
  void piecesTheWriterWouldChangeAreWrittenOutAndTheRestPutBack() {
    for (String text : List.of(
        "A paragraph of plain text that is long enough to be deferred.\n",
        "Short.\n\nLine one of a paragraph\nline two, after a soft break  \nline three after a hard one.\n",
        "    indented code\n      with deeper lines\n\n\n    after blank lines\n",
        "```java\n  leading spaces\n\n\n\ttab\n```\n\n```\n```\n\n~~~\none line\n~~~\n",
        "- item text long enough\n  - nested item text long enough\n\n> quoted text long enough to defer\n",
        "| head cell long enough | b |\n|---|---|\n| body cell long enough | `code` |\n",
        "# Heading text long enough\n\n## Another heading, *emphasis* and `code`\n",
        "Text & entities &amp; \"quotes\" <b>html</b> and \\*escapes\\* stay with Flexmark.\n",
        "A shortcode \uE0000\uE001 inside text long enough, and one alone:\n\n\uE0000\uE001\n",
        "Text holding the placeholder's own characters \u00020\u0003 and \u0002 alone, long enough.\n",
        "Entities that spell one: &#x2;0&#x3; in text long enough.\n",
        "*\u00020\u0003* written out before a text long enough to be deferred.\n",
        "Two in order \u00020\u0003 then \u00021\u0003, in a text long enough, and more text long enough.\n",
        "```mermaid\nflowchart LR\n  A[Start here] --> B{Decide}\n  B -->|yes| C[Done]\n```\n\ntext after the diagram\n",
        "```mermaid\nsequenceDiagram\n  A->>B: hi\n```\n",
        "Footnote reference[^1] in text long enough.\n\n[^1]: The footnote's text, long enough.\n",
        "Term long enough\n: Its definition, long enough to defer.\n")) {
      assertSameAsWrittenOut(text);
    }
  }

  @Test
  void everyMarkdownFileOfTheRepositoryRendersAsWrittenOut() {
    for (String text : RepositoryMarkdown.texts()) assertSameAsWrittenOut(text);
  }

  @Test
  void placeholdersArePutBackInOrderAndAForeignOneRefusesTheRender() {
    DeferredHtml pieces = DeferredHtml.forPage();
    String first = pieces.defer("<p>first piece of html</p>");
    String second = pieces.deferPre("<pre>line\n  indented</pre>");
    assertEquals(Optional.of("<div><p>first piece of html</p><pre>line\n  indented</pre></div>"),
        pieces.resolve("<div>" + first + second + "</div>"));
    assertEquals(Optional.empty(), pieces.resolve("<div>" + second + first + "</div>"));
    assertEquals(Optional.empty(), pieces.resolve("<div>" + first + "</div>"));
    assertEquals(Optional.empty(), pieces.resolve("<div>" + first + second + DeferredHtml.OPEN + "</div>"));
    // What the writer would change is not deferred: several lines, a leading space, short text.
    DeferredHtml none = DeferredHtml.forPage();
    for (String html : List.of("<p>two\nlines of html</p>", " <p>leading space html</p>", "<i>x</i>")) {
      assertEquals(html, none.defer(html));
    }
    assertTrue(none.resolve("<p>nothing deferred</p>").isPresent());
  }
}
