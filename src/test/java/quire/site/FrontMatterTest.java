package quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import quire.diag.Problems;
import quire.diag.SourceFile;

class FrontMatterTest {
  @Test
  void theKeysQuireUsesAreReadAndTheRestKeptForTemplates() {
    Problems problems = new Problems();
    SplitPage page = FrontMatterParser.split(new SourceFile("content/a.md", """
        ---
        title: 2 - Junk email
        pcx_content_type: integration-guide
        weight: 2
        meta:
            title: Junk email - Office 365
        updated: 2023-01-12
        sidebar: {order: 3}
        ---
        # Body
        """), problems);
    FrontMatter front = page.front();
    assertEquals("2 - Junk email", front.title());
    assertEquals(2, front.weight());
    assertEquals("integration-guide", front.contentType());
    assertEquals("Junk email - Office 365", front.metaTitle());
    assertEquals("2023-01-12", front.updated());
    assertTrue(front.params().containsKey("sidebar"));
    assertEquals("# Body\n", page.body());
    assertTrue(problems.sorted().isEmpty());
  }

  @Test
  void aWeightThatIsNotANumberIsAnErrorAtItsLine() {
    Problems problems = new Problems();
    FrontMatterParser.split(new SourceFile("content/a.md", "---\ntitle: A\nweight: heavy\n---\n"), problems);
    assertEquals("content/a.md:3:9", problems.sorted().get(0).at().toString());
  }

  @Test
  void valuePositionsComeFromTheParserEvenInAFlowMapping() {
    Problems problems = new Problems();
    FrontMatter front = FrontMatterParser.split(new SourceFile("content/a.md",
        "---\n{title: A,\n  weight: heavy, layout: wide}\n---\n"), problems).front();
    assertEquals("content/a.md:3:11", problems.sorted().get(0).at().toString());
    assertEquals("content/a.md:3:26", front.findValue("layout").orElseThrow().toString());
  }

  @Test
  void unclosedFrontMatterIsAnError() {
    Problems problems = new Problems();
    FrontMatterParser.split(new SourceFile("content/a.md", "---\ntitle: A\n"), problems);
    assertEquals("frontmatter-invalid content/a.md:1:1",
        problems.sorted().get(0).rule().id() + " " + problems.sorted().get(0).at());
  }
}
