package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** This repository's own site: the five use cases, built with their partials and nothing left over. */
class RepositorySiteTest {
  private static final String USE_CASES = "email-security/deployment/inline/setup/office-365-area1-mx/use-cases/";
  @TempDir Path out;

  @Test
  void everyUseCaseHasItsStepsAndNothingOfThePartialSyntaxIsLeft() throws Exception {
    BuildResult result = SiteBuilder.build(BuildOptions.of(Path.of(""), out));
    assertEquals(List.of(), result.problems());
    for (int n = 1; n <= 5; n++) {
      Path file = out.resolve(USE_CASES + "use-case-" + n + "/index.html");
      String html = Files.readString(file);
      Document page = Jsoup.parse(html);
      List<String> sections = page.select("article h2").eachText();
      assertTrue(sections.contains("Configure domains") && sections.stream().anyMatch(s -> s.matches("Create (a )?transport rules?")),
          n + ": " + sections);
      assertTrue(page.select("article ol > li").size() >= 20, "use case " + n + " has its numbered steps");
      String text = page.selectFirst("article").text();
      assertFalse(text.matches("(?s).*\\$\\d.*"), "use case " + n + " has a $N placeholder");
      assertFalse(html.contains("{{<") || html.contains("{{%"), "use case " + n + " has shortcode text");
      assertFalse(html.contains("inputParameters") || html.contains("_build"), "use case " + n + " has partial front matter");
    }
    assertTrue(Files.isRegularFile(out.resolve("email-security/deployment/inline/reference/egress-ips/index.html")));
  }
}
