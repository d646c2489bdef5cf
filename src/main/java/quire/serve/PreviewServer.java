package quire.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site from a folder over HTTP (the JDK's server): {@code /a/b/} is
 * {@code a/b/index.html}, a missing file is the site's {@code 404.html} with status 404, a path
 * with {@code ..} or a file that resolves out of the folder is refused, and every HTML page gets
 * the current {@link Overlay}. Keeps the browsers' event streams open and tells them after each
 * build. Safe to use from several threads.
 */
final class PreviewServer implements AutoCloseable {
  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("htm", "text/html; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("json", "application/json"),
      Map.entry("xml", "application/xml"),
      Map.entry("txt", "text/plain; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("jpeg", "image/jpeg"),
      Map.entry("gif", "image/gif"),
      Map.entry("webp", "image/webp"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("ttf", "font/ttf"),
      Map.entry("woff", "font/woff"),
      Map.entry("woff2", "font/woff2"));

  /** Shown when the site has no page here and no 404.html yet (the first build failed). */
  private static final String NO_PAGE =
      "<!doctype html><html><head><meta charset=\"utf-8\"><title>Not found</title></head>"
          + "<body><p>There is no page here.</p></body></html>";

  private final Path root;
  private final HttpServer server;
  private final ExecutorService threads;
  private final List<OutputStream> streams = new CopyOnWriteArrayList<>();
  private volatile Overlay overlay = new Overlay(0, "");

  /**
   * Binds the address now (so a port in use fails here, with a {@link java.net.BindException})
   * and serves the files under {@code root} once {@link #start()} is called.
   */
  PreviewServer(Path root, InetSocketAddress address) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.server = HttpServer.create(address, 0);
    this.threads = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "quire-serve-http");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/", this::handle);
  }

  void start() {
    server.start();
  }

  /** The port the server listens on (the one the system chose when asked for port 0). */
  int port() {
    return server.getAddress().getPort();
  }

  /** Uses {@code next} for the pages served from now on and tells every open page to reload. */
  void show(Overlay next) {
    overlay = next;
    send("event: reload\ndata: " + next.generation() + "\n\n");
  }

  @Override
  public void close() {
    for (OutputStream stream : streams) closeQuietly(stream);
    streams.clear();
    server.stop(0);
    threads.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    String method = exchange.getRequestMethod();
    if (method.equals("GET") && Overlay.EVENTS_PATH.equals(exchange.getRequestURI().getPath())) {
      openStream(exchange);
      return;
    }
    try (exchange) {
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        reply(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD.\n"), false);
        return;
      }
      String path = exchange.getRequestURI().getPath();
      if (path == null || !path.startsWith("/") || path.contains("\\") || path.indexOf('\0') >= 0
          || List.of(path.split("/")).contains("..")) {
        reply(exchange, 403, "text/plain; charset=utf-8", bytes("Refused: the path leaves the site.\n"), head);
        return;
      }
      Path file = root.resolve(path.substring(1)).normalize();
      if (!file.startsWith(root)) {
        reply(exchange, 403, "text/plain; charset=utf-8", bytes("Refused: the path leaves the site.\n"), head);
        return;
      }
      if (Files.isDirectory(file) && !path.endsWith("/")) {
        // Relative links on /a/b/ resolve against the folder: send the browser there.
        exchange.getResponseHeaders().set("Location", path + "/");
        reply(exchange, 301, "text/plain; charset=utf-8", bytes("Moved to " + path + "/\n"), head);
        return;
      }
      if (Files.isDirectory(file)) file = file.resolve("index.html");
      if (Files.isRegularFile(file) && !insideRoot(file)) {
        // quire writes no links, but a file that resolves out of the folder is never served.
        reply(exchange, 403, "text/plain; charset=utf-8", bytes("Refused: the file lies outside the site.\n"), head);
        return;
      }
      if (Files.isRegularFile(file)) {
        serve(exchange, 200, file, head);
      } else if (Files.isRegularFile(root.resolve("404.html"))) {
        serve(exchange, 404, root.resolve("404.html"), head);
      } else {
        reply(exchange, 404, TYPES.get("html"), bytes(overlay.inject(NO_PAGE)), head);
      }
    } catch (IOException e) {
      // The browser went away, or the site was being swapped by a rebuild; the next request works.
    }
  }

  /** Whether {@code file}, its links resolved, lies inside the served folder. */
  private boolean insideRoot(Path file) {
    try {
      return file.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private void serve(HttpExchange exchange, int status, Path file, boolean head) throws IOException {
    String type = TYPES.getOrDefault(extension(file), "application/octet-stream");
    byte[] body = Files.readAllBytes(file);
    if (type.startsWith("text/html")) body = bytes(overlay.inject(new String(body, StandardCharsets.UTF_8)));
    reply(exchange, status, type, body, head);
  }

  private static void reply(HttpExchange exchange, int status, String type, byte[] body, boolean head)
      throws IOException {
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    if (head) {
      exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
  }

  /** Keeps the exchange open as an event stream; {@link #show} writes to it, {@link #close} ends it. */
  private void openStream(HttpExchange exchange) {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    OutputStream stream = exchange.getResponseBody();
    try {
      exchange.sendResponseHeaders(200, 0);
      // Listed before the greeting, so a build finishing meanwhile still reaches this page.
      streams.add(stream);
      synchronized (stream) {
        stream.write(bytes("retry: 1000\nevent: hello\ndata: " + overlay.generation() + "\n\n"));
        stream.flush();
      }
      // Returning without closing leaves the response open (the JDK's server does not time
      // out a response in progress); show() writes to it and close() ends it.
    } catch (IOException e) {
      streams.remove(stream);
      exchange.close();
    }
  }

  private void send(String event) {
    byte[] data = bytes(event);
    for (OutputStream stream : streams) {
      try {
        synchronized (stream) {
          stream.write(data);
          stream.flush();
        }
      } catch (IOException e) {
        streams.remove(stream);
        closeQuietly(stream);
      }
    }
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void closeQuietly(OutputStream stream) {
    try {
      stream.close();
    } catch (IOException e) {
      // Already gone.
    }
  }
}
