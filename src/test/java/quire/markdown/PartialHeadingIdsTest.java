package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildResult;
import quire.testing.InlineSite;

/**
 * Heading ids of headings a partial brings in, as Hugo 0.111 gives them with Cloudflare's render
 * shortcode, which renders each partial on its own ({@code .Content}, then {@code markdownify}):
 * a partial's ids are made from the partial's own text, before {@code $N} is replaced, and a
 * taken id is counted within that partial alone, apart from the page's headings and from the
 * partials it renders. The expected ids are what {@code hugo} built from the same three files
 * with a render shortcode doing what Cloudflare's 2023 one does.
 */
class PartialHeadingIdsTest {
  @TempDir Path site;

  @Test
  void eachPartialRenderNumbersItsOwnHeadings() throws Exception {
    InlineSite.write(site, """
        -- content/pages/guide.md --
        ---
        title: Guide
        ---
        ## Setup

        Page text.

        {{<render file="_a.md">}}

        ## Setup

        {{<render file="/deploy/_b.md" withParameters="Vue">}}

        {{<render file="_a.md">}}

        ## Overview

        ## Deploy $1 with Vue
        -- content/pages/_partials/_a.md --
        ---
        _build:
          render: never
        ---
        ## Setup

        Partial A.

        ## Setup

        ### Overview
        -- content/pages/_partials/deploy/_b.md --
        ---
        inputParameters: framework
        _build:
          render: never
        ---
        ## Setup

        ## Deploy $1

        ## Deploy $1

        {{<render file="_a.md">}}

        ## Overview
        """);
    BuildResult result = InlineSite.build(site);
    assertEquals(0, result.errors(), InlineSite.problems(result).toString());
    Document page = Jsoup.parse(site.resolve("out/pages/guide/index.html").toFile());
    var headings = page.select("article h2, article h3");
    assertEquals(List.of("Setup", "Setup", "Setup", "Overview", "Setup", "Setup", "Deploy Vue", "Deploy Vue",
        "Setup", "Setup", "Overview", "Overview", "Setup", "Setup", "Overview", "Overview", "Deploy $1 with Vue"),
        headings.eachText());
    assertEquals(List.of(
        "setup", // the page's
        "setup", "setup-1", "overview", // _a.md
        "setup-1", // the page's
        "setup", "deploy-1", "deploy-1-1", // _b.md, its ids from "Deploy $1"
        "setup", "setup-1", "overview", // _a.md rendered by _b.md
        "overview", // _b.md
        "setup", "setup-1", "overview", // _a.md again
        "overview", "deploy-1-with-vue"), // the page's
        headings.eachAttr("id"));
  }
}
