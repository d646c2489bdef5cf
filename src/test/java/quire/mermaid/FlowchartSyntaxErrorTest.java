package quire.mermaid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FlowchartSyntaxErrorTest {

  /** The error as "offset: message", the offset shown as the text from there on. */
  private static String error(String text) {
    FlowchartParser.Result r = FlowchartParser.parse(text);
    if (r instanceof FlowchartParser.Result.Failed f) {
      return "at '" + text.substring(f.offset()).lines().findFirst().orElse("") + "': " + f.message();
    }
    throw new AssertionError("expected an error, got " + r);
  }

  @Test
  void namesTheMissingClosingBracket() {
    assertEquals("at '': This label is not closed: expected ']'.".replace("at ''", "at '[Alpha'"),
        error("graph TD\nA[Alpha"));
  }

  @Test
  void aLabelThatRunsOnToTheNextLinesBracketIsNotClosedWhereItOpens() {
    assertEquals("at '[Alpha': This label is not closed: expected ']'.", error("graph TD\nA[Alpha\nB --> C[Gamma]\n"));
  }

  @Test
  void asksForQuotesAroundParenthesesInALabel() {
    assertEquals("at '(b)]': A label cannot contain '(' unless it is quoted: expected ']' or a label in quotes such as \"a (b)\".",
        error("graph TD\nA[a (b)]"));
  }

  @Test
  void expectsANodeAfterALink() {
    assertEquals("at '': Expected a node id after the link, but found the end of the diagram.",
        error("graph TD\nA -->\n"));
  }

  @Test
  void expectsALinkBetweenTwoNodes() {
    assertEquals("at 'B': Expected a link such as -->, '&' or the end of the line, but found 'B'.",
        error("graph TD\nA B"));
  }

  @Test
  void reportsAnUnclosedSubgraphWhereItOpens() {
    assertEquals("at 'subgraph One': The subgraph 'One' is not closed: expected 'end' before the end of the diagram.",
        error("graph TD\nsubgraph One\nA\n"));
  }

  @Test
  void reportsAnEndWithoutASubgraph() {
    assertEquals("at 'end': Found 'end' but no subgraph is open: expected a node id or a keyword such as subgraph.",
        error("graph TD\nA\nend"));
  }

  @Test
  void reportsAnUnknownDirection() {
    assertEquals("at 'XY': Expected a direction (TB, TD, BT, LR or RL) after 'graph', but found 'XY'.",
        error("graph XY\nA"));
  }

  @Test
  void reportsALinkTextWithoutItsEnd() {
    assertEquals("at '-- text': The link that starts here has text but no end: expected a link such as --> after the text.",
        error("graph TD\nA -- text\nB"));
  }

  @Test
  void reportsAClassNamedEnd() {
    assertEquals("at 'end fill:red': 'end' closes a subgraph: it cannot be a name here.",
        error("graph TD\nA --> B\nclassDef end fill:red\n"));
    assertEquals("at 'end': 'end' closes a subgraph: it cannot be a name here.", error("graph TD\nA --> B\nclass A,B end\n"));
    assertEquals("at 'end.x hot': 'end' closes a subgraph: it cannot be a name here.", error("graph TD\nA --> B\nclass A,end.x hot\n"));
    assertEquals("at 'end fill:red': 'end' closes a subgraph: it cannot be a name here.", error("graph TD\nA\nstyle end fill:red\n"));
  }

  @Test
  void reportsABacktickInsideAMarkdownString() {
    assertEquals("at '` and more\"]': A markdown string (\"`...`\") cannot hold a backtick or a quote before its closing `\".",
        error("graph TD\nA[\"`code` and more\"]\n"));
  }

  @Test
  void reportsATrailingCommentAsMermaidDoes() {
    assertEquals("at '%% boils': Expected a link such as -->, '&' or the end of the line, but found '%%'.",
        error("graph TD\nKettle --> Cup %% boils\n"));
  }

  @Test
  void reportsALinkStyleNumberPastTheLastLink() {
    assertEquals("at '3 stroke:red': linkStyle names link 3 but the diagram has only 1 links (counted from 0).",
        error("graph TD\nA-->B\nlinkStyle 3 stroke:red"));
  }
}
