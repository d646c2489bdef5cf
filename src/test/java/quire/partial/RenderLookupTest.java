package quire.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/** Where render looks for a partial, and what it says when the partial is not there. */
class RenderLookupTest {
  @TempDir Path site;

  @Test
  void theFileIsInsidePartialsOfThePagesTopLevelSection() {
    InlineSite.write(site, """
        -- content/email-security/a/b.md --
        {{<render file="deployment/_step.md">}}
        -- partials/email-security/deployment/_step.md --
        Step text.
        """);
    assertEquals("Step text.\n", Expansions.of(site, "content/email-security/a/b.md").markdown());
  }

  @Test
  void theFirstPositionalArgumentNamesTheFileToo() {
    InlineSite.write(site, """
        -- content/es/b.md --
        {{< render "deployment/_step.md" >}}
        -- partials/es/deployment/_step.md --
        Positional.
        """);
    assertEquals("Positional.\n", Expansions.of(site, "content/es/b.md").markdown());
  }

  @Test
  void productFolderReadsAnotherProductsPartials() {
    InlineSite.write(site, """
        -- content/cloudflare-one/b.md --
        {{<render file="deployment/_step.md" productFolder="email-security">}}
        -- partials/email-security/deployment/_step.md --
        From email security.
        """);
    assertEquals("From email security.\n", Expansions.of(site, "content/cloudflare-one/b.md").markdown());
  }

  @Test
  void cloudflaresContentPartialsFolderIsSearchedWhenPartialsHasNoSuchFile() {
    InlineSite.write(site, """
        -- content/email-security/b.md --
        {{<render file="_notice.md">}}
        -- content/email-security/_partials/_notice.md --
        ---
        _build:
          publishResources: false
          render: never
          list: never
        ---
        From the content tree.
        """);
    Expansions e = Expansions.of(site, "content/email-security/b.md");
    assertEquals("From the content tree.\n", e.markdown());
    var result = InlineSite.build(site);
    assertEquals(0, result.errors());
    assertTrue(result.pages().stream().noneMatch(p -> p.path().contains("_partials")), "a partial is never a page");
  }

  @Test
  void aFileNamedWithoutItsExtensionIsFoundAsHugoFindsThePage() {
    // Cloudflare's provider guides: {{<render file="_provider-guide-intro" withParameters="Kinsta">}}.
    InlineSite.write(site, """
        -- content/cloudflare-for-platforms/b.md --
        {{<render file="_provider-guide-intro" withParameters="Kinsta">}}
        -- content/cloudflare-for-platforms/_partials/_provider-guide-intro.md --
        ---
        inputParameters: providerName
        ---
        Cloudflare partners with $1.
        """);
    Expansions e = Expansions.of(site, "content/cloudflare-for-platforms/b.md");
    assertEquals("Cloudflare partners with Kinsta.\n", e.markdown());
    assertEquals(List.of(), e.places());
  }

  @Test
  void aNameInAnotherCaseFindsThePartialAsHugosGetPageDoes() {
    // Zero Trust's private DNS unit: file="warp/_add-local-domain-ip.md" for _add-local-domain-IP.md.
    // Checked with hugo 0.111 on this site: both calls print their partial.
    InlineSite.write(site, """
        -- content/p/a.md --
        5. {{<render file="warp/_add-local-domain-ip.md">}}

        {{<render file="WARP/_Other.md">}}
        -- content/p/_partials/warp/_add-local-domain-IP.md --
        In **DNS Servers**, enter the address.
        -- content/p/_partials/warp/_other.md --
        Other text.
        """);
    Expansions e = Expansions.of(site, "content/p/a.md");
    assertEquals("5. In **DNS Servers**, enter the address.\n\nOther text.\n", e.markdown());
    assertEquals(List.of(), e.places());
  }

  @Test
  void aNameInTheExactCaseComesBeforeOneThatDiffersOnlyInCase() {
    InlineSite.write(site, """
        -- content/p/a.md --
        {{<render file="_note.md">}}
        -- content/p/_partials/_NOTE.md --
        Upper.
        -- content/p/_partials/_note.md --
        Lower.
        """);
    assertEquals("Lower.\n", Expansions.of(site, "content/p/a.md").markdown());
  }

  @Test
  void aMissingPartialIsReportedAtTheFileValueWithDidYouMean() {
    InlineSite.write(site, """
        -- content/es/b.md --
        ---
        title: B
        ---
        {{<render file="deployment/_o365-configure-domian.md">}}
        -- partials/es/deployment/_o365-configure-domain.md --
        x
        """);
    var result = InlineSite.build(site);
    assertEquals(List.of("partial-missing content/es/b.md:4:17: partial \"deployment/_o365-configure-domian.md\" not found in "
        + "partials/es/ or content/es/_partials/ (did you mean \"deployment/_o365-configure-domain.md\"?)"),
        InlineSite.problems(result).stream().filter(p -> !p.startsWith("partial-unused")).toList());
  }

  @Test
  void aPathWithDotDotIsAnEscape() {
    InlineSite.write(site, """
        -- content/es/b.md --
        {{<render file="../other/_x.md">}}
        -- partials/other/_x.md --
        secret
        """);
    Expansions e = Expansions.of(site, "content/es/b.md");
    assertEquals(List.of("partial-path-escape content/es/b.md:1:17"), e.places());
    assertEquals("\n", e.markdown());
  }

  @Test
  void aPathIntoAnotherProductsPartialsFolderIsFollowedAsHugoJoinsIt() {
    // Cloudflare's render joins the page's section, "_partials" and the file, so Magic WAN's
    // pages reach Magic Transit's partials with "../../magic-transit/_partials/_x.md".
    InlineSite.write(site, """
        -- content/magic-wan/b.md --
        {{<render file="../../magic-transit/_partials/_tunnel.md">}}
        {{<render file="../../magic-transit/_partials/../../other/_x.md">}}
        -- content/magic-transit/_partials/_tunnel.md --
        Tunnel steps.
        """);
    Expansions e = Expansions.of(site, "content/magic-wan/b.md");
    assertEquals("Tunnel steps.\n\n", e.markdown());
    assertEquals(List.of("partial-path-escape content/magic-wan/b.md:2:17"), e.places());
  }

  @Test
  void aLeadingSlashStaysInsideTheProductsPartialsAsHugoJoinsIt() {
    // Cloudflare's render joins the page's section, "_partials" and the file with path.Join,
    // which drops the empty segment a leading "/" makes.
    InlineSite.write(site, """
        -- content/pages/b.md --
        {{<render file="/_intro.md">}}
        {{<render file="/deployment/_step" withParameters="Vue">}}
        {{<render file="//./deployment/../_intro.md">}}
        -- content/pages/_partials/_intro.md --
        Intro.
        -- content/pages/_partials/deployment/_step.md --
        ---
        inputParameters: framework
        ---
        Deploy $1.
        """);
    Expansions e = Expansions.of(site, "content/pages/b.md");
    assertEquals("Intro.\nDeploy Vue.\nIntro.\n", e.markdown());
    assertEquals(List.of(), e.places());
  }

  @Test
  void anAbsoluteFileSystemPathIsAPartialThatIsNotThere() {
    // Joined after pages/_partials/ it names pages/_partials/etc/passwd, which no site has;
    // nothing outside the partials read at load is ever looked up.
    InlineSite.write(site, """
        -- content/pages/b.md --
        ---
        title: B
        ---
        {{<render file="/etc/passwd">}}
        """);
    assertEquals(List.of("partial-missing content/pages/b.md:4:17: partial \"etc/passwd\" not found in partials/pages/"
        + " or content/pages/_partials/"), InlineSite.problems(InlineSite.build(site)));
  }

  @Test
  void aLeadingSlashThenDotDotAboveTheContentFolderIsAnEscape() {
    InlineSite.write(site, """
        -- content/pages/b.md --
        {{<render file="/../../../etc/passwd">}}
        {{<render file="/../../etc/passwd">}}
        """);
    assertEquals(List.of("partial-path-escape content/pages/b.md:1:17", "partial-path-escape content/pages/b.md:2:17"),
        Expansions.of(site, "content/pages/b.md").places());
  }

  @Test
  void aProductFolderWithSlashesAroundItIsJoinedAsHugoJoinsIt() {
    // Workers' learning path: productFolder="/workers/". Checked with hugo 0.111: all three
    // calls print the partial.
    InlineSite.write(site, """
        -- content/learning-paths/unit.md --
        {{<render file="_c3-output.md" productFolder="/workers/" >}}

        {{<render file="_c3-output.md" productFolder="workers/" >}}

        {{<render file="_c3-output.md" productFolder="./workers" >}}
        -- content/workers/_partials/_c3-output.md --
        Running C3.
        """);
    Expansions e = Expansions.of(site, "content/learning-paths/unit.md");
    assertEquals("Running C3.\n\nRunning C3.\n\nRunning C3.\n", e.markdown());
    assertEquals(List.of(), e.places());
  }

  @Test
  void aProductFolderWithDotDotIsAnEscape() {
    InlineSite.write(site, """
        -- content/es/b.md --
        {{<render file="_x.md" productFolder="../partials">}}
        """);
    assertEquals(List.of("partial-path-escape content/es/b.md:1:17"), Expansions.of(site, "content/es/b.md").places());
  }

  @Test
  void aPageOutsideAnyProductFolderIsToldToNameOne() {
    InlineSite.write(site, """
        -- content/_index.md --
        ---
        title: Home
        ---
        {{<render file="_step.md">}} {{<render file="../_x.md">}}
        -- partials/es/_step.md --
        x
        """);
    assertEquals(List.of(
        "partial-missing content/_index.md:4:17: partial \"_step.md\" has no product folder to be found in: this page is not"
            + " in a product folder (content/PRODUCT/…), so name one with productFolder=\"…\"",
        "partial-path-escape content/_index.md:4:46: partial path \"../_x.md\" leaves the partials folder; name a file"
            + " inside it, without \"..\""),
        InlineSite.problems(InlineSite.build(site)).stream().filter(p -> !p.startsWith("partial-unused")).toList());
  }
}
