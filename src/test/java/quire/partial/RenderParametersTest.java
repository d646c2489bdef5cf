package quire.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** The values of withParameters and how $N, \$ and the parameter checks treat them. */
class RenderParametersTest {
  @TempDir Path site;

  private Expansions expand(String partialFront, String partialBody, String call) {
    InlineSite.write(site, """
        -- content/es/a.md --
        ---
        title: A
        ---
        %s
        -- partials/es/x/_p.md --
        ---
        %s
        ---
        %s
        """.formatted(call, partialFront, partialBody));
    return Expansions.of(site, "content/es/a.md");
  }

  @Test
  void dollarTenAndElevenAreTheirOwnValuesNotDollarOneFollowedByADigit() {
    Expansions e = expand("inputParameters: p1;;p2;;p3;;p4;;p5;;p6;;p7;;p8;;p9;;p10;;p11",
        "first $1, tenth $10, eleventh $11, $2$3$4$5$6$7$8$9",
        "{{<render file=\"x/_p.md\" withParameters=\"one;;2;;3;;4;;5;;6;;7;;8;;9;;ten;;eleven\">}}");
    assertEquals("first one, tenth ten, eleventh eleven, 23456789\n", e.markdown());
    assertEquals(List.of(), e.places());
  }

  @Test
  void anEmptyValueBetweenSeparatorsIsEmpty() {
    Expansions e = expand("inputParameters: a;;b;;c", "[$1][$2][$3]",
        "{{<render file=\"x/_p.md\" withParameters=\"a;;;;c\">}}");
    assertEquals("[a][][c]\n", e.markdown());
    assertEquals(List.of(), e.places());
  }

  @Test
  void backslashDollarIsALiteralDollar() {
    Expansions e = expand("inputParameters: price", "costs \\$1 or $1", "{{<render file=\"x/_p.md\" withParameters=\"5\">}}");
    assertEquals("costs $1 or 5\n", e.markdown());
  }

  @Test
  void aDollarInsideAValueIsNotSubstitutedAgain() {
    Expansions e = expand("inputParameters: a;;b", "$1 and $2", "{{<render file=\"x/_p.md\" withParameters=\"pay $2 now;;B\">}}");
    assertEquals("pay $2 now and B\n", e.markdown());
  }

  @Test
  void valuesAreMarkdownAndRenderAsPartOfThePage() {
    InlineSite.write(site, """
        -- content/es/a.md --
        ---
        title: A
        ---
        {{<render file="x/_p.md" withParameters="_UserNotifyUserRelease_;;`MALICIOUS`">}}
        -- partials/es/x/_p.md --
        ---
        inputParameters: policy;;disposition
        ---
        Select $1 for $2.
        """);
    var result = InlineSite.build(site);
    String html = InlineSite.read(site.resolve("out/es/a/index.html"));
    assertTrue(html.contains("Select <em>UserNotifyUserRelease</em> for <code>MALICIOUS</code>."), html);
    assertEquals(0, result.errors());
  }

  @Test
  void placeholdersInsideAFencedCodeBlockOfAPartialAreReplaced() {
    Expansions e = expand("inputParameters: host", "```sh\ndig MX $1\n```", "{{<render file=\"x/_p.md\" withParameters=\"example.com\">}}");
    assertEquals("```sh\ndig MX example.com\n```\n", e.markdown());
  }

  @Test
  void fewerValuesThanDeclaredIsACountErrorAtTheCall() {
    Expansions e = expand("inputParameters: a;;b;;c", "$1 $2 $3", "Text {{<render file=\"x/_p.md\" withParameters=\"1;;2\">}}");
    assertEquals(List.of("partial-param-count content/es/a.md:4:31"), e.places());
  }

  @Test
  void declaredButNotGivenIsRequiredError() {
    Expansions e = expand("inputParameters: a", "$1", "{{<render file=\"x/_p.md\">}}");
    assertEquals(List.of("partial-params-required content/es/a.md:4:4"), e.places());
  }

  @Test
  void givenButNotDeclaredIsUndeclaredError() {
    Expansions e = expand("title: none", "plain", "{{<render file=\"x/_p.md\" withParameters=\"a;;b\">}}");
    assertEquals(List.of("partial-params-undeclared content/es/a.md:4:26"), e.places());
  }

  @Test
  void theCountMessageNamesThePartialTheDeclaredNamesAndTheValues() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="x/_p.md" withParameters="one">}}
        -- partials/es/x/_p.md --
        ---
        inputParameters: name;;action
        ---
        $1 $2
        """);
    String problem = InlineSite.problems(InlineSite.build(site)).get(0);
    assertEquals("partial-param-count content/es/a.md:1:26: partials/es/x/_p.md declares 2 parameter(s) "
        + "[name, action] but 1 value(s) were given [one]", problem);
  }

  @Test
  void aPlaceholderBeyondTheDeclaredCountIsAnErrorAtThePartialLineViaThePage() {
    Expansions e = expand("inputParameters: a;;b", "line $1\nuses $3 and $2", "\n\n{{<render file=\"x/_p.md\" withParameters=\"1;;2\">}}");
    assertEquals(List.of("partial-placeholder-undefined partials/es/x/_p.md:5:6 via content/es/a.md:6:1"), e.places());
  }

  @Test
  void aDeclaredParameterThatIsNeverUsedIsAWarningAtItsDeclaration() {
    InlineSite.write(site, """
        -- content/es/a.md --
        {{<render file="x/_p.md" withParameters="1;;2">}}
        -- partials/es/x/_p.md --
        ---
        inputParameters: used;;unused
        ---
        only $1
        """);
    var result = InlineSite.build(site);
    assertEquals(List.of("partial-param-unused partials/es/x/_p.md:2:1"), InlineSite.places(result));
    assertEquals(0, result.errors());
  }
}
