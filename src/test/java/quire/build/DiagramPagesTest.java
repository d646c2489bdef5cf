package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** Mermaid blocks in built pages: SVG at build time, mermaid.js only for other diagram types. */
class DiagramPagesTest {
  @TempDir Path site;

  @Test
  void everyUseCaseShowsItsDiagramAsInlineSvgWithoutJavaScript() throws Exception {
    Path out = site.resolve("out");
    BuildResult result = SiteBuilder.build(BuildOptions.of(Path.of(""), out));
    assertEquals(0, result.errors());
    assertEquals(List.of(), result.mermaidJsPages());
    for (int n = 1; n <= 5; n++) {
      Document page = Jsoup.parse(out.resolve(
          "email-security/deployment/inline/setup/office-365-area1-mx/use-cases/use-case-" + n + "/index.html").toFile());
      Element svg = page.selectFirst("article svg.mermaid[role=img]");
      assertNotNull(svg, "use case " + n);
      assertFalse(svg.selectFirst("title").text().isBlank(), "accTitle of use case " + n);
      assertFalse(svg.selectFirst("desc").text().isBlank(), "accDescr of use case " + n);
      assertTrue(page.select("script[src*=mermaid]").isEmpty(), "no mermaid.js on use case " + n);
    }
    assertFalse(Files.exists(out.resolve("js/mermaid.min.js")));
    assertTrue(Files.size(out.resolve("fonts/quire-mermaid-sans.ttf")) > 10_000);
  }

  @Test
  void anotherDiagramTypeFallsBackToMermaidJsFromTheSiteItself() throws Exception {
    InlineSite.write(site, """
        -- content/es/seq.md --
        ```mermaid
        sequenceDiagram
        Alice->>Bob: Hello
        ```
        """);
    BuildResult result = InlineSite.build(site);
    assertEquals(List.of("content/es/seq.md"), result.mermaidJsPages());
    Document page = Jsoup.parse(site.resolve("out/es/seq/index.html").toFile());
    assertTrue(page.selectFirst("pre.mermaid").text().startsWith("sequenceDiagram"));
    assertNotNull(page.selectFirst("script[src=/js/mermaid.min.js]"));
    assertTrue(Files.size(site.resolve("out/js/mermaid.min.js")) > 1_000_000);
  }

  @Test
  void aSyntaxErrorInsideAPartialIsReportedAtThePartialLineViaThePage() {
    InlineSite.write(site, """
        -- content/es/a.md --
        Intro.

        {{<render file="_flow.md">}}
        -- partials/es/_flow.md --
        ```mermaid
        graph TB
        A[Start --> B
        ```
        """);
    List<String> places = InlineSite.places(InlineSite.build(site));
    assertEquals(1, places.size(), places.toString());
    assertTrue(places.get(0).matches("mermaid-syntax partials/es/_flow\\.md:3:\\d+ via content/es/a\\.md:3:1"), places.get(0));
  }
}
