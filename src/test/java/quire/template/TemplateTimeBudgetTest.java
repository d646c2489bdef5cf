package quire.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * A template run that writes nothing but never ends (a loop of billions, a macro that calls
 * itself twice at each level) stops after {@code Limits.TEMPLATE_CPU_SECONDS} of processor time
 * with a {@code limit-exceeded} error where it was running, and the interrupt that stopped it is
 * cleared: the thread goes on to run the next template. The same template is not run again for
 * the rest of the build. (The timeouts only keep a regression
 * from hanging the build: each case takes the budget, ten seconds.)
 */
class TemplateTimeBudgetTest {
  @TempDir Path dir;

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aLoopThatNeverEndsStopsAtTheLoopAndTheThreadGoesOn() throws Exception {
    Path shortcodes = Files.createDirectories(dir.resolve("site/shortcodes"));
    Files.writeString(shortcodes.resolve("spin.ftlh"), "<#list 1..2147483647 as i>\n<#list 1..2147483647 as j></#list></#list>\n");
    Files.writeString(shortcodes.resolve("hello.ftlh"), "Hello ${name}\n");
    TemplateEngine engine = new TemplateEngine(Optional.of(shortcodes), "shortcodes");

    TemplateRunner.Outcome spin = TemplateRunner.run(engine.configuration().getTemplate("spin.ftlh"), Map.of());
    TemplateRunner.Failure failure = assertInstanceOf(TemplateRunner.Failed.class, spin).failure();
    assertTrue(failure.limit(), failure.toString());
    assertEquals("spin.ftlh:2:1", failure.template() + ":" + failure.line() + ":" + failure.column());
    assertTrue(failure.message().startsWith("the template ran for more than 10 s of processor time"), failure.message());

    assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt is cleared");
    TemplateRunner.Outcome hello = TemplateRunner.run(engine.configuration().getTemplate("hello.ftlh"), Map.of("name", "you"));
    assertEquals("Hello you\n", assertInstanceOf(TemplateRunner.Written.class, hello).output());
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aTemplateOverTheBudgetFailsAtOnceForAWhileWithTheSameProblem() throws Exception {
    // A layout that never ends would cost each page of a site ten seconds: the first run that
    // goes over stands for the next ones, reported once.
    Path shortcodes = Files.createDirectories(dir.resolve("site/shortcodes"));
    Files.writeString(shortcodes.resolve("count.ftlh"), "<#list 1..n as i>\n<#list 1..n as j></#list></#list>\n");
    TemplateEngine engine = new TemplateEngine(Optional.of(shortcodes), "shortcodes");
    var template = engine.configuration().getTemplate("count.ftlh");
    TemplateRunner.Outcome first = TemplateRunner.run(template, Map.of("n", 2147483647));
    TemplateRunner.Failure failure = assertInstanceOf(TemplateRunner.Failed.class, first).failure();
    assertTrue(failure.limit(), failure.toString());
    assertEquals(first, TemplateRunner.run(template, Map.of("n", 1)));
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aMacroThatCallsItselfTwiceAtEachLevelStopsInsideIt() {
    InlineSite.write(dir, InlineSite.shortcodeSite("tree", """
        <#macro t n>
          <#if n gt 0><@t n - 1/><@t n - 1/></#if>
        </#macro>
        <@t 60/>"""));
    List<String> problems = InlineSite.places(InlineSite.build(dir));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).matches("limit-exceeded site/shortcodes/tree\\.ftlh:[12]:\\d+ via content/a\\.md:4:8"),
        problems.toString());
  }
}
