package quire.check;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.regex.Pattern;
import quire.diag.Located;
import quire.diag.Problem;
import quire.diag.Rule;

/**
 * Checks external {@code http(s)} links: HEAD first, GET when the server refuses HEAD; redirects
 * followed by hand (at most {@link Settings#maxRedirects}); at most {@link Settings#perHost}
 * requests at a time to one host; {@code 429} and {@code 503} retried after their
 * {@code Retry-After} (capped); results cached between runs. Never called unless asked
 * ({@code --external}). One instance per run.
 */
public final class ExternalLinkCheck {
  /**
   * How hard to try.
   *
   * @param timeout for one request, connection included
   * @param retries how many times a URL is tried again after a {@code 429}/{@code 503} or a timeout
   * @param maxRetryAfter the longest {@code Retry-After} honoured; longer waits are cut to this
   * @param perHost requests in flight to one host at a time
   * @param threads requests in flight in all
   */
  public record Settings(Duration timeout, int retries, Duration maxRetryAfter, int perHost, int threads,
      int maxRedirects) {
    public static final Settings DEFAULTS = new Settings(Duration.ofSeconds(10), 2, Duration.ofSeconds(30), 2, 16, 10);
  }

  private static final String AGENT = "quire-link-check/0.1";

  private final Settings settings;
  private final LinkCache cache;
  private final List<Pattern> ignore;
  private final HttpClient client;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

  private ExternalLinkCheck(Settings settings, LinkCache cache, List<Pattern> ignore) {
    this.settings = settings;
    this.cache = cache;
    this.ignore = List.copyOf(ignore);
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(settings.timeout())
        .build();
  }

  /**
   * A check that remembers results in {@code cacheFile} (none when empty) and skips every URL
   * one of {@code ignorePatterns} finds a match in.
   */
  public static ExternalLinkCheck of(Settings settings, Optional<Path> cacheFile, List<String> ignorePatterns) {
    List<Pattern> patterns = new ArrayList<>();
    for (String p : ignorePatterns) patterns.add(Pattern.compile(p));
    return new ExternalLinkCheck(settings, cacheFile.map(LinkCache::at).orElseGet(LinkCache::none), patterns);
  }

  /** What checking one URL found. */
  public record Outcome(boolean ok, String detail) {}

  /** Checks every URL; a broken one is a problem at each place it is written. */
  public List<Problem> check(Map<String, List<Located>> urls) {
    Instant now = Instant.now();
    Map<String, Outcome> outcomes = new ConcurrentHashMap<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, settings.threads()), r -> {
      Thread t = new Thread(r, "quire-external-links");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> pending = new ArrayList<>();
      for (String url : urls.keySet()) {
        if (ignored(url)) continue;
        Optional<LinkCache.Entry> cached = cache.fresh(url, now);
        if (cached.isPresent()) {
          outcomes.put(url, new Outcome(cached.get().ok(), cached.get().detail()));
          continue;
        }
        pending.add(pool.submit(() -> {
          Outcome o = check(url);
          outcomes.put(url, o);
          cache.put(url, new LinkCache.Entry(Instant.now(), o.ok(), o.detail()));
        }));
      }
      for (Future<?> f : pending) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("external link check failed", e.getCause());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      pool.shutdownNow();
    }
    cache.save(Instant.now());
    List<Problem> problems = new ArrayList<>();
    urls.forEach((url, places) -> {
      Outcome o = outcomes.get(url);
      if (o == null || o.ok()) return;
      for (Located at : places) problems.add(Problem.of(Rule.LINK_EXTERNAL_BROKEN, at, "external link " + url + " is broken: " + o.detail()));
    });
    return problems;
  }

  private boolean ignored(String url) {
    for (Pattern p : ignore) {
      if (p.matcher(url).find()) return true;
    }
    return false;
  }

  /** Checks one URL, following redirects and retrying as the settings allow. */
  public Outcome check(String url) {
    URI uri;
    try {
      uri = URI.create(url.replace(" ", "%20"));
    } catch (IllegalArgumentException e) {
      return new Outcome(false, "not a valid URL (" + e.getMessage() + ")");
    }
    List<String> chain = new ArrayList<>();
    for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
      if (uri.getHost() == null || !(uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))) {
        return new Outcome(false, "redirects to " + uri + ", which is not an http(s) URL");
      }
      Response r = request(uri);
      if (r.error().isPresent()) return new Outcome(false, r.error().get() + redirected(chain));
      int status = r.status();
      if (status >= 300 && status < 400 && status != 304) {
        Optional<String> location = r.location();
        if (location.isEmpty()) return new Outcome(false, "HTTP " + status + " without a Location header" + redirected(chain));
        chain.add(status + " " + uri);
        try {
          uri = uri.resolve(location.get().replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
          return new Outcome(false, "HTTP " + status + " to an invalid Location \"" + location.get() + "\"");
        }
        continue;
      }
      if (status >= 200 && status < 400) return new Outcome(true, "HTTP " + status + redirected(chain));
      return new Outcome(false, "HTTP " + status + redirected(chain));
    }
    return new Outcome(false, "more than " + settings.maxRedirects() + " redirects" + redirected(chain));
  }

  private static String redirected(List<String> chain) {
    return chain.isEmpty() ? "" : " (after " + chain.size() + " redirect" + (chain.size() == 1 ? "" : "s") + ")";
  }

  private record Response(int status, Optional<String> location, Optional<String> error, Duration retryAfter) {
    static Response failed(String why) {
      return new Response(0, Optional.empty(), Optional.of(why), Duration.ZERO);
    }
  }

  /** HEAD, then GET if HEAD is refused; retried on 429/503 and timeouts. */
  private Response request(URI uri) {
    Semaphore host = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort(),
        h -> new Semaphore(Math.max(1, settings.perHost())));
    Response last = null;
    for (int attempt = 0; attempt <= settings.retries(); attempt++) {
      Optional<Duration> wait = Optional.empty();
      try {
        host.acquire();
        try {
          last = send(uri, "HEAD");
          if (last.error().isEmpty() && last.status() >= 400 && last.status() != 429) {
            // Many servers answer HEAD with 405 or 501 (and some with 403/404) but serve GET.
            last = send(uri, "GET");
          }
        } finally {
          host.release();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return Response.failed(("interrupted"));
      }
      if (last.status() == 429 || last.status() == 503) {
        wait = Optional.of(last.retryAfter());
      } else if (last.error().isPresent() && last.error().get().startsWith("timed out")) {
        wait = Optional.of(Duration.ZERO);
      } else {
        return last;
      }
      if (attempt < settings.retries()) sleep(wait.get());
    }
    return last;
  }

  private Response send(URI uri, String method) {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(settings.timeout())
        .header("User-Agent", AGENT)
        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
        .build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      return new Response(response.statusCode(), response.headers().firstValue("Location"), Optional.empty(),
          retryAfter(response.headers().firstValue("Retry-After")));
    } catch (HttpTimeoutException e) {
      return Response.failed(("timed out after " + settings.timeout().toMillis() + " ms"));
    } catch (ConnectException e) {
      return Response.failed(("cannot connect" + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")")));
    } catch (IOException e) {
      return Response.failed((e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : ": " + e.getMessage())));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Response.failed(("interrupted"));
    }
  }

  /** {@code Retry-After} as seconds or an HTTP date, capped; one second when absent or unreadable. */
  Duration retryAfter(Optional<String> header) {
    Duration wait = Duration.ofSeconds(1);
    if (header.isPresent()) {
      String v = header.get().strip();
      try {
        wait = Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
      } catch (NumberFormatException e) {
        try {
          wait = Duration.between(Instant.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
          if (wait.isNegative()) wait = Duration.ZERO;
        } catch (RuntimeException ignored) {
          // Keep the default.
        }
      }
    }
    return wait.compareTo(settings.maxRetryAfter()) > 0 ? settings.maxRetryAfter() : wait;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
