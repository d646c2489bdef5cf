package quire.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A copy of the fixture site {@code sites/docs} served in-process on a port the system picks.
 * Waits are bounded polls (generous, for a loaded CI machine), never fixed sleeps.
 */
final class ServedSite implements AutoCloseable {
  static final Path DOCS = Path.of("src/test/resources/sites/docs");
  static final Duration PATIENCE = Duration.ofSeconds(30);

  final Path root;
  final Preview preview;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(PATIENCE)
      .build();

  private ServedSite(Path root, Preview.Builder builder) throws IOException {
    this.root = root;
    this.preview = Preview.start(new Preview.Options(root, "127.0.0.1", 0, false, false), builder,
        new PrintWriter(out, true), new PrintWriter(err, true), false);
  }

  /** Copies the fixture site into {@code dir} and serves it. */
  static ServedSite of(Path dir) throws IOException {
    return of(dir, quire.build.SiteBuilder::build);
  }

  /** Copies the fixture site into {@code dir} and serves it, building with {@code builder}. */
  static ServedSite of(Path dir, Preview.Builder builder) throws IOException {
    copyFixture(dir);
    return new ServedSite(dir, builder);
  }

  /** Copies the fixture site into {@code dir}. */
  static void copyFixture(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(DOCS)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = dir.resolve(DOCS.relativize(from).toString());
        if (Files.isDirectory(from)) Files.createDirectories(to);
        else Files.copy(from, to);
      }
    }
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + preview.port() + path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).timeout(PATIENCE).GET().build());
  }

  HttpResponse<String> head(String path) {
    return send(HttpRequest.newBuilder(uri(path)).timeout(PATIENCE).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs {@code path} until its body satisfies {@code wanted}, for at most {@link #PATIENCE}. */
  String awaitBody(String path, String what, Predicate<String> wanted) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    String body = "";
    while (System.nanoTime() < deadline) {
      body = get(path).body();
      if (wanted.test(body)) return body;
      Thread.sleep(100);
    }
    return fail("no rebuild showed " + what + " at " + path + " within " + PATIENCE.toSeconds() + " s; the last body:\n"
        + body + "\nstdout:\n" + out + "\nstderr:\n" + err);
  }

  /** Waits until the standard output holds {@code line}, for at most {@link #PATIENCE}. */
  void awaitOutput(String line) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    while (!out.toString().contains(line)) {
      if (System.nanoTime() > deadline) fail("no \"" + line + "\" within " + PATIENCE.toSeconds() + " s in:\n" + out);
      Thread.sleep(50);
    }
  }

  /** Replaces {@code from} with {@code to} in a file of the site. */
  void edit(String file, String from, String to) throws IOException {
    Path path = root.resolve(file);
    String text = Files.readString(path);
    if (!text.contains(from)) throw new IllegalArgumentException(file + " does not contain " + from);
    Files.writeString(path, text.replace(from, to));
  }

  @Override
  public void close() {
    preview.close();
  }
}
