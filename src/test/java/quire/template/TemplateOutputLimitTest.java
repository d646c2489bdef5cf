package quire.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.testing.InlineSite;

/**
 * A template run (a page's layout, one shortcode call) writes at most
 * {@code Limits.TEMPLATE_OUTPUT_CHARS}: past it, the run ends at once with a
 * {@code limit-exceeded} error at the instruction that wrote, with the page or the render chain
 * as {@code via}, instead of filling the heap for minutes.
 */
class TemplateOutputLimitTest {
  @TempDir Path dir;

  private List<String> problems(String shortcode) {
    InlineSite.write(dir, InlineSite.shortcodeSite("x", shortcode));
    return InlineSite.places(InlineSite.build(dir));
  }

  @Test
  void aLoopWithoutEndInAShortcodeStopsAtTheInstructionThatWrites() {
    assertEquals(List.of("limit-exceeded site/shortcodes/x.ftlh:2:3 via content/a.md:4:8"),
        problems("<#list 1..2147483647 as i>\n  ${i}\n</#list>"));
  }

  @Test
  void aStringDoubledTooOftenStopsWhereItIsWritten() {
    assertEquals(List.of("limit-exceeded site/shortcodes/x.ftlh:2:1 via content/a.md:4:8"),
        problems("<#assign s = \"x\"><#list 1..26 as i><#assign s = s + s></#list>\n${s}"));
  }

  @Test
  void aPaddingTooWideInThePageTemplateStopsThere() {
    InlineSite.write(dir, InlineSite.shortcodeSite("x", "") + """
        -- site/templates/page.ftlh --
        <html><body>
        ${page.content} ${""?left_pad(40000000)}
        </body></html>
        """);
    List<String> problems = InlineSite.problems(InlineSite.build(dir));
    assertEquals(List.of("limit-exceeded site/templates/page.ftlh:2:17 via content/a.md:1:1: the template's output would "
        + "pass 33,554,432 characters (32 Mi), far more than any page; a loop that runs too long, or a text made too "
        + "long (a padding, a string doubled again and again), writes it"), problems);
  }

  @Test
  void theLimitHoldsInsideAMacroAndNamesTheLineInIt() {
    assertEquals(List.of("limit-exceeded site/shortcodes/x.ftlh:2:28 via content/a.md:4:8"),
        problems("<#macro m>\n<#list 1..2147483647 as i>x${i}</#list>\n</#macro>\n<@m/>"));
  }
}
