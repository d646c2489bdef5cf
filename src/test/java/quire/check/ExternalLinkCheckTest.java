package quire.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import quire.diag.Located;
import quire.diag.Position;
import quire.diag.Problem;

/** External links against a server on 127.0.0.1, never the internet. */
class ExternalLinkCheckTest {
  private static final ExternalLinkCheck.Settings FAST =
      new ExternalLinkCheck.Settings(Duration.ofMillis(500), 2, Duration.ofSeconds(2), 2, 4, 10);

  private HttpServer server;
  private String base;
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger busyCalls = new AtomicInteger();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      String method = exchange.getRequestMethod();
      int status;
      switch (path) {
        case "/ok" -> status = 200;
        case "/missing" -> status = 404;
        case "/r1" -> { exchange.getResponseHeaders().add("Location", "/r2"); status = 301; }
        case "/r2" -> { exchange.getResponseHeaders().add("Location", base + "/ok"); status = 301; }
        case "/loop" -> { exchange.getResponseHeaders().add("Location", "/loop"); status = 301; }
        case "/busy" -> {
          if (busyCalls.incrementAndGet() == 1) {
            exchange.getResponseHeaders().add("Retry-After", "1");
            status = 429;
          } else {
            status = 200;
          }
        }
        case "/no-head" -> status = method.equals("HEAD") ? 405 : 200;
        case "/slow" -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          status = 200;
        }
        default -> status = 500;
      }
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private ExternalLinkCheck check(Optional<Path> cache, List<String> ignore) {
    return ExternalLinkCheck.of(FAST, cache, ignore);
  }

  @Test
  void acceptsOk() {
    assertTrue(check(Optional.empty(), List.of()).check(base + "/ok").ok());
  }

  @Test
  void reportsNotFound() {
    assertEquals(new ExternalLinkCheck.Outcome(false, "HTTP 404"), check(Optional.empty(), List.of()).check(base + "/missing"));
  }

  @Test
  void followsAChainOfPermanentRedirects() {
    assertEquals(new ExternalLinkCheck.Outcome(true, "HTTP 200 (after 2 redirects)"),
        check(Optional.empty(), List.of()).check(base + "/r1"));
  }

  @Test
  void givesUpOnARedirectLoop() {
    ExternalLinkCheck.Outcome o = check(Optional.empty(), List.of()).check(base + "/loop");
    assertFalse(o.ok());
    assertTrue(o.detail().startsWith("more than 10 redirects"), o.detail());
  }

  @Test
  void waitsForRetryAfterOnTooManyRequestsThenSucceeds() {
    assertTrue(check(Optional.empty(), List.of()).check(base + "/busy").ok());
    assertEquals(2, busyCalls.get());
  }

  @Test
  void fallsBackToGetWhenHeadIsRefused() {
    assertTrue(check(Optional.empty(), List.of()).check(base + "/no-head").ok());
  }

  @Test
  void reportsATimeout() {
    ExternalLinkCheck.Outcome o = check(Optional.empty(), List.of()).check(base + "/slow");
    assertFalse(o.ok());
    assertTrue(o.detail().startsWith("timed out"), o.detail());
  }

  @Test
  void reportsABrokenUrlAtEveryPlaceItIsWritten() {
    Located a = Located.at(new Position("content/a.md", 3, 5));
    Located b = new Located(new Position("partials/p/_x.md", 2, 1), List.of(new Position("content/b.md", 9, 1)));
    List<Problem> problems = check(Optional.empty(), List.of())
        .check(Map.of(base + "/missing", List.of(a, b), base + "/ok", List.of(a)));
    assertEquals(List.of("content/a.md:3:5", "partials/p/_x.md:2:1 via content/b.md:9:1"),
        problems.stream().map(Problem::where).sorted().toList());
    assertTrue(problems.get(0).message().contains("HTTP 404"));
  }

  @Test
  void skipsUrlsMatchingAnIgnorePattern() {
    List<Problem> problems = check(Optional.empty(), List.of("127\\.0\\.0\\.1:\\d+/missing"))
        .check(Map.of(base + "/missing", List.of(Located.at(Position.of("content/a.md")))));
    assertEquals(List.of(), problems);
    assertEquals(0, requests.get());
  }

  @Test
  void checkReportsBrokenExternalLinksAtTheirMarkdownLinesAndSkipsIgnoredOnes(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- site/config.yaml --
        check:
          external:
            ignore: ["/ignored$"]
        -- content/_index.md --
        # Home

        [fine](%1$s/ok) and [gone](%1$s/missing) and [skipped](%1$s/ignored)

        <a href="%1$s/missing">raw</a>
        """.formatted(base));
    SiteCheck.Result result = SiteCheck.run(new SiteCheck.Options(dir, true, Optional.empty(), FAST));
    int column = ("[fine](" + base + "/ok) and [gone](").length() + 1;
    assertEquals(List.of("content/_index.md:3:" + column + " [link-external-broken] external link " + base + "/missing is broken: HTTP 404",
        "content/_index.md:5:10 [link-external-broken] external link " + base + "/missing is broken: HTTP 404"),
        result.problems().stream().map(p -> p.where() + " [" + p.rule().id() + "] " + p.message()).toList());
  }

  @Test
  void withoutExternalNoRequestIsMade(@TempDir Path dir) throws IOException {
    InlineSite.write(dir, """
        -- content/_index.md --
        # Home

        [gone](%s/missing)
        """.formatted(base));
    SiteCheck.Result result = SiteCheck.run(new SiteCheck.Options(dir, false, Optional.empty(), FAST));
    assertEquals(List.of(), result.problems());
    assertEquals(0, requests.get());
  }

  @Test
  void aSecondRunAnswersFromTheCacheFile(@TempDir Path dir) {
    Path cache = dir.resolve("target/quire-link-cache.tsv");
    Map<String, List<Located>> urls = Map.of(base + "/ok", List.of(Located.at(Position.of("content/a.md"))),
        base + "/missing", List.of(Located.at(Position.of("content/a.md"))));
    List<Problem> first = check(Optional.of(cache), List.of()).check(urls);
    int afterFirst = requests.get();
    List<Problem> second = check(Optional.of(cache), List.of()).check(urls);
    assertEquals(afterFirst, requests.get(), "the second run asked the server again");
    assertEquals(first, second);
    assertEquals(1, second.size());
  }

  /** A repository can commit {@code target} as a link: the results file is then neither read nor written. */
  @Test
  void theResultsFileIsNotKeptThroughALinkedTarget(@TempDir Path dir) throws IOException {
    Path site = dir.resolve("site");
    InlineSite.write(site, """
        -- content/_index.md --
        # Home

        [fine](%s/ok)
        """.formatted(base));
    Path outside = java.nio.file.Files.createDirectories(dir.resolve("outside"));
    java.nio.file.Files.createSymbolicLink(site.resolve("target"), outside);
    SiteCheck.Result result = SiteCheck.run(new SiteCheck.Options(site, true,
        Optional.of(site.resolve("target/quire-link-cache.tsv")), FAST));
    assertEquals(List.of(), result.problems());
    assertEquals(1, requests.get());
    try (var files = java.nio.file.Files.list(outside)) {
      assertEquals(List.of(), files.toList());
    }
  }
}
