package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildResult;
import quire.testing.InlineSite;

/** The table of contents names each heading by its text as the reader sees it in the page. */
class HeadingTextTest {
  @TempDir Path site;

  @Test
  void tocEntriesReadLikeTheHeadingsThemselves() throws Exception {
    InlineSite.write(site, """
        -- content/a.md --
        ---
        title: A
        ---
        ## With `code`, *emphasis* and [a link](https://example.com)

        ## Escaped \\* star \\_ under & ampersand

        ## Unicode ünï — 😀
        """);
    BuildResult result = InlineSite.build(site);
    assertEquals(0, result.errors(), InlineSite.problems(result).toString());
    Document page = Jsoup.parse(site.resolve("out/a/index.html").toFile());
    assertEquals(page.select("article h2").eachText(), page.select("aside.toc > ol > li > a").eachText());
    assertEquals("Escaped * star _ under & ampersand", page.select("aside.toc > ol > li > a").get(1).text());
  }
}
