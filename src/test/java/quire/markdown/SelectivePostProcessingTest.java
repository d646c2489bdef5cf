package quire.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.typographic.TypographicExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import quire.testing.RepositoryMarkdown;

/**
 * quire's node post-processors (autolinks, table code pipes, heading attributes, callouts) run only on a document
 * with a node they may change ({@link SelectivePostProcessing}). The oracle is the same
 * post-processors registered with Flexmark directly, which run on every document: both give the
 * same HTML for cases made to need them and for every Markdown file of the repository.
 */
class SelectivePostProcessingTest {
  private static final List<Parser[]> PARSERS = new ArrayList<>();
  private static final HtmlRenderer HTML;

  static {
    for (boolean typographer : List.of(false, true)) {
      List<Extension> extensions = new ArrayList<>(List.of(TablesExtension.create(), StrikethroughExtension.create()));
      if (typographer) extensions.add(TypographicExtension.create());
      MutableDataSet options = new MutableDataSet().set(Parser.EXTENSIONS, extensions);
      Parser oracle = Parser.builder(options).postProcessorFactory(new AutolinkFilter())
          .postProcessorFactory(new TableCodePipes()).postProcessorFactory(new HeadingAttributes())
          .postProcessorFactory(new CalloutQuotes()).build();
      Parser ours = Parser.builder(options).postProcessorFactory(new QuireExtension.PostProcessing())
          .postProcessorFactory(new ReaderExtension.PostProcessing()).build();
      PARSERS.add(new Parser[] {oracle, ours});
    }
    HTML = HtmlRenderer.builder(new MutableDataSet().set(Parser.EXTENSIONS,
        List.of(TablesExtension.create(), StrikethroughExtension.create(), new ReaderExtension(url -> Optional.empty()))))
        .build();
  }

  private static void assertSameHtml(String markdown) {
    for (Parser[] pair : PARSERS) {
      assertEquals(HTML.render(pair[0].parse(markdown)), HTML.render(pair[1].parse(markdown)), markdown);
    }
  }

  @Test
  void documentsWithSomethingToChangeAreProcessedAsFlexmarkProcessesThem() {
    for (String markdown : List.of(
        "see https://example.com/ and a@b.example\n",
        "> [!NOTE]\n> Read this first, www.example.org.\n\n> plain quote\n",
        "| a | `x \\| y` |\n|---|---|\n| `p\\|q` | https://cell.example/ |\n",
        "- item\n  > [!warning]\n  > nested `a\\|b` outside a table\n",
        "no link here: a: b, www, @ alone at the end @",
        "## Step {#step-one}\n\n## Not {an attribute block}\n")) {
      assertSameHtml(markdown);
    }
  }

  @Test
  void everyMarkdownFileOfTheRepositoryIsProcessedAsFlexmarkProcessesIt() {
    for (String markdown : RepositoryMarkdown.texts()) assertSameHtml(markdown);
  }

  @Test
  void theWalkVisitsEveryNodeInDocumentOrder() {
    Parser parser = PARSERS.get(0)[0];
    Node document = parser.parse("# t\n\n- a\n  - b `deep`\n\n> q\n\nlast `code`\n");
    List<String> codes = new ArrayList<>();
    assertFalse(SelectivePostProcessing.any(document, node -> {
      if (node instanceof Code code) codes.add(code.getText().toString());
      return false;
    }));
    assertEquals(List.of("deep", "code"), codes);
    assertTrue(SelectivePostProcessing.any(document, node -> node instanceof BlockQuote));
    assertFalse(SelectivePostProcessing.any(parser.parse(""), node -> true));
  }
}
