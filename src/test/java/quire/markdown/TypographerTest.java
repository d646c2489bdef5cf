package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildResult;
import quire.testing.InlineSite;

/** {@code markdown.typographer} in site/config.yaml: smart quotes, dashes and ellipses, off by default. */
class TypographerTest {
  @TempDir Path site;

  private static final String PAGE = """
      -- content/a.md --
      ---
      title: A
      ---
      "Quoted" and 'single', it's 1--2 and 1---2... `"code" stays -- as is`
      """;

  @Test
  void offByDefaultTheTextIsLeftAsWritten() throws Exception {
    assertEquals("\"Quoted\" and 'single', it's 1--2 and 1---2... \"code\" stays -- as is", paragraph(""));
  }

  @Test
  void onItMakesCurlyQuotesDashesAndEllipsesButLeavesCodeAlone() throws Exception {
    assertEquals("\u201cQuoted\u201d and \u2018single\u2019, it\u2019s 1\u20132 and 1\u20142\u2026 \"code\" stays -- as is",
        paragraph("markdown:\n  typographer: true\n"));
  }

  @Test
  void explicitlyOffIsTheSameAsNotSaid() throws Exception {
    assertEquals(paragraph(""), paragraph("markdown:\n  typographer: false\n"));
  }

  private String paragraph(String config) throws Exception {
    InlineSite.write(site, PAGE + "-- site/config.yaml --\ntitle: T\n" + config);
    BuildResult result = InlineSite.build(site);
    assertEquals(0, result.errors(), InlineSite.problems(result).toString());
    return Jsoup.parse(site.resolve("out/a/index.html").toFile()).selectFirst("article p").text();
  }
}
