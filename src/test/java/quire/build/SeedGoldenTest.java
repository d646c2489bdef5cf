package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * The free golden test: a seed use case written with partials, expanded with this repository's
 * partials, reads like its written-out twin — section by section, for every section whose body
 * is a render call, allowing only the fixes listed here.
 */
class SeedGoldenTest {
  /** A change made to the written-out seed before comparing, and why it is right. */
  private record Fix(String from, String to, String why) {}

  private static final List<Fix> USE_CASE_2_FIXES = List.of(
      new Fix("[Microsoft 365 Defender console](https://security.microsoft.com/)\n",
          "[Microsoft 365 Defender console](https://security.microsoft.com/).\n", "a sentence ends with a period"),
      new Fix("Only `Malicious` should be checked.", "Only `MALICIOUS` should be checked.",
          "the page passes the disposition as Email Security writes it"),
      new Fix("Allow recipients release", "Allow recipients to release", "a missing word"),
      new Fix("_ UserNotifyUserRelease_", "_UserNotifyUserRelease_", "a stray space broke the emphasis"),
      new Fix("as stated in step 8 above", "as stated in the step above", "the partial serves both steps 8 and 17"),
      new Fix("case1-step4-rules.png", "step4-rules.png", "the page passes this image name"));

  private static final List<Fix> USE_CASE_4_FIXES = List.of(
      new Fix("[Microsoft 365 Defender console](https://security.microsoft.com/)\n",
          "[Microsoft 365 Defender console](https://security.microsoft.com/).\n", "a sentence ends with a period"),
      new Fix("{{<render file=\"_configure-quarantine-notifications.md\">}}", "## Configure quarantine notifications",
          "003 renders a partial that exists nowhere; its text is use case 2's section (put in below)"),
      new Fix("Do not check any dispositions\n", "Do not check any dispositions.\n", "a sentence ends with a period"),
      new Fix("Area 1 User Quarantine Message", "Cloud Email Security User Quarantine Message",
          "the page passes the product's newer name for both rules"),
      new Fix("`SPAM`, `SPOOF` > **Add**", "`UCE`, `SPOOF` > **Add**", "the page passes UCE, SPAM's other name"));

  @TempDir Path site;

  @Test
  void useCase2WithPartialsReadsLikeTheWrittenOutUseCase2() throws IOException {
    Map<String, String> expanded = build("use-case-2-with-partials.md", List.of());
    Map<String, String> written = build("use-case-2-written-out.md", USE_CASE_2_FIXES);
    compare(expanded, written, renderedSections("use-case-2-with-partials.md"),
        // 001 stops after its first transport rule; 000 passes a second rule, whose steps
        // (9 to 14) follow the same partial text as use case 4's written-out second rule.
        "create transport rules");
  }

  @Test
  void useCase4WithPartialsReadsLikeTheWrittenOutUseCase4() throws IOException {
    Map<String, String> expanded = build("use-case-4-with-partials.md", List.of());
    Map<String, String> written = build("use-case-4-written-out.md", USE_CASE_4_FIXES);
    written.put("configure quarantine notifications",
        build("use-case-2-written-out.md", USE_CASE_2_FIXES).get("configure quarantine notifications"));
    compare(expanded, written, renderedSections("use-case-4-with-partials.md"), null);
  }

  private static final String USE_CASES = "content/email-security/deployment/inline/setup/office-365-area1-mx/use-cases/";

  @Test
  void theRepositorysBuiltUseCase2ReadsLikeTheWrittenOutUseCase2() throws IOException {
    Map<String, String> built = repositoryPage("use-case-2");
    Map<String, String> written = build("use-case-2-written-out.md", USE_CASE_2_FIXES);
    compare(built, written, renderedSections(Path.of(USE_CASES + "use-case-2.md")), "create transport rules");
  }

  @Test
  void theRepositorysBuiltUseCase4ReadsLikeTheWrittenOutUseCase4() throws IOException {
    Map<String, String> built = repositoryPage("use-case-4");
    Map<String, String> written = build("use-case-4-written-out.md", USE_CASE_4_FIXES);
    written.put("configure quarantine notifications",
        build("use-case-2-written-out.md", USE_CASE_2_FIXES).get("configure quarantine notifications"));
    compare(built, written, renderedSections(Path.of(USE_CASES + "use-case-4.md")), null);
  }

  /** A page of this repository's own site, built once per test into the temporary folder. */
  private Map<String, String> repositoryPage(String name) throws IOException {
    Path out = site.resolve("repository");
    SiteBuilder.build(BuildOptions.of(Path.of(""), out));
    return sections(Jsoup.parse(out.resolve(USE_CASES.substring("content/".length()) + name + "/index.html").toFile()));
  }

  private static void compare(Map<String, String> expanded, Map<String, String> written, List<String> sections,
      String prefixOnly) {
    assertTrue(sections.size() >= 4, "sections rendered with partials: " + sections);
    for (String section : sections) {
      String got = expanded.get(section);
      String want = written.get(section);
      assertTrue(want != null, "the written-out seed has no section \"" + section + "\": " + written.keySet());
      if (section.equals(prefixOnly)) {
        assertTrue(got.startsWith(want), section + "\n  want prefix: " + want + "\n  got: " + got);
      } else {
        assertEquals(want, got, section);
      }
    }
  }

  /** The sections of a seed whose whole body is one render call, by lower-case heading. */
  private static List<String> renderedSections(String seed) throws IOException {
    return renderedSections(Path.of("src/test/resources/seeds", seed));
  }

  private static List<String> renderedSections(Path page) throws IOException {
    List<String> sections = new ArrayList<>();
    String heading = null;
    List<String> body = new ArrayList<>();
    for (String line : (Files.readString(page) + "\n## end\n").split("\n")) {
      if (line.startsWith("## ")) {
        if (heading != null && body.size() == 1 && body.get(0).startsWith("{{<render")) sections.add(heading);
        heading = line.substring(3).strip().toLowerCase();
        body.clear();
      } else if (!line.isBlank()) {
        body.add(line.strip());
      }
    }
    return sections;
  }

  /** Builds one seed as a page with the repository's partials; its sections' text by heading. */
  private Map<String, String> build(String seed, List<Fix> fixes) throws IOException {
    String text = seedText(seed);
    for (Fix fix : fixes) {
      assertTrue(text.contains(fix.from()), "fix not needed any more (" + fix.why() + "): " + fix.from());
      text = text.replace(fix.from(), fix.to());
    }
    Path root = site.resolve(seed.replace(".md", ""));
    copyTree(Path.of("partials"), root.resolve("partials"));
    Files.createDirectories(root.resolve("content/email-security"));
    Files.writeString(root.resolve("content/email-security/seed.md"), text);
    var result = InlineSite.build(root);
    assertTrue(result.pages().stream().anyMatch(p -> p.url().equals("/email-security/seed/")), "the seed page was built");
    return sections(Jsoup.parse(root.resolve("out/email-security/seed/index.html").toFile()));
  }

  /** The text of each h2 section of a built page's article (images as [img src | alt]), by lower-case heading. */
  private static Map<String, String> sections(Document html) {
    Map<String, String> sections = new LinkedHashMap<>();
    String heading = null;
    StringBuilder content = new StringBuilder();
    for (Element e : html.selectFirst("article").children()) {
      // A heading stands with its anchor link in a div.heading.
      Element h2 = e.tagName().equals("h2") ? e : e.is("div.heading") ? e.selectFirst("> h2") : null;
      if (h2 != null) {
        if (heading != null) sections.put(heading, content.toString().strip());
        heading = h2.text().strip().toLowerCase();
        content.setLength(0);
      } else if (heading != null && e.is("div.heading")) {
        content.append(e.child(0).text()).append(' ');
      } else if (heading != null) {
        for (Element img : e.select("img")) {
          img.replaceWith(new TextNode("[img " + img.attr("src") + " | " + img.attr("alt") + "]"));
        }
        content.append(e.text()).append(' ');
      }
    }
    if (heading != null) sections.put(heading, content.toString().strip());
    return sections;
  }

  private static String seedText(String seed) throws IOException {
    return Files.readString(Path.of("src/test/resources/seeds", seed));
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) Files.createDirectories(target); else Files.copy(file, target);
      }
    }
  }
}
