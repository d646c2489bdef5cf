package quire.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.build.BuildResult;
import quire.testing.InlineSite;

/**
 * Templates run sandboxed: a pull request that edits a template cannot make the build run a
 * process or construct any Java object, and cannot reach Java's API through {@code ?api}.
 */
class TemplateSandboxTest {
  @TempDir Path dir;

  private Path proof() {
    return dir.resolve("proof.txt");
  }

  @Test
  void executeInAPageTemplateIsAnErrorAtItsPlaceAndRunsNothing() {
    InlineSite.write(dir, """
        -- content/_index.md --
        Home.
        -- content/a.md --
        ---
        title: A
        ---
        Text.
        -- site/templates/page.ftlh --
        <html><body>
        ${page.content}
          <#assign run = "freemarker.template.utility.Execute"?new()>${run("touch PROOF")}
        </body></html>
        """.replace("PROOF", proof().toString()));
    BuildResult result = InlineSite.build(dir);
    List<String> problems = InlineSite.problems(result);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("template-error site/templates/page.ftlh:3:3 via content/a.md:1:1: "),
        problems.get(0));
    assertTrue(problems.get(0).contains("freemarker.template.utility.Execute"), problems.get(0));
    assertFalse(result.written());
    assertFalse(Files.exists(proof()), "the command must not have run");
  }

  @Test
  void objectConstructorInAShortcodeIsAnErrorAtItsPlaceAndConstructsNothing() {
    InlineSite.write(dir, """
        -- content/_index.md --
        Home {{< make >}}.
        -- site/shortcodes/make.ftlh --
        <#assign make = "freemarker.template.utility.ObjectConstructor"?new()>
        ${make("java.io.FileOutputStream", "PROOF")}
        """.replace("PROOF", proof().toString()));
    BuildResult result = InlineSite.build(dir);
    List<String> problems = InlineSite.problems(result);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("shortcode-template site/shortcodes/make.ftlh:1:1 via content/_index.md:1:6: "),
        problems.get(0));
    assertTrue(problems.get(0).contains("freemarker.template.utility.ObjectConstructor"), problems.get(0));
    assertFalse(Files.exists(proof()), "no object may have been constructed");
  }

  @Test
  void theApiBuiltInIsOff() {
    InlineSite.write(dir, """
        -- content/_index.md --
        Home {{< peek >}}.
        -- site/shortcodes/peek.ftlh --
        ${page.params?api.getClass().getName()}
        """);
    List<String> problems = InlineSite.problems(InlineSite.build(dir));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("shortcode-template site/shortcodes/peek.ftlh:1:3 via content/_index.md:1:6: "),
        problems.get(0));
    assertTrue(problems.get(0).contains("?api"), problems.get(0));
  }

  @Test
  void anIncludeCannotLeaveTheTemplateFolders() {
    InlineSite.write(dir, """
        -- content/_index.md --
        Home.
        -- site/config.yaml --
        title: Secret title
        -- site/templates/home.ftlh --
        <#include "../config.yaml">
        """);
    List<String> problems = InlineSite.problems(InlineSite.build(dir));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("template-error site/templates/home.ftlh:1:1 via content/_index.md:1:1: "),
        problems.get(0));
  }

  @Test
  void aMissingIncludeIsNamedWithoutTheLoadersInternals() {
    InlineSite.write(dir, """
        -- content/_index.md --
        Home
        -- site/templates/home.ftlh --
        <#include "/etc/passwd">
        """);
    List<String> problems = InlineSite.problems(InlineSite.build(dir));
    assertEquals(List.of("template-error site/templates/home.ftlh:1:1 via content/_index.md:1:1: Template inclusion failed"
        + " (for parameter value \"/etc/passwd\"): Template not found for name \"etc/passwd\"."), problems);
  }
}
