package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import quire.diag.Limits;
import quire.diag.Problem;
import quire.diag.Problems;
import quire.diag.Rule;
import quire.diag.SourceFile;
import quire.diag.SourceMap;
import quire.shortcode.ExpandedPage;
import quire.site.FrontMatterParser;
import quire.site.SourcePage;
import quire.site.SplitPage;

/**
 * A page's diagrams share a budget of mermaid source ({@link Limits#MERMAID_CHARS_PER_PAGE}):
 * those within it are drawn; each past it is shown as its source and reported at its first line,
 * so no page can hold hours of layout work.
 */
class DiagramBudgetTest {
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer(false, "/");

  private static ExpandedPage page(String text) {
    SourceFile file = new SourceFile("content/p/x.md", text);
    SplitPage split = FrontMatterParser.split(file, new Problems());
    SourcePage page = new SourcePage("content/p/x.md", "/p/x/", SourcePage.Kind.PAGE, "/p/", "p", split);
    return new ExpandedPage(page, split.body(), new SourceMap.Builder().copied(0, file, split.bodyOffset(), List.of()).build(),
        List.of());
  }

  /** A flowchart block of about {@code chars} characters, most of them a comment, cheap to lay out. */
  private static String diagram(int chars, String node) {
    return "```mermaid\nflowchart LR\n%% " + "x".repeat(chars) + "\n" + node + "A --> " + node + "B\n```\n\n";
  }

  @Test
  void diagramsPastThePagesShareOfMermaidSourceAreShownAsSourceAndReported() {
    int third = Limits.MERMAID_CHARS_PER_PAGE / 3;
    String text = "Intro.\n\n" + diagram(third, "P") + diagram(third, "Q") + "Between.\n\n" + diagram(third, "R")
        + diagram(10, "S");
    Problems problems = new Problems();
    Document html = Jsoup.parseBodyFragment(RENDERER.render(page(text), problems).html());

    assertEquals(2, html.select("div.diagram svg").size(), "the first two fit in the page's share and are drawn");
    assertEquals(2, html.select("pre.mermaid-source").size(), "the two past it are shown as source");
    assertTrue(html.select("pre.mermaid-source").get(0).text().endsWith("RA --> RB"));
    List<Problem> reported = problems.sorted();
    assertEquals(2, reported.size(), reported.toString());
    // Reported at the diagram's first line, the line after its fence.
    int firstLine = text.substring(0, text.indexOf("flowchart LR\n%% " + "x".repeat(third) + "\nRA")).split("\n", -1).length;
    for (Problem p : reported) {
      assertEquals(Rule.LIMIT_EXCEEDED, p.rule());
      assertTrue(p.message().startsWith("mermaid: the page's diagrams hold more than 131,072 characters"), p.message());
    }
    assertEquals(firstLine, reported.get(0).at().line(), reported.get(0).where());
  }

  @Test
  void aPageWithinItsShareDrawsEveryDiagram() {
    int quarter = Limits.MERMAID_CHARS_PER_PAGE / 4;
    Problems problems = new Problems();
    String text = diagram(quarter, "P") + diagram(quarter, "Q") + diagram(quarter, "R");
    Document html = Jsoup.parseBodyFragment(RENDERER.render(page(text), problems).html());
    assertEquals(3, html.select("div.diagram svg").size());
    assertEquals(List.of(), problems.sorted());
  }
}
