package quire.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import quire.diag.Located;
import quire.diag.Position;
import quire.diag.SourceFile;

/**
 * Finds where a reference that has no Markdown link record (raw HTML, shortcode output) was
 * written: in the page's own file first, then in the partials the page renders, following the
 * render calls down so a hit in a partial carries its {@code via} chain. Shared by every page;
 * the per-page cursor keeps repeated values in document order. Thread-safe.
 */
final class SourceSearch {
  /** A render call: the partial it brings in and where the call is written. */
  record Call(String partial, Position at) {}

  private final Map<String, SourceFile> files;
  private final Map<String, List<Call>> callsByFile;

  SourceSearch(Map<String, SourceFile> files, Map<String, ? extends Iterable<Position>> usage) {
    this.files = Map.copyOf(files);
    Map<String, List<Call>> calls = new HashMap<>();
    usage.forEach((partial, sites) -> {
      for (Position site : sites) calls.computeIfAbsent(site.file(), k -> new ArrayList<>()).add(new Call(partial, site));
    });
    calls.values().forEach(list -> list.sort((a, b) -> a.at().compareTo(b.at())));
    this.callsByFile = Map.copyOf(calls);
  }

  /** Remembers, per file and value, where the next search starts. One per page; not thread-safe. */
  static final class Cursor {
    private final Map<String, Integer> next = new HashMap<>();
  }

  /** Where {@code ref} was written, searching from the page's file down its render calls. */
  Optional<Located> find(String pageFile, Reference ref, Cursor cursor) {
    if (ref.value().isEmpty()) return Optional.empty();
    List<Located> places = new ArrayList<>();
    places.add(Located.at(Position.of(pageFile)));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < places.size() && i < 64; i++) {
      Located place = places.get(i);
      String file = place.at().file();
      if (!seen.add(file + "|" + place.via())) continue;
      SourceFile source = files.get(file);
      if (source != null) {
        int offset = search(source, ref, cursor);
        if (offset >= 0) return Optional.of(new Located(source.position(offset), place.via()));
      }
      for (Call call : callsByFile.getOrDefault(file, List.of())) {
        if (!place.via().isEmpty() && !isWithin(call, place)) continue;
        List<Position> via = new ArrayList<>(place.via());
        via.add(call.at());
        places.add(new Located(Position.of(call.partial()), via));
      }
    }
    return Optional.empty();
  }

  /** A call in a partial counts for every page that renders the partial. */
  private static boolean isWithin(Call call, Located place) {
    return call.at().file().equals(place.at().file());
  }

  private static int search(SourceFile source, Reference ref, Cursor cursor) {
    String text = source.text();
    String value = ref.value();
    String escaped = value.replace("&", "&amp;");
    String key = source.path() + "\u0000" + value;
    int from = cursor.next.getOrDefault(key, 0);
    int best = -1;
    int length = value.length();
    for (String v : escaped.equals(value) ? List.of(value) : List.of(value, escaped)) {
      for (String quote : List.of("\"", "'", "")) {
        String needle = ref.attribute() + "=" + quote + v;
        int at = text.indexOf(needle, from);
        if (at >= 0 && (best < 0 || at + needle.length() - v.length() < best)) {
          best = at + needle.length() - v.length();
          length = v.length();
        }
      }
    }
    if (best < 0 && value.length() >= 2) {
      best = text.indexOf(value, from);
    }
    if (best >= 0) cursor.next.put(key, best + length);
    return best;
  }
}
