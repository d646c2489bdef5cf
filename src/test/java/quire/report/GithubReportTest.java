package quire.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class GithubReportTest {
  @Test
  void writesOneEscapedWorkflowCommandPerProblem() {
    StringWriter text = new StringWriter();
    GithubReport.write(SampleProblems.three(), new PrintWriter(text));
    List<String> lines = text.toString().lines().toList();
    assertEquals(List.of(
        "::error file=content/a b/ünï.md,line=3,col=7,title=[link-broken]::link \"/x/?a=1&b=2\" is broken: "
            + "100%25 <bad>, really%0Asecond line\ttab \\ back",
        "::error file=partials/p/_x.md,line=4,col=9,title=[partial-placeholder-undefined]::$3 is beyond: a,b"
            + "%0Avia content/a.md:12:1%0Avia partials/p/_y.md:2:1",
        "::warning file=content/c.md,line=5,col=2,title=[image-alt-missing]::image \"/i.png\" has no alt text"),
        lines);
  }

  @Test
  void aPlaceInTheBuiltInThemeNamesNoRepositoryFile() {
    StringWriter text = new StringWriter();
    GithubReport.write(List.of(quire.diag.Problem.of(quire.diag.Rule.LINK_BROKEN,
        quire.diag.Position.inTheme("templates", 0, 0), "link \"/\" is broken")), new PrintWriter(text));
    assertEquals("::error title=[link-broken]::(built-in theme templates): link \"/\" is broken\n", text.toString());
  }

  @Test
  void escapesColonsAndCommasInProperties() {
    assertEquals("a%3Ab%2Cc%25d%0Ae%0Df", GithubReport.property("a:b,c%d\ne\rf"));
  }
}
