package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildResult;
import quire.cli.CliRun;
import quire.testing.InlineSite;

/**
 * A template that is wrong is a problem at the template's line and column, exit 1: a syntax
 * error (once, however many pages use the template), one in a template it imports, and a macro
 * that calls itself without end. Never a stack trace, never exit 3.
 */
class TemplateErrorsTest {
  @TempDir Path dir;

  private static final String PAGES = """
      -- content/_index.md --
      ---
      title: Home
      ---
      Home.
      -- content/a.md --
      ---
      title: A
      ---
      Page A.
      -- content/b.md --
      ---
      title: B
      ---
      Page B.
      """;

  private CliRun build() {
    return CliRun.of("build", "--source", dir.toString(), "--out", dir.resolve("out").toString());
  }

  @Test
  void aSyntaxErrorInThePageTemplateIsOneProblemAtItsPlace() {
    InlineSite.write(dir, PAGES + """
        -- site/templates/page.ftlh --
        <html><body>
        ${page.content}
        <#if >
        </body></html>
        """);
    CliRun run = build();
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().startsWith("site/templates/page.ftlh:3:6: error [template-error] syntax error: "
        + "Encountered \">\"\n    <#if >\n         ^\nBuild failed: 1 error, 0 warnings"), run.err());
    assertFalse(run.err().contains("expecting"), run.err());
  }

  @Test
  void aSyntaxErrorInAnImportedTemplateIsReportedInThatTemplate() {
    InlineSite.write(dir, PAGES + """
        -- site/templates/base.ftlh --
        <#macro frame>
        <#if>
        </#macro>
        """);
    CliRun run = build();
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().startsWith("site/templates/base.ftlh:2:2: error [template-error] syntax error: "
        + "#if is an existing directive, but the tag is malformed."), run.err());
    assertTrue(run.err().contains("Build failed: 1 error, 0 warnings"), run.err());
  }

  @Test
  void aSyntaxErrorInAShortcodeTemplateIsOneProblemAtItsPlace() {
    InlineSite.write(dir, """
        -- content/_index.md --
        One {{< note >}} and two {{< note >}}.
        -- site/shortcodes/note.ftlh --
        <b>${named.x!}</b> <#list>
        """);
    List<String> problems = InlineSite.problems(InlineSite.build(dir));
    assertEquals(List.of("shortcode-template site/shortcodes/note.ftlh:1:21: shortcode \"note\" failed: syntax error: "
        + "#list is an existing directive, but the tag is malformed. (See FreeMarker Manual / Directive Reference.)"),
        problems);
  }

  @Test
  void aMacroThatCallsItselfIsAProblemAtTheCallNotAStackTrace() {
    InlineSite.write(dir, PAGES + """
        -- site/templates/page.ftlh --
        <html><body>
        <#macro down n>
          <@down n + 1/>
        </#macro>
        <@down 1/>
        </body></html>
        """);
    CliRun run = build();
    assertEquals(1, run.exit(), run.err());
    assertFalse(run.err().contains("StackOverflowError"), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
    assertTrue(run.err().startsWith("site/templates/page.ftlh:3:3: error [template-error] the template calls itself "
        + "without end (a macro or function that recurses until the stack overflows)"), run.err());
  }

  @Test
  void aFunctionThatCallsItselfInAShortcodeIsAProblemAtItsLine() {
    InlineSite.write(dir, """
        -- content/_index.md --
        Home {{< count >}}.
        -- site/shortcodes/count.ftlh --
        <#function up n><#return up(n + 1)></#function>
        ${up(1)}
        """);
    BuildResult result = InlineSite.build(dir);
    assertEquals(1, result.problems().size(), result.problems().toString());
    String problem = InlineSite.line(result.problems().get(0));
    assertTrue(problem.startsWith("shortcode-template site/shortcodes/count.ftlh:1:17 via content/_index.md:1:6: "
        + "shortcode \"count\" failed: the template calls itself without end"), problem);
  }

  @Test
  void anAttemptThatRecoversLogsNothing() {
    List<LogRecord> logged = new ArrayList<>();
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        logged.add(record);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    Logger freemarker = Logger.getLogger("freemarker");
    freemarker.addHandler(handler);
    try {
      InlineSite.write(dir, """
          -- content/_index.md --
          Home {{< safe >}}.
          -- site/shortcodes/safe.ftlh --
          <#attempt>${no.such.thing}<#recover>fallback</#attempt><#t>
          """);
      BuildResult result = InlineSite.build(dir);
      assertEquals(List.of(), InlineSite.problems(result));
      assertTrue(InlineSite.read(dir.resolve("out/index.html")).contains("fallback"));
      assertEquals(List.of(), logged.stream().map(LogRecord::getMessage).toList());
    } finally {
      freemarker.removeHandler(handler);
    }
  }
}
