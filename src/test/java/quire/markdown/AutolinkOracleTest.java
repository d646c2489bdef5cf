package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import quire.testing.RepositoryMarkdown;

/**
 * quire runs Flexmark's autolink post-processor only on text that could hold a link
 * ({@link AutolinkFilter}); Flexmark's autolink extension, which runs it on every text, is the
 * oracle: both give the same HTML, with and without the typographer, for tricky cases and for
 * every Markdown file of the repository and its fixtures, except where a backslash ends a link
 * (goldmark's rule, which quire follows; {@code MarkdownFeaturesTest}).
 */
class AutolinkOracleTest {
  /** Flexmark's extension and quire's filtered use of it, without and with the typographer. */
  private record Pair(Parser oracle, Parser ours, HtmlRenderer html) {
    static Pair of(boolean typographer) {
      List<com.vladsch.flexmark.util.misc.Extension> common = typographer
          ? List.of(TablesExtension.create(), StrikethroughExtension.create(), TypographicExtension.create())
          : List.of(TablesExtension.create(), StrikethroughExtension.create());
      List<com.vladsch.flexmark.util.misc.Extension> withAutolinks = new java.util.ArrayList<>(common);
      withAutolinks.add(AutolinkExtension.create());
      MutableDataSet oracle = new MutableDataSet().set(Parser.EXTENSIONS, withAutolinks);
      MutableDataSet ours = new MutableDataSet().set(Parser.EXTENSIONS, common);
      return new Pair(Parser.builder(oracle).build(), Parser.builder(ours).postProcessorFactory(new AutolinkFilter()).build(),
          HtmlRenderer.builder(oracle).build());
    }
  }

  private static final List<Pair> PAIRS = List.of(Pair.of(false), Pair.of(true));

  private static void assertSameHtml(String markdown) {
    for (int i = 0; i < PAIRS.size(); i++) {
      Pair pair = PAIRS.get(i);
      assertEquals(pair.html().render(pair.oracle().parse(markdown)), pair.html().render(pair.ours().parse(markdown)),
          (i == 1 ? "(typographer) " : "") + markdown);
    }
  }

  @Test
  void trickyAutolinksRenderAsFlexmarkRendersThem() {
    for (String text : List.of(
        "see https://example.com/a_b?c=d&e=f. and http://x.y/(z) and www.example.org, then",
        "mail a.b+c@example.co.uk or <x@y.z>; not a@b",
        "bare https:// scheme and ftp:// too, and mailto:a@b.c",
        "`https://in.code/` and [https://in.link/](https://t/)",
        "it's https://example.com/it's-a-page -- and \"https://quoted.example/\"...",
        "two https://a.example/ https://b.example/ www.c.example www.",
        "**https://strong.example/** _www.em.example_ ~~x@y.example~~",
        "| https://cell.example/ | a@b.example |\n|---|---|\n| www.x.example | y |",
        "<a href=\"https://raw.example/\">https://raw.example/</a> text www.after.example",
        "WWW.UPPER.EXAMPLE and Https://Mixed.Example/Path",
        "a@b it's https://later.example/ and x@y it's-www.later.example",
        "www.google.com/search?q=commonmark&hl=en\n\nwww.google.com/search?q=commonmark&hl;",
        "https://x.example/?a=1&amp;b=2 and www.y.example/&copy;it's and a&amp;b@c.example")) {
      assertSameHtml(text);
    }
  }

  @Test
  void everyMarkdownFileOfTheRepositoryRendersAsFlexmarkRendersIt() {
    for (String markdown : RepositoryMarkdown.texts()) {
      // A file with no "://", "www." or "@" has no autolink for either to find.
      // A backslash ends a link in quire (goldmark's rule, MarkdownFeaturesTest), not in Flexmark.
      if (AutolinkFilter.mayHoldLink(markdown) && !markdown.contains("\\")) assertSameHtml(markdown);
    }
  }

  @Test
  void onlyTextThatCouldHoldALinkIsScanned() {
    assertTrue(AutolinkFilter.mayHoldLink("see https://x"));
    assertTrue(AutolinkFilter.mayHoldLink("at WwW.x"));
    assertTrue(AutolinkFilter.mayHoldLink("a@b"));
    assertFalse(AutolinkFilter.mayHoldLink("plain words: here / there, www"));
  }
}
