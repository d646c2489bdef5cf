package quire.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.diag.Position;

/** A template's problem is placed in the site's file when the site has it, else in the theme, typed as such. */
class TemplatePositionTest {
  @TempDir Path site;

  @Test
  void aBuiltInTemplateIsAPlaceInTheThemeNotASitePath() {
    Position at = new TemplateEngine(Optional.empty(), "templates").position("page.ftlh", 3, 4);
    assertTrue(at.inTheme());
    assertEquals("templates/page.ftlh", at.file());
    assertEquals("(built-in theme templates/page.ftlh):3:4", at.toString());
  }

  @Test
  void aTemplateOfTheSiteIsItsFile() throws Exception {
    Path folder = Files.createDirectories(site.resolve("site/shortcodes"));
    Files.writeString(folder.resolve("note.ftlh"), "${inner}");
    TemplateEngine engine = new TemplateEngine(Optional.of(folder), "shortcodes");
    Position own = engine.position("note.ftlh", 1, 3);
    assertFalse(own.inTheme());
    assertEquals("site/shortcodes/note.ftlh:1:3", own.toString());
    assertTrue(engine.position("callout.ftlh", 2, 1).inTheme(), "a shortcode the site does not override");
  }

  @Test
  void theSiteTemplateReplacesTheBuiltInOne() throws Exception {
    Path folder = Files.createDirectories(site.resolve("site/templates"));
    Files.writeString(folder.resolve("404.ftlh"), "<p>own 404</p>");
    TemplateEngine engine = new TemplateEngine(Optional.of(folder), "templates");
    assertEquals("<p>own 404</p>", engine.configuration().getTemplate("404.ftlh").toString());
    assertTrue(engine.configuration().getTemplate("base.ftlh").toString().contains("<html"),
        "the built-in page template is still found");
  }
}
