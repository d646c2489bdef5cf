package quire.partial;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import quire.diag.Located;
import quire.diag.Problems;
import quire.diag.SourceFile;
import quire.shortcode.ExpandedPage;
import quire.shortcode.Expander;
import quire.shortcode.ShortcodeTemplates;
import quire.site.FrontMatterParser;
import quire.site.SiteConfig;
import quire.site.SourcePage;
import quire.site.SplitPage;

/**
 * Fuzzes partial expansion: a page and two partials (which may render each other and
 * themselves) expand without throwing, and every offset of the result maps back into a line of
 * the file it came from. A normal test run replays the corpus in
 * {@code PartialExpanderFuzzTestInputs/}; {@code JAZZER_FUZZ=1} fuzzes (README, Safety).
 */
class PartialExpanderFuzzTest {
  private static final ShortcodeTemplates TEMPLATES =
      new ShortcodeTemplates(Optional.empty(), SiteConfig.DEFAULTS, markdown -> markdown);

  @FuzzTest
  void anyPageAndPartialsExpandWithEveryOffsetMapped(byte[] input) {
    // The input is the page, then each partial, separated by NUL characters.
    // Line breaks made LF, as the site loader reads files.
    String[] files = new String(input, StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n')
        .split("\u0000", 3);
    Problems problems = new Problems();
    Map<String, SplitPage> partials = new TreeMap<>();
    String[] names = {"partials/p/_a.md", "partials/p/_b.md"};
    for (int i = 0; i < names.length; i++) {
      String text = i + 1 < files.length ? files[i + 1] : "";
      partials.put(names[i], FrontMatterParser.split(new SourceFile(names[i], text), problems));
    }
    SplitPage body = FrontMatterParser.split(new SourceFile("content/p/x.md", files[0]), problems);
    SourcePage page = new SourcePage("content/p/x.md", "/p/x/", SourcePage.Kind.PAGE, "/p/", "p", body);
    Expander expander = new Expander(Map.of(RenderShortcode.NAME, new RenderShortcode(PartialLibrary.of(partials, problems), markdown -> markdown)), TEMPLATES);
    ExpandedPage expanded = expander.expand(page, problems);
    String markdown = expanded.markdown();
    for (int offset = 0; offset < markdown.length(); offset += Math.max(1, markdown.length() / 64)) {
      Located where = expanded.map().locate(offset);
      assertTrue(where.at().line() >= 1, "offset " + offset + " maps to " + where.at());
    }
  }
}
