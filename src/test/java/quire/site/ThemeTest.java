package quire.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in theme's static files, listed from quire's jar as from its classes folder. */
class ThemeTest {
  @Test
  void theStaticFilesOfTheJarAreItsEntriesUnderTheFolderAndNothingElse(@TempDir Path dir) throws IOException {
    Path jar = dir.resolve("quire.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      for (String name : List.of("quire/theme/static/", "quire/theme/static/js/", "quire/theme/static/js/search.js",
          "quire/theme/static/css/site.css", "quire/theme/statics.txt", "quire/theme/templates/base.ftlh",
          "other/quire/theme/static/x.css")) {
        out.putNextEntry(new JarEntry(name));
        if (!name.endsWith("/")) out.write(name.getBytes());
        out.closeEntry();
      }
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      List<Asset> listed = Theme.list(file, "quire/theme/static");
      assertEquals(List.of(Asset.builtIn("css/site.css", "quire/theme/static/css/site.css"),
          Asset.builtIn("js/search.js", "quire/theme/static/js/search.js")), listed);
    }
  }

  @Test
  void theStaticFilesOfTheClassesFolderAreListedTheSameWay() {
    List<Asset> listed = Theme.builtInStatic();
    for (Asset asset : listed) assertEquals("quire/theme/static/" + asset.output(), asset.resource());
    assertEquals(listed.stream().sorted(java.util.Comparator.comparing(Asset::output)).toList(), listed);
    assertEquals(true, listed.stream().anyMatch(a -> a.output().endsWith(".css")), "the theme's style sheet");
  }
}
