package quire.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The results of earlier external link checks, kept in a file so repeated runs skip URLs checked
 * recently: a working URL for {@link #OK_FOR}, a failing one for {@link #FAILED_FOR} (it may be
 * fixed soon). One line per URL: {@code checked-at-epoch-ms TAB ok|broken TAB url TAB detail}.
 * An unreadable file is ignored, never fatal. Thread-safe.
 */
final class LinkCache {
  static final Duration OK_FOR = Duration.ofHours(24);
  static final Duration FAILED_FOR = Duration.ofHours(1);

  /** What a check of one URL found. */
  record Entry(Instant checked, boolean ok, String detail) {}

  private final Optional<Path> file;
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  private LinkCache(Optional<Path> file) {
    this.file = file;
  }

  /** A cache read from (and saved to) {@code file}; empty when it does not exist yet. */
  static LinkCache at(Path file) {
    LinkCache cache = new LinkCache(Optional.of(file));
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          String[] parts = line.split("\t", 4);
          if (parts.length < 3) continue;
          try {
            cache.entries.put(parts[2], new Entry(Instant.ofEpochMilli(Long.parseLong(parts[0])),
                parts[1].equals("ok"), parts.length > 3 ? parts[3] : ""));
          } catch (NumberFormatException ignored) {
            // A damaged line: the URL is checked again.
          }
        }
      } catch (IOException ignored) {
        // An unreadable cache only costs time.
      }
    }
    return cache;
  }

  /** A cache that remembers nothing between runs. */
  static LinkCache none() {
    return new LinkCache(Optional.empty());
  }

  /** The result for {@code url} when it is still fresh at {@code now}. */
  Optional<Entry> fresh(String url, Instant now) {
    Entry e = entries.get(url);
    if (e == null) return Optional.empty();
    Duration life = e.ok() ? OK_FOR : FAILED_FOR;
    return e.checked().plus(life).isAfter(now) && !e.checked().isAfter(now) ? Optional.of(e) : Optional.empty();
  }

  void put(String url, Entry entry) {
    entries.put(url, entry);
  }

  /** Writes the cache (atomically), dropping entries that have expired. */
  void save(Instant now) {
    if (file.isEmpty()) return;
    StringBuilder out = new StringBuilder();
    new TreeMap<>(entries).forEach((url, e) -> {
      if (fresh(url, now).isEmpty() || url.contains("\t") || url.contains("\n")) return;
      out.append(e.checked().toEpochMilli()).append('\t').append(e.ok() ? "ok" : "broken").append('\t')
          .append(url).append('\t').append(e.detail().replaceAll("[\t\r\n]", " ")).append('\n');
    });
    try {
      Path target = file.get().toAbsolutePath();
      Files.createDirectories(target.getParent());
      Path temp = Files.createTempFile(target.getParent(), ".link-cache", ".tmp");
      Files.writeString(temp, out, StandardCharsets.UTF_8);
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException ignored) {
      // Not being able to save the cache only costs time on the next run.
    }
  }
}
