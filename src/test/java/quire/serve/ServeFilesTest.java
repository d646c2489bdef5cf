package quire.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** quire serve answers requests from the built site, with the reload script added to pages. */
class ServeFilesTest {
  @TempDir Path dir;
  ServedSite site;

  @BeforeEach
  void serve() throws IOException {
    site = ServedSite.of(dir);
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void printsWhereTheSiteIsServed() {
    assertTrue(site.out.toString().contains(
        "Serving Fixture docs at http://127.0.0.1:" + site.preview.port() + "/ (Ctrl+C to stop)"), site.out.toString());
  }

  @Test
  void servesAPageAtItsUrlWithTheReloadScript() {
    HttpResponse<String> page = site.get("/guide/first/");
    assertEquals(200, page.statusCode());
    assertEquals("text/html; charset=utf-8", page.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(page.body().contains("First page"), page.body());
    assertTrue(page.body().contains("new EventSource(\"/_quire/events\")"), page.body());
    assertTrue(page.body().indexOf("EventSource") < page.body().lastIndexOf("</body>"), "script before </body>");
    assertFalse(page.body().contains("quire-errors"), "no overlay when the build is clean");
  }

  @Test
  void neverWritesTheReloadScriptIntoTheBuiltFiles() throws IOException {
    String built = Files.readString(dir.resolve("target/serve/guide/first/index.html"));
    assertFalse(built.contains("EventSource"), built);
  }

  @Test
  void servesStylesheetsAsCss() {
    HttpResponse<String> css = site.get("/css/extra.css");
    assertEquals(200, css.statusCode());
    assertEquals("text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElse(""));
    assertEquals("body { color: black; }\n", css.body());
  }

  @Test
  void answersHeadWithTheHeadersOnly() {
    HttpResponse<String> head = site.head("/guide/first/");
    assertEquals(200, head.statusCode());
    assertEquals("text/html; charset=utf-8", head.headers().firstValue("Content-Type").orElse(""));
    assertEquals("", head.body());
  }

  @Test
  void answersAMissingPathWithTheSites404Page() {
    HttpResponse<String> missing = site.get("/guide/no-such-page/");
    assertEquals(404, missing.statusCode());
    assertTrue(missing.body().contains("Page not found"), missing.body());
    assertTrue(missing.body().contains("EventSource"), "the 404 page reloads too");
  }

  @Test
  void refusesAPathThatLeavesTheSite() {
    assertEquals(403, site.get("/../config.yaml").statusCode());
    assertEquals(403, site.get("/guide/../../../site/config.yaml").statusCode());
    assertEquals(403, site.get("/%2e%2e/%2e%2e/site/config.yaml").statusCode());
  }

  @Test
  void refusesAFileOfTheOutputThatResolvesOutsideIt(@TempDir Path elsewhere) throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("secret.txt"), "TOKEN=hunter2\n");
    Files.writeString(Files.createDirectories(elsewhere.resolve("folder")).resolve("index.html"), "TOKEN=hunter2");
    Files.createSymbolicLink(dir.resolve("target/serve/leak.txt"), secret);
    Files.createSymbolicLink(dir.resolve("target/serve/leak"), elsewhere.resolve("folder"));
    for (String path : new String[] {"/leak.txt", "/leak/", "/leak/index.html"}) {
      HttpResponse<String> answer = site.get(path);
      assertEquals(403, answer.statusCode(), path);
      assertFalse(answer.body().contains("hunter2"), path);
    }
  }

  @Test
  void redirectsAFolderWithoutItsSlash() {
    HttpResponse<String> folder = site.get("/guide");
    assertEquals(301, folder.statusCode());
    assertEquals("/guide/", folder.headers().firstValue("Location").orElse(""));
  }
}
