package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The syntax of mermaid 11 beyond the classic flowchart, each item read back from the SVG. */
class FlowchartMermaid11SyntaxTest {

  private static SvgReadBack draw(String text) {
    Diagram d = new MermaidRenderer().render(text, "m");
    return new SvgReadBack(assertInstanceOf(Diagram.Svg.class, d, () -> d.toString()).svg());
  }

  private static Layout.Box box(SvgReadBack svg, String nodeId) {
    Element rect = svg.doc.selectFirst("g.node[data-id=" + nodeId + "] rect");
    SvgReadBack.Box b = SvgReadBack.box(rect);
    return new Layout.Box(b.x(), b.y(), b.w(), b.h());
  }

  @Test
  void readsEdgeIdsAndTheirMetadata() {
    SvgReadBack svg = draw("flowchart LR\n  A e1@--> B\n  B e2@==> C\n  e1@{ animate: true }\n  e2@{ animation: slow }\n  C --> D\n");
    assertEquals(List.of("e1: A>B normal none/point animated", "e2: B>C thick none/point animated", "L_C_D_0: C>D normal none/point"),
        svg.edges());
    assertEquals(List.of("A", "B", "C", "D"), List.copyOf(svg.nodes().keySet()), "e1 and e2 are edges, not nodes");
  }

  /** What mermaid's parser rejects and quire once drew: each an error at the place mermaid stops. */
  @ParameterizedTest
  @CsvSource(delimiter = '~', textBlock = """
      flowchart TD\\n  A[@Config] --> B               ~ 15 ~ an edge id
      flowchart TD\\n  A -->|@Check| B                ~ 17 ~ an edge id
      flowchart TD\\n  A --> B[x@y]                   ~ 21 ~ an edge id
      flowchart TD\\n  A --> B\\n  classDef c font:@x  ~ 36 ~ an edge id
      flowchart TD\\n  A e1@ B                        ~ 17 ~ not followed by a link
      flowchart TD\\n  A -. x.y .-> B                 ~ 21 ~ cannot hold a '.'
      flowchart TD\\n  A == a=b ==> B                 ~ 21 ~ cannot hold a '='
      flowchart TD\\n  start --> end                  ~ 25 ~ 'end' is a keyword
      flowchart TD\\n  A --> end-user                 ~ 21 ~ 'end' is a keyword
      flowchart TD\\n  A & style --> B                ~ 19 ~ 'style' is a keyword
      flowchart TD\\n  A --> click                    ~ 21 ~ 'click' is a keyword
      flowchart TD\\n  x-->y                          ~ 15 ~ 'x-->'
      flowchart TD\\n  A[""] --> B                    ~ 16 ~ label is empty
      flowchart TD\\n  A -->|| B                      ~ 20 ~ label is empty
      flowchart TD\\n  subgraph S[""]\\n  A\\n  end     ~ 25 ~ label is empty
      flowchart TD\\n  A --> B\\n  style A fill:#f00,  ~ 42 ~ a ',' last
      flowchart TD\\n  A --> B\\n  style A ,fill:#f00  ~ 33 ~ a ',' first
      flowchart TD\\n  A --> B\\n  linkStyle 0 a:b,,c:d ~ 41 ~ after another ','
      flowchart TD\\n  subgraph\\n  A\\n  end       ~ 15 ~ needs an id or a title
      flowchart TD\\n  subgraph \\n  A\\n  end      ~ 15 ~ needs an id or a title
      flowchart TD\\n  subgraph;A\\n  end         ~ 15 ~ needs an id or a title
      flowchart TD\\n  A -- x "y" --> B    ~ 22 ~ quoted only from its start
      flowchart TD\\n  A -- "x" "y" --> B  ~ 24 ~ quoted only from its start
      flowchart TD\\n  A -- "" --> B       ~ 20 ~ text is empty
      flowchart TD\\n  A -- "x --> B       ~ 20 ~ quoted text is not closed
      flowchart TD\\n  A\\n  click A            ~ 25 ~ one blank between the parts
      flowchart TD\\n  A\\n  click A call f     ~ 25 ~ one blank between the parts
      flowchart TD\\n  A\\n  click A f()        ~ 25 ~ one blank between the parts
      flowchart TD\\n  A\\n  click A href       ~ 25 ~ one blank between the parts
      flowchart TD\\n  A\\n  click A  cb        ~ 25 ~ one blank between the parts
      flowchart TD\\n  A\\n  click A cb "t" "x" ~ 25 ~ one blank between the parts
      flowchart TD\\n  A\\n  click A "u" x      ~ 25 ~ one blank between the parts
      flowchart TD\\n  A\\n  click A cb ;B      ~ 25 ~ one blank between the parts
      """)
  void rejectsWhatMermaidRejects(String text, int offset, String says) {
    Diagram d = new MermaidRenderer().render(text.replace("\\n", "\n"), "m");
    Diagram.Invalid invalid = assertInstanceOf(Diagram.Invalid.class, d, () -> text + " -> " + d);
    assertTrue(invalid.message().contains(says), invalid.message());
    assertEquals(offset, invalid.offset(), invalid.message());
  }

  @Test
  void readsWhatMermaidAcceptsBesideThose() {
    // An @ after a blank or inside quotes, an edge id before its link, shape data, "default" and
    // ids that only start like a keyword.
    assertEquals(Map.of("A", "mail user@x.com", "B", "@Config", "default", "default", "endpoint", "endpoint"),
        draw("flowchart TD\n  A[mail user@x.com] e1@ --> B[\"@Config\"]\n  B --> default & endpoint\n").nodes());
    assertEquals(List.of("L_A_B_0: A>B normal none/point 'x'"), draw("flowchart TD\n  A[x]\"\" --> |x| B\n").edges(),
        "an empty string is no token; a |label| may follow its link's line end");
    assertEquals(List.of("L_A_B_0: A>B normal none/point 'x'"), draw("flowchart TD\n  A -->\n  |x| B\n").edges());
    // A link's quoted text, and text after it, as written; an empty string in it is nothing.
    assertEquals(List.of("L_A_B_0: A>B normal none/point 'x y'", "L_B_C_0: B>C thick none/point 'xy'", "L_C_D_0: C>D normal none/point 'z'"),
        draw("flowchart TD\n  A -- \"x\" y --> B\n  B == \"x\"y ==> C\n  C -- z \"\" --> D\n").edges());
    // An empty string after a label's text is nothing too.
    assertEquals(Map.of("A", "x", "B", "x y", "C", "a"), draw("flowchart TD\n  A[x\"\"] --> B(x \"\" y)\n  C[\"a\"\"\"]\n").nodes());
  }

  @Test
  void readsALinksTextOverLinesATitleAfterItsQuotesAndTagsAsTheBrowserReadsThem() {
    SvgReadBack svg = draw("flowchart TD\n  subgraph \"Main\" line\n  A -- one or\n     two --> B\n  end\n"
        + "  C[\"x <align=left>y</>\"]\n");
    assertEquals(List.of("L_A_B_0: A>B normal none/point 'one or\ntwo'"), svg.edges());
    assertEquals(Map.of("subGraph0", "Main line"), svg.subgraphTitles());
    assertEquals("x y", svg.nodes().get("C"));
    // Joined as written: "a"b is the title and id ab; a second quoted text is an error.
    assertEquals(Map.of("ab", "ab"), draw("flowchart TD\n  subgraph \"a\"b\n  A\n  end\n").subgraphTitles());
    // With a title in brackets after them, the quoted text and what follows it are the id.
    assertEquals(Map.of("a b", "c d"), draw("flowchart TD\n  subgraph \"a\" b [c d]\n  A\n  end\n").subgraphTitles());
    assertEquals(Map.of("a", "c"), draw("flowchart TD\n  subgraph \"a\"[c]\n  A\n  end\n").subgraphTitles());
    assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("flowchart TD\n  subgraph \"a\" \"b\"\n  A\n  end\n", "m"));
    // A quote that starts a word of an unquoted title starts a string: an error; inside a word it is text.
    assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("flowchart TD\n  subgraph x \"a b\"\n  A\n  end\n", "m"));
    assertEquals(Map.of("a\"b", "a\"b"), draw("flowchart TD\n  subgraph a\"b\n  A\n  end\n").subgraphTitles());
  }

  @Test
  void drawsALinkWhoseEndDoesNotMatchItsStartAsMermaidDoes() {
    // mermaid's lexer takes the o or x before "==>" for the end's own, a normal line; and a head at
    // the start must be the one at the end. Such an edge is "INVALID": a plain arrow.
    assertEquals(List.of("L_A_B_0: A>B normal none/point 'N'", "L_B_C_0: B>C normal none/point 'text'",
        "L_C_D_0: C>D normal point/point 'both'", "L_D_E_0: D>E thick none/point 'Yes'"),
        draw("flowchart TD\n  A ==No==> B\n  B o-- text --> C\n  C <-- both --> D\n  D ==Yes==> E\n").edges());
    assertEquals(List.of("L_A_B_0: A>B normal none/point", "L_B_C_0: B>C normal none/point 'text'"),
        draw("flowchart TD\n  A --> B\n  o-- text --> C\n").edges(), "a link with a head may start a line too");
  }

  @Test
  void dropsWhatMermaidsSanitiserDropsFromALabel() {
    assertEquals("x y", draw("flowchart TD\n  A[\"x <!-- note --> <script>alert(1)</script>y\"]\n").nodes().get("A"));
  }

  /** Tags and what is no tag, each read as the browser's HTML tokenizer reads it (probed beside mermaid 11.17.2). */
  @ParameterizedTest
  @CsvSource(delimiter = '~', textBlock = """
      a </ b> c            ~ a c
      a </3> c             ~ a c
      a <!x> c             ~ a c
      a <?php x ?> c       ~ a c
      a <!-- open          ~ a
      a <!--> b            ~ a b
      a <x/y> c            ~ a c
      a <b/c>d</b> e       ~ a d e
      a <b <i>c</i>        ~ a c
      a <b c='<'>d         ~ a d
      size <limit          ~ size
      x </x                ~ x
      a <3 b               ~ a <3 b
      a < b > c            ~ a < b > c
      a </                 ~ a </
      a<br clear=all>b     ~ a\\nb
      p<style>y</style>q   ~ pq
      p<noscript>y</noscript>q ~ pq
      p<plaintext>z        ~ p
      <title>t</title>e    ~ e
      p <title>t</title> q ~ p t q
      <b>x</b> &radic;N &pi; ~ x √N π
      a #radic; b          ~ a √ b
      &QUOT; &Quot;        ~ " &Quot;
      """)
  void readsTagsAsTheBrowserReadsThem(String label, String shown) {
    assertEquals(shown.replace("\\n", "\n"), draw("flowchart TD\n  A[\"" + label + "\"]\n").nodes().get("A"), label);
  }

  @Test
  void aDiagramsOwnClassesNamedAsTheDrawingsGroupsReadBackAsWritten() {
    // The read-back finds nodes, edges and subgraphs by their group, not by a class a diagram may use too.
    SvgReadBack svg = draw("flowchart TD\n  subgraph S\n  A:::cluster --> B\n  end\n  classDef node fill:#eee\n"
        + "  classDef edge fill:#ddd\n  classDef cluster fill:#ccc\n  class S node\n  class B edge\n");
    assertEquals(List.of("A", "B"), List.copyOf(svg.nodes().keySet()));
    assertEquals(Map.of("S", "S"), svg.subgraphTitles());
    assertEquals(List.of("L_A_B_0: A>B normal none/point"), svg.edges());
  }

  @Test
  void readsIdsThatEndInADashAndDrawsAnIconIdAsItsIcon() {
    // mermaid's NODE_STRING holds a '-' before anything but '>', '-' or '.', a blank or line end too.
    assertEquals(List.of("L_A-_B-_0: A->B- normal none/point"), draw("flowchart TD\n  A- --> B-\n  -\n").edges());
    assertTrue(draw("flowchart TD\n  A- --> B-\n  -\n").nodes().containsKey("-"));
    // A node without a label draws its id as a label is drawn: an icon id is its icon, no text.
    SvgReadBack svg = draw("flowchart LR\n  fa:fa-check --> B\n");
    assertEquals("", svg.nodes().get("fa:fa-check"));
    assertEquals(1, svg.doc.select("g.node[data-id=fa:fa-check] svg.icon").size());
  }

  @ParameterizedTest
  @CsvSource({">,LR", "<,RL", "^,BT", "v,TB"})
  void readsDirectionSymbols(String symbol, String direction) {
    assertEquals(direction, draw("graph " + symbol + "\nA-->B\n").direction());
  }

  @Test
  void aLinkMayStartALine() {
    assertEquals(List.of("L_A_B_0: A>B normal none/point", "L_B_C_0: B>C thick none/point"),
        draw("graph TD\nA\n--> B\n  ==> C\n").edges());
  }

  @Test
  void drawsAnImageInALabelAndNeverAScriptAddress() {
    SvgReadBack svg = draw("graph TD\nA[\"<img src='logo.png' width='40' height='30'/> Logo\"] --> B[\"<img src='javascript:alert(1)'/> B\"]\n");
    Element image = svg.doc.selectFirst("g.node[data-id=A] image");
    assertEquals("logo.png", image.attr("href"));
    assertEquals("40", image.attr("width"));
    assertEquals("Logo", svg.nodes().get("A"));
    assertTrue(svg.doc.select("g.node[data-id=B] image").isEmpty());
  }

  @Test
  void readsDoubleQuotedAttributesOfATagInAnUnquotedLabelAsMermaidDoes() {
    // mermaid single-quotes a tag's attribute values before parsing, across lines too.
    SvgReadBack svg = draw("graph TD\nA[x <img src=\"logo.png\" width=\"40\"> y] --> B(<img\nsrc=\"b.png\"> z)\n");
    assertEquals("logo.png", svg.doc.selectFirst("g.node[data-id=A] image").attr("href"));
    assertEquals("40", svg.doc.selectFirst("g.node[data-id=A] image").attr("width"));
    assertEquals("x y", svg.nodes().get("A"));
    assertEquals("b.png", svg.doc.selectFirst("g.node[data-id=B] image").attr("href"));
    // A quote that is no attribute value still starts a string, which mermaid rejects here.
    assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("graph TD\nA[a \"b\" c]\n", "m"));
    assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("graph TD\nA[x <a \"b\">]\n", "m"));
    assertEquals("x <img src='[y]'> \"z\"", FlowchartParser.singleQuotedAttributes("x <img src=\"[y]\"> \"z\""));
    assertEquals("a <b c=\"d", FlowchartParser.singleQuotedAttributes("a <b c=\"d"));
  }

  @Test
  void dropsBlankLinesAtEitherEndOfAQuotedLabel() {
    SvgReadBack svg = draw("graph LR\nA[\"\n\n    first\n    second\n    \"] -->|\"\n  edge\n  \"| B[\"<br>after a break\"]\n");
    assertEquals("first\nsecond", svg.nodes().get("A"));
    assertEquals("\nafter a break", svg.nodes().get("B"));
  }

  @Test
  void anUnquotedLabelMayGoOnOverSeveralLines() {
    SvgReadBack svg = draw("graph TD\nA[first\n  second] -->|one\ntwo| B(left\nright)\n");
    assertEquals("first\nsecond", svg.nodes().get("A"));
    assertEquals("left\nright", svg.nodes().get("B"));
    assertTrue(svg.edges().get(0).contains("'one\ntwo'"), svg.edges().get(0));
  }

  /**
   * mermaid's renderer draws a backslash and an "n" as a line break in a node's label, an edge's
   * and a subgraph's title (its parser keeps both characters), but not in a markdown string.
   * 34 of 627 flowcharts gathered from public repositories write line breaks this way.
   */
  @Test
  void aBackslashAndAnNBreakALineOutsideMarkdownStrings() {
    SvgReadBack svg = draw("graph LR\nA[\"CLI args\\n--train\"] -->|edge\\ntext| B{C:\\new}\n"
        + "subgraph S[\"Title\\nSecond\"]\nC[\"`md\\nkept`\"]\nD[\"a\\\\nb\"]\nend\n");
    assertEquals("CLI args\n--train", svg.nodes().get("A"));
    assertTrue(svg.edges().get(0).contains("'edge\ntext'"), svg.edges().get(0));
    assertEquals("C:\new", svg.nodes().get("B"));
    assertEquals(Map.of("S", "Title\nSecond"), svg.subgraphTitles());
    assertEquals("md\\nkept", svg.nodes().get("C"));
    assertEquals("a\\\nb", svg.nodes().get("D"));
  }

  /**
   * {@code <code>} in a label is drawn in the monospace font, as mermaid.js's HTML label draws it
   * (Cloudflare's diagrams write hostnames so), and the node is sized for that font.
   */
  @Test
  void codeInALabelIsDrawnInTheMonospaceFontAndSizedForIt() {
    SvgReadBack svg = draw("flowchart TD\nA[\"Use <code>origin.test</code>\"] --> B[\"Use origin.test\"]\n");
    Element code = svg.doc.selectFirst("g.node[data-id=A] tspan[font-family=monospace]");
    assertEquals("origin.test", code.text());
    assertEquals("Use origin.test", svg.nodes().get("A"));
    assertEquals(null, svg.doc.selectFirst("g.node[data-id=B] tspan[font-family]"));
    double sans = NodeGeometry.width(List.of(new Label.Run("origin.test", false, false, false)), 16);
    assertEquals(11 * 0.6 * 16 - sans, box(svg, "A").w() - box(svg, "B").w(), 1.0, "the code run measured at 0.6 em a character");
    // Wrapped, the blank after a word of code stays in the text's font.
    SvgReadBack wrapped = draw("flowchart TD\nA[\"Forced <code>CNAME</code> flattening is enabled at the apex of the zone\"]\n");
    for (Element c : wrapped.doc.select("g.node[data-id=A] tspan[font-family=monospace]")) {
      assertEquals("CNAME", c.text());
      assertEquals("CNAME", c.wholeText());
    }
    assertEquals("Forced CNAME flattening is enabled at the apex of the zone", wrapped.nodes().get("A"));
  }

  @Test
  void aClickStatementEndsOutsideItsQuotesAndParentheses() {
    SvgReadBack svg = draw("flowchart TD\nA-->B\nclick A \"https://x.example/?a=1;b=2\" \"a tool\ntip\"\nclick B call f(\"a;b\"); B-->C\n");
    assertEquals(Map.of("A", "A", "B", "B", "C", "C"), svg.nodes());
    assertEquals(2, svg.edges().size());
  }

  @Test
  void anIdMayHoldColonsCommasAmpersandsAndPercentSignsAsInMermaid() {
    SvgReadBack svg = draw("graph TB\naccTitle:Ids\nbfs1:queue --> a,b\nR&D --> x%y\nA & B --> C:::hot\nclassDef hot fill:#f00\n"
        + "class a,b,R&D hot\nlinkStyle 0,1 stroke:red\n");
    assertEquals(List.of("A", "B", "C", "R&D", "a,b", "bfs1:queue", "x%y"), svg.nodes().keySet().stream().sorted().toList());
    assertEquals("Ids", svg.doc.selectFirst("svg > title").text());
    assertEquals(4, svg.edges().size());
    assertTrue(svg.doc.selectFirst("g.node[data-id=\"R&D\"]").hasClass("hot"), "class lists are cut at commas");
    assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("flowchart-v2 TD\nA-->B\n", "m"),
        "mermaid takes every text that starts with flowchart for one, and rejects this word");
  }

  @Test
  void readsMoreOfMermaidsRulesSeenInDiagramsPeopleWrite() {
    // Front matter indented with the diagram, as in a list item.
    SvgReadBack indented = draw("  ---\n  title: Indented\n  ---\n  graph LR\n  a --> b\n");
    assertEquals("Indented", indented.doc.selectFirst("text.flowchartTitleText").text());
    // A trapezoid's label may hold quotes; a quoted edge text may hold a link.
    SvgReadBack svg = draw("graph TD\nM[/ say \"hello\" \\] -- \"a -- b\" --> N[models/<drug>/v<N>/ x]\n");
    assertEquals("say \"hello\"", svg.nodes().get("M"));
    assertTrue(svg.edges().get(0).contains("'a -- b'"), svg.edges().get(0));
    // mermaid's sanitiser drops a tag it does not know, keeping its text.
    assertEquals("models//v/ x", svg.nodes().get("N"));
  }

  @Test
  void readsTheRulesOfCloudflaresAndOtherPublishedDiagrams() {
    SvgReadBack svg = draw("flowchart TD\nA[\"quoted\" and raw] -->\n  B(\"`*md*`\"\n  ):::c --No--> C[one </br> two]\n"
        + "subgraph \" \"\nD\nend\nclass A,B, c\nclassDef c fill:#fff\n");
    assertEquals("quoted and raw", svg.nodes().get("A"), "raw text after the quotes joins the label");
    assertEquals("md", svg.nodes().get("B"), "a line end before the closer is blank");
    assertEquals("one\ntwo", svg.nodes().get("C"), "</br> is a line break, as browsers read it");
    assertEquals(List.of("L_A_B_0: A>B normal none/point", "L_B_C_0: B>C normal none/point 'N'"), svg.edges(),
        "a link's node may start the next line; an o right before the closing link belongs to it");
    assertEquals(Map.of("subGraph0", ""), svg.subgraphTitles(), "a blank quoted title is no id");
  }

  @Test
  void aNoBreakSpaceIsABlankAsInMermaid() {
    // Text copied from a web page often comes indented with no-break spaces (U+00A0), which
    // mermaid's lexer reads as blanks, as it does the ideographic space.
    SvgReadBack svg = draw("flowchart LR\n\u00a0\u00a0%% step\n\u00a0\u00a0Lamp -->\u00a0Plug\n\u3000Plug --> Wall\n");
    assertEquals(List.of("L_Lamp_Plug_0: Lamp>Plug normal none/point", "L_Plug_Wall_0: Plug>Wall normal none/point"), svg.edges());
  }

  @Test
  void aCommentIsALineOfItsOwnAsInMermaid() {
    // mermaid drops the lines that start with %% before it parses; elsewhere %% is text.
    SvgReadBack svg = draw("graph TD\n  %% a comment\n  Kettle --> Cup\n%%\n  Cup;%%x\n");
    assertEquals(List.of("%%", "%%x", "Cup", "Kettle"), svg.nodes().keySet().stream().sorted().toList());
    assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("graph TD\n  Kettle --> Cup %% boils\n", "m"));
    assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("graph TD %% top down\n  Kettle --> Cup\n", "m"));
  }

  @Test
  void aBlankOrListLabelInShapeDataIsDrawnAsMermaidDrawsIt() {
    SvgReadBack svg = draw("flowchart LR\n  gap@{ shape: rounded, label: \" \" } --> pair@{ label: [\"salt\", \"pepper\"] }\n"
        + "  named@{ label: \"\" }\n");
    assertEquals("", svg.nodes().get("gap"), "a blank label is drawn blank, not replaced by the id");
    assertEquals("salt,pepper", svg.nodes().get("pair"), "a list is written as JavaScript writes an array");
    assertEquals("named", svg.nodes().get("named"), "an empty label leaves the id");
  }

  @Test
  void aLabelOfLineBreaksAloneIsDrawnAsItsEmptyLines() {
    // mermaid.js draws <br> as a line break even with no text around it: an edge label of breaks
    // alone is an empty box as tall as its lines, a node or subgraph title that tall. A blank
    // label is no label.
    SvgReadBack svg = draw("flowchart LR\nA[<br>] -- <br> --> B\nB -->|\"<br/><br>\"| C -->|\" \"| D\n"
        + "subgraph S [<br>]\nD\nend\n");
    assertEquals("\n", svg.nodes().get("A"));
    assertEquals(List.of("L_A_B_0: A>B normal none/point '\n'", "L_B_C_0: B>C normal none/point '\n\n'",
        "L_C_D_0: C>D normal none/point"), svg.edges());
    assertEquals("\n", svg.subgraphTitles().get("S"));
    Element label = svg.doc.selectFirst("g.edge[data-id=L_A_B_0] .edgeLabel rect");
    assertTrue(Double.parseDouble(label.attr("height")) > 2 * NodeGeometry.FONT_SIZE, label::outerHtml);
  }

  @Test
  void readsSubgraphsAsMermaidDoes() {
    SvgReadBack svg = draw("graph TD\nsubgraph \"Core\" \nA\nend\nsubgraph \"Edge\"\nB\nend\n"
        + "subgraph sub [One]\nC\nend\nsubgraph sub [Two]\nD\nend\n");
    // A blank after the closing quote makes the title no id; one written twice is one subgraph.
    assertEquals(Map.of("subGraph0", "Core", "Edge", "Edge", "sub", "Two"), svg.subgraphTitles());
    assertEquals("sub", svg.parents().get("C"));
    assertEquals("sub", svg.parents().get("D"));
    // What mermaid rejects in a title written without quotes.
    for (String title : List.of("a (b)", "a, b", "a -> b", "a == b", "a=b")) {
      assertInstanceOf(Diagram.Invalid.class, new MermaidRenderer().render("graph TD\nsubgraph " + title + "\nA\nend\n", "m"), title);
    }
    assertEquals(Map.of("subGraph0", "a - b ^ c"), draw("graph TD\nsubgraph a - b ^ c\nA\nend\n").subgraphTitles());
  }

  @Test
  void aTitleInBracketsAfterNoIdIsAnErrorOnPurpose() {
    // mermaid reads "subgraph  [T]" as a subgraph whose id is the empty string and which holds
    // none of the nodes written inside it; quire asks for the id instead.
    Diagram d = new MermaidRenderer().render("flowchart TD\nsubgraph  [T]\nA\nend\n", "m");
    Diagram.Invalid invalid = assertInstanceOf(Diagram.Invalid.class, d);
    assertEquals("Expected a subgraph id before '['.", invalid.message());
    assertEquals("flowchart TD\nsubgraph  ".length(), invalid.offset());
  }

  @Test
  void aSubgraphNameAfterTwoBlanksIsATitleWithAnIdOfItsOwn() {
    // mermaid separates "subgraph" from the id by one blank; another makes the name a title.
    SvgReadBack svg = draw("flowchart TD\nsubgraph  main\nA\nend\nsubgraph\tother\nB\nend\nsubgraph  third [T]\nC\nend\n");
    assertEquals(Map.of("subGraph0", "main", "other", "other", "third", "T"), svg.subgraphTitles());
  }

  @Test
  void aNodeMentionedInASubgraphAfterItsDeclarationMovesInside() {
    SvgReadBack svg = draw("flowchart TB\nB\nsubgraph A\nB\nend\nC-->B\n");
    assertEquals("A", svg.parents().get("B"));
    assertEquals("", svg.parents().get("C"));
  }

  @Test
  void aSubgraphMentionedInAnEarlierOneIsDrawnInsideIt() {
    SvgReadBack svg = draw("flowchart TB\n  subgraph A\n  b-->B\n  a\n  end\n  a-->c\n  subgraph B\n    c\n  end\n");
    assertEquals("A", svg.parents().get("B"));
    assertEquals("B", svg.parents().get("c"));
  }

  @Test
  void rejectsAColourThatMermaidReadsAsACharacterCode() {
    Diagram d = new MermaidRenderer().render("graph TD;A;style A background: #bbb;", "m");
    Diagram.Invalid invalid = assertInstanceOf(Diagram.Invalid.class, d);
    assertTrue(invalid.message().startsWith("mermaid reads '#bbb;' as a character code"), invalid.message());
    assertInstanceOf(Diagram.Svg.class, new MermaidRenderer().render("graph TD\nA\nstyle A fill:#bbb;\n", "m"));
  }

  @Test
  void drawsMarkdownStringsBoldAndItalicWithoutTheirMarkers() {
    SvgReadBack svg = draw("flowchart LR\nA[\"`This **is** _Markdown_`\"] -- \"`an *edge*`\" --> B\n");
    assertEquals("This is Markdown", svg.nodes().get("A"));
    assertEquals("is", svg.doc.selectFirst("g.node[data-id=A] tspan[font-weight=bold]").text());
    assertEquals("Markdown", svg.doc.selectFirst("g.node[data-id=A] tspan[font-style=italic]").text());
    assertEquals("edge", svg.doc.selectFirst("g.edgeLabel tspan[font-style=italic]").text());
    assertFalse(svg.doc.text().contains("*") || svg.doc.text().contains("`"));
  }

  @Test
  void boldAndItalicInAMarkdownStringGoOnOverALineBreakButNotOverABlankLine() {
    // As marked, mermaid's Markdown reader, reads them: one paragraph may break its line, a blank
    // line starts the next.
    SvgReadBack svg = draw("flowchart LR\nA[\"`**one<br>two**`\"] --> B[\"`_three\nfour_`\"] --> C[\"`**five\n\nsix**`\"]\n");
    assertEquals("one\ntwo", svg.nodes().get("A"));
    assertEquals(List.of("one", "two"), svg.doc.select("g.node[data-id=A] tspan[font-weight=bold]").eachText());
    assertEquals(List.of("three", "four"), svg.doc.select("g.node[data-id=B] tspan[font-style=italic]").eachText());
    assertEquals("**five\n\nsix**", svg.nodes().get("C"));
    assertTrue(svg.doc.select("g.node[data-id=C] tspan[font-weight=bold]").isEmpty());
  }

  @Test
  void neverShowsAnIconsNameAsText() {
    SvgReadBack svg = draw("flowchart TD\nB[\"fa:fa-twitter for peace\"] --> C(fa:fa-ban forbidden)\nD@{ icon: \"fa:user\", label: \"User\" }\n");
    assertFalse(svg.doc.select("text").text().contains("fa:"), svg.doc.select("text").text());
    assertEquals("for peace", svg.nodes().get("B"));
    assertEquals("User", svg.nodes().get("D"));
    assertEquals("fa:fa-twitter", svg.doc.selectFirst("g.node[data-id=B] tspan.icon").attr("data-icon"));
  }

  /**
   * {@code <a href>} in a label links its text, as mermaid's sanitiser keeps it: in a node, an
   * edge label, across the lines a long label wraps to (the blank between two of its words in
   * it); never to an address that runs code. Each address is handed out where it is written.
   */
  @Test
  void anAnchorInALabelLinksItsText() {
    String text = """
        flowchart TD
          A[an <b>important</b> <a href='setup.md'>read</a>] -- "see <a href='#top'>the top</a>" --> B
          B --> C["<a href='javascript:alert(1)'>evil</a>"]
          C --> D["<a href='https://example.com/long'>a linked label long enough to wrap onto two lines</a>"]
        """;
    Diagram.Svg svg = assertInstanceOf(Diagram.Svg.class, new MermaidRenderer().render(text, "m"));
    SvgReadBack read = new SvgReadBack(svg.svg());
    Element a = read.doc.selectFirst("g.node[data-id=A] text a");
    assertEquals("setup.md", a.attr("href"));
    assertEquals("read", a.text());
    assertEquals("an important read", read.nodes().get("A"), "the text reads as before");
    assertEquals("the top", read.doc.selectFirst("g.edgeLabel text a[href=#top]").text());
    assertEquals(null, read.doc.selectFirst("g.node[data-id=C] a"), "javascript: is no link");
    assertEquals("evil", read.nodes().get("C"));
    org.jsoup.select.Elements wrapped = read.doc.select("g.node[data-id=D] text a");
    assertTrue(wrapped.size() > 1, "each wrapped line holds the link");
    assertEquals(read.doc.select("g.node[data-id=D] text > tspan").size(), wrapped.size(), "one link a line, its blanks in it");
    assertEquals("a linked label long enough to wrap onto two lines", String.join(" ", wrapped.eachText()));
    assertTrue(wrapped.stream().allMatch(e -> e.attr("href").equals("https://example.com/long")));
    assertEquals(List.of("setup.md", "https://example.com/long", "#top"), svg.links().stream().map(Diagram.Link::href).toList(), "nodes, then edges");
    assertEquals("graphics-document", read.doc.selectFirst("svg").attr("role"));
  }

  /**
   * Font Awesome Free's icons are drawn in the em of space their label leaves, as high as the
   * font and coloured as the text: by their name in the named style, in another style, or by
   * their Font Awesome 4 name; an icon it does not have leaves its space empty.
   */
  @Test
  void drawsFontAwesomeIconsInTheSpaceTheirLabelLeaves() {
    SvgReadBack svg = draw("""
        flowchart LR
          A["fa:fa-car Car"] --> B[fab:fa-github GitHub] --> C[fa:fa-file-text-o Old name] --> D[fa:fa-no-such-icon None]
          E@{ icon: "fa:user", label: "User" }
          F@{ icon: "fa:user", label: "Tall", h: 60, form: square }
          style A color:#c00
        """);
    Element car = svg.doc.selectFirst("g.node[data-id=A] svg.icon");
    assertEquals("0 0 512 512", car.attr("viewBox"));
    assertTrue(car.selectFirst("path").attr("d").startsWith("M135.2 117.4"), "the solid car");
    assertEquals("fill:#c00", car.attr("style"), "coloured as the text");
    // The line "<em> Car" is centred on its anchor; the icon fills its first em, the font's size high.
    Element line = svg.doc.selectFirst("g.node[data-id=A] text tspan");
    double width = NodeGeometry.width(Fixtures.parse("flowchart LR\nA[\"fa:fa-car Car\"]").nodes().get(0).text().lines().get(0), 16);
    assertEquals(Double.parseDouble(line.attr("x")) - width / 2, Double.parseDouble(car.attr("x")), 0.01);
    assertEquals(Double.parseDouble(line.attr("y")) + 2 - 16, Double.parseDouble(car.attr("y")), 0.01);
    assertEquals("16", car.attr("height"));
    assertEquals("0 0 496 512", svg.doc.selectFirst("g.node[data-id=B] svg.icon").attr("viewBox"), "github, a brand");
    assertEquals("0 0 384 512", svg.doc.selectFirst("g.node[data-id=C] svg.icon").attr("viewBox"), "file-lines, regular");
    assertEquals(null, svg.doc.selectFirst("g.node[data-id=D] svg.icon"));
    assertEquals("None", svg.nodes().get("D"), "its name is not shown either");
    // An icon shape's icon: a 48 px square (or h px) above its label, coloured as node borders are.
    Element user = svg.doc.selectFirst("g.node[data-id=E] svg.icon");
    assertEquals(List.of("48", "48"), List.of(user.attr("width"), user.attr("height")));
    assertTrue(user.hasClass("asset"));
    double labelTop = Double.parseDouble(svg.doc.selectFirst("g.node[data-id=E] text tspan").attr("y")) - 16;
    assertTrue(Double.parseDouble(user.attr("y")) + 48 <= labelTop, "above the label");
    assertEquals("User", svg.nodes().get("E"));
    assertEquals("60", svg.doc.selectFirst("g.node[data-id=F] svg.icon").attr("height"));
    assertEquals(null, svg.doc.selectFirst("g.node[data-id=E] rect"), "no outline but its form's");
    assertNotNull(svg.doc.selectFirst("g.node[data-id=F] rect"));
    assertTrue(svg.doc.selectFirst("style").text().contains("svg.icon.asset{fill:#9370DB;fill:var(--mermaid-node-stroke,#9370DB)}"));
  }

  /**
   * An icon shape's form is drawn behind its icon alone, as mermaid draws it: a square 7.5 px
   * wider than the icon on each side (rounded: 5 px corners), or a circle through the icon's
   * corners and 20 px beyond; filled and outlined in the node's fill, the theme's or its own; the
   * label 8 px below it; no outline around the node; and edges ending on the form.
   */
  @ParameterizedTest
  @CsvSource({"square, rect, 63", "rounded, rect, 63", "circle, circle, 107.88"})
  void drawsAnIconsFormBehindTheIconAlone(String form, String element, double side) {
    SvgReadBack svg = draw("flowchart LR\n  A[Start] --> F@{ icon: \"fa:user\", form: " + form
        + ", label: \"A label wider than its form\" }\n  F --> G@{ icon: \"fa:user\", form: " + form
        + " }\n  style G fill:#fc0,stroke:#c00\n");
    Element node = svg.doc.selectFirst("g.node[data-id=F]");
    Element shape = node.selectFirst(".icon-form");
    assertNotNull(shape, "a form");
    assertEquals(element, shape.tagName());
    double cx = element.equals("circle") ? d(shape, "cx") : d(shape, "x") + d(shape, "width") / 2;
    double cy = element.equals("circle") ? d(shape, "cy") : d(shape, "y") + d(shape, "height") / 2;
    double w = element.equals("circle") ? 2 * d(shape, "r") : d(shape, "width");
    double h = element.equals("circle") ? 2 * d(shape, "r") : d(shape, "height");
    assertEquals(side, w, 0.5);
    assertEquals(side, h, 0.5);
    if (form.equals("rounded")) {
      assertEquals("5", shape.attr("rx"));
    }
    Element icon = node.selectFirst("svg.icon.asset");
    assertEquals(cx, d(icon, "x") + d(icon, "width") / 2, 0.5, "the icon in the form's middle");
    assertEquals(cy, d(icon, "y") + d(icon, "height") / 2, 0.5);
    assertEquals(48, d(icon, "width"), 0.01);
    assertEquals(1, node.select("rect, circle, ellipse, polygon, path").stream().filter(e -> e.closest("svg.icon") == null).count(),
        "no outline around the node, only the form");
    LayoutGeometry.Box label = LayoutGeometry.textBox(node.selectFirst("text")).orElseThrow();
    assertEquals(cy + h / 2 + 8, label.y(), 0.5, "the label 8 px below the form");
    assertEquals(cx, label.x() + label.w() / 2, 0.5);
    // Filled as nodes are; outlined in the same colour, not the node's border's.
    assertEquals("", shape.attr("style"));
    assertTrue(svg.doc.selectFirst("style").text().contains(".icon-form{stroke:#ECECFF;stroke:var(--mermaid-node-fill,#ECECFF)}"));
    assertEquals("fill:#fc0;stroke:#fc0", svg.doc.selectFirst("g.node[data-id=G] .icon-form").attr("style"));
    // The edge from A ends on the form, not on the wider label's box.
    List<LayoutGeometry.Point> route = LayoutGeometry.sample(svg.doc.selectFirst("g.edge[data-from=A] path").attr("d"));
    LayoutGeometry.Point end = route.get(route.size() - 1);
    if (element.equals("circle")) {
      assertEquals(w / 2, Math.hypot(end.x() - cx, end.y() - cy), 0.5, "on the circle");
    } else {
      assertEquals(cx - w / 2, end.x(), 0.5, "on the form's left side");
    }
    assertEquals(List.of(), LayoutDefects.count(LayoutGeometry.fromQuireSvg(form, svg)).found());
  }

  /**
   * {@code pos: t} puts an icon shape's label above its icon and form, {@code pos: b} and no
   * {@code pos} below them, as mermaid draws them (only "t" counts, as in mermaid): the same gap
   * between label and form (8 px; 6 px to an icon without one), the label centred on the form, the
   * icon in the form's middle, and the edge ending on the form wherever it is.
   */
  @ParameterizedTest
  @CsvSource({"square, t, true, 8", "square, b, false, 8", "square, '', false, 8", "square, top, false, 8",
      "rounded, t, true, 8", "rounded, '', false, 8", "circle, t, true, 8", "circle, b, false, 8",
      "none, t, true, 6", "none, '', false, 6"})
  void putsAnIconShapesLabelAboveItForPosT(String form, String pos, boolean above, double gap) {
    SvgReadBack svg = draw("flowchart LR\n  A[Start] --> F@{ icon: \"fa:user\", label: \"A label wider than its form\""
        + (form.equals("none") ? "" : ", form: " + form) + (pos.isEmpty() ? "" : ", pos: \"" + pos + "\"") + " }\n");
    Element node = svg.doc.selectFirst("g.node[data-id=F]");
    Element icon = node.selectFirst("svg.icon.asset");
    Element shape = node.selectFirst(".icon-form");
    LayoutGeometry.Box asset = shape == null ? new LayoutGeometry.Box(d(icon, "x"), d(icon, "y"), d(icon, "width"), d(icon, "height"))
        : shape.tagName().equals("circle") ? new LayoutGeometry.Box(d(shape, "cx") - d(shape, "r"), d(shape, "cy") - d(shape, "r"),
            2 * d(shape, "r"), 2 * d(shape, "r"))
        : new LayoutGeometry.Box(d(shape, "x"), d(shape, "y"), d(shape, "width"), d(shape, "height"));
    LayoutGeometry.Box label = LayoutGeometry.textBox(node.selectFirst("text")).orElseThrow();
    if (above) {
      assertEquals(label.bottom() + gap, asset.y(), 0.5, "the label " + gap + " px above the form");
    } else {
      assertEquals(asset.bottom() + gap, label.y(), 0.5, "the label " + gap + " px below the form");
    }
    double cx = asset.x() + asset.w() / 2;
    double cy = asset.y() + asset.h() / 2;
    assertEquals(cx, label.x() + label.w() / 2, 0.5, "the label centred on the form");
    assertEquals(cy, d(icon, "y") + d(icon, "height") / 2, 0.5, "the icon in the form's middle");
    List<LayoutGeometry.Point> route = LayoutGeometry.sample(svg.doc.selectFirst("g.edge[data-from=A] path").attr("d"));
    LayoutGeometry.Point end = route.get(route.size() - 1);
    if (form.equals("circle")) {
      assertEquals(asset.w() / 2, Math.hypot(end.x() - cx, end.y() - cy), 0.5, "on the circle");
    } else if (!form.equals("none")) {
      assertEquals(asset.x(), end.x(), 0.5, "on the form's left side");
      assertTrue(end.y() > asset.y() && end.y() < asset.bottom(), "beside the form, not its label: " + end);
    }
  }

  /**
   * An edge ends on an icon's form wherever {@code pos} puts it, and on the band the label takes
   * beside the form where it meets the label instead: traced from the left at the form's middle
   * and at the label's, and along the flow just beside the form.
   */
  @ParameterizedTest
  @CsvSource({"square, t", "square, b", "circle, t", "circle, b"})
  void anEdgeEndsOnTheFormWherePosPutsIt(String form, String pos) {
    Node n = Fixtures.parse("flowchart TB\nF@{ icon: \"fa:user\", form: " + form + ", label: \"A label wider than its form\", pos: "
        + pos + " }\n").nodes().get(0);
    NodeGeometry.Size size = NodeGeometry.node(n.shape(), n.text(), 16, Direction.TB);
    Layout.Box box = new Layout.Box(0, 0, size.w(), size.h());
    double side = NodeGeometry.image(n.text().image().orElseThrow()).w();
    boolean above = pos.equals("t");
    double formTop = above ? box.h() - side : 0;
    double formMiddle = formTop + side / 2;
    double labelMiddle = above ? (box.h() - side) / 2 : (side + box.h()) / 2;
    assertEquals(box.cx() - side / 2, end(n, box, new Layout.Point(-50, formMiddle), new Layout.Point(0, formMiddle)).x(), 0.5,
        "on the form's left");
    assertEquals(0, end(n, box, new Layout.Point(-50, labelMiddle), new Layout.Point(0, labelMiddle)).x(), 0.5,
        "on the label's band, wider than the form");
    // Beside the form on either side, coming from the form's side: past it, on to the label's band.
    double outside = above ? box.h() + 50 : -50;
    double onBox = above ? box.h() : 0;
    for (double x : new double[] {2, box.w() - 2}) {
      assertEquals(above ? formTop : side, end(n, box, new Layout.Point(x, outside), new Layout.Point(x, onBox)).y(), 0.5,
          "on the label's band beside the form, at x " + x);
    }
  }

  /** Where an edge coming from {@code outside} to {@code onBox} ends on node {@code n} laid out in {@code box}. */
  private static Layout.Point end(Node n, Layout.Box box, Layout.Point outside, Layout.Point onBox) {
    List<Layout.Point> route = NodeGeometry.clipEnds(List.of(outside, onBox), Optional.empty(), Optional.of(n),
        Map.of(n.id(), box));
    return route.get(route.size() - 1);
  }

  /**
   * {@code pos: t} puts an image shape's label above its image, {@code pos: b} and no {@code pos}
   * below it, both inside the node; {@code constraint: on} is read as quire always draws an image:
   * at its own proportions within the size asked for.
   */
  @ParameterizedTest
  @CsvSource({"t, true", "b, false", "'', false"})
  void putsAnImageShapesLabelAboveItForPosT(String pos, boolean above) {
    SvgReadBack svg = draw("flowchart LR\n  A --> B@{ img: \"a.png\", label: \"Image\", w: 60, h: 40, constraint: \"on\""
        + (pos.isEmpty() ? "" : ", pos: \"" + pos + "\"") + " }\n");
    Element node = svg.doc.selectFirst("g.node[data-id=B]");
    Element image = node.selectFirst("image");
    LayoutGeometry.Box img = new LayoutGeometry.Box(d(image, "x"), d(image, "y"), d(image, "width"), d(image, "height"));
    assertEquals(List.of(60.0, 40.0), List.of(img.w(), img.h()));
    assertEquals("xMidYMid meet", image.attr("preserveAspectRatio"));
    LayoutGeometry.Box label = LayoutGeometry.textBox(node.selectFirst("text")).orElseThrow();
    if (above) {
      assertEquals(label.bottom() + 6, img.y(), 0.5, "the label 6 px above the image");
    } else {
      assertEquals(img.bottom() + 6, label.y(), 0.5, "the label 6 px below the image");
    }
    assertEquals(img.x() + img.w() / 2, label.x() + label.w() / 2, 0.5);
    Layout.Box rect = box(svg, "B");
    LayoutGeometry.Box outline = new LayoutGeometry.Box(rect.x(), rect.y(), rect.w(), rect.h());
    assertTrue(outline.contains(img, 0.5) && outline.contains(label, 0.5), "both inside the node");
    assertEquals(rect.y() + 12, Math.min(img.y(), label.y()), 0.5, "the node's padding above");
  }

  private static double d(Element e, String attr) {
    return Double.parseDouble(e.attr(attr));
  }

  @Test
  void takesTitleCurveSpacingAndThemeFromFrontMatterAndInit() {
    String graph = "flowchart LR\nA --> B --> C\nA --> C\n";
    SvgReadBack plain = draw(graph);
    SvgReadBack configured = draw("---\ntitle: Order flow\nconfig:\n  flowchart:\n    curve: linear\n    rankSpacing: 120\n---\n"
        + "%%{init: {'themeVariables': {'primaryColor': '#ffcc00', 'lineColor': 'red'}}}%%\n" + graph);
    assertEquals("Order flow", configured.doc.selectFirst("text.flowchartTitleText").text());
    assertEquals("Order flow", configured.doc.selectFirst("svg > title").text());
    assertTrue(configured.doc.selectFirst("style").wholeText().contains("--mermaid-node-fill:#ffcc00;--mermaid-edge:red;"));
    assertFalse(configured.doc.select("path.flowchart-link").attr("d").contains("Q"), "linear: sharp corners");
    assertTrue(box(configured, "B").x() - box(configured, "A").right() > box(plain, "B").x() - box(plain, "A").right() + 60,
        "rankSpacing 120 puts ranks further apart");
  }

  @Test
  void aClassWithALargerFontSizeMakesItsNodeLarger() {
    SvgReadBack svg = draw("flowchart LR\nA[Label] --> B[Label]\nclassDef big font-size:30px\nclass B big\n");
    assertTrue(box(svg, "B").h() > box(svg, "A").h() * 1.5, box(svg, "B") + " " + box(svg, "A"));
    assertTrue(box(svg, "B").w() > box(svg, "A").w() * 1.5);
    assertTrue(svg.doc.selectFirst("g.node[data-id=B] text").attr("style").contains("font-size:30px"));
  }

  @Test
  void measuresChineseAtOneEmACharacter() {
    // The bundled font has no CJK glyphs: the browser's fallback draws each one em wide.
    assertEquals(4 * 16, GlyphWidths.SANS.width("中文标签", 16), 0.01);
    assertEquals(2 * 16, GlyphWidths.SANS.width("한글", 16), 0.01);
    SvgReadBack svg = draw("flowchart LR\nA[中文标签] --> B[ab]\n");
    assertTrue(box(svg, "A").w() >= 64 + 2 * NodeGeometry.PAD_X, box(svg, "A").toString());
  }

  /**
   * {@code click}: a node links to an address (its tooltip its title, its target window kept),
   * in every form mermaid reads; a script callback is no link but keeps its tooltip; an address
   * that runs code is never a link, however written; a click before its node is lost, as in
   * mermaid. The svg is then no image to assistive technology, so that its links stay links.
   */
  @Test
  void aClickMakesANodeALinkToASafeAddress() {
    String text = """
        flowchart LR
          click Z "https://example.com/early"
          A --> B --> C --> D --> E --> Z --> F --> G
          click A "https://example.com/a" "Open A" _blank
          click B href "b.md#part"
          click C,D call notify() "Notify"
          click F call open(1, "x") "Open F"
          click G callback "Call G"
          click E "java\tscript:alert(1)"
          click E href " JAVASCRIPT:alert(1)"
          click E "data:text/html,x"
        """;
    Diagram.Svg svg = assertInstanceOf(Diagram.Svg.class, new MermaidRenderer().render(text, "m"));
    SvgReadBack read = new SvgReadBack(svg.svg());
    Element a = read.doc.selectFirst("g.node[data-id=A]");
    assertEquals("https://example.com/a", a.selectFirst("a").attr("href"));
    assertEquals("_blank", a.selectFirst("a").attr("target"));
    assertEquals("noopener", a.selectFirst("a").attr("rel"));
    assertEquals("Open A", a.selectFirst("> title").text());
    assertTrue(a.hasClass("clickable"));
    assertEquals("A", SvgReadBack.lines(a.selectFirst("a > text")), "the label is inside the link");
    assertEquals("b.md#part", read.doc.selectFirst("g.node[data-id=B] a").attr("href"));
    assertEquals(List.of("Notify", "Notify", "Open F", "Call G"),
        read.doc.select("g.node[data-id=C] > title, g.node[data-id=D] > title, g.node[data-id=F] > title, g.node[data-id=G] > title").eachText());
    assertEquals(List.of("https://example.com/a", "b.md#part"), read.doc.select("a").eachAttr("href"), "no other node links");
    assertEquals(List.of(new Diagram.Link("https://example.com/a", text.indexOf("https://example.com/a"), false),
        new Diagram.Link("b.md#part", text.indexOf("b.md#part"), false)), svg.links());
    assertEquals("graphics-document", read.doc.selectFirst("svg").attr("role"));
    assertEquals("img", draw("flowchart LR\nA --> B\nclick A callback").doc.selectFirst("svg").attr("role"));
  }
}
