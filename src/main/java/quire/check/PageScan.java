package quire.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import quire.build.PageFacts;

/**
 * What a built page holds for the checks: the ids a fragment can name, and every reference.
 * Kept instead of the HTML, which is dropped as soon as it is scanned; and kept in the build
 * cache as a memo ({@link #memo}), so a page the cache holds unchanged is not scanned again.
 *
 * @param ids every {@code id} and {@code <a name>} of the page, as written (entities decoded)
 * @param idsKnown false for a page that failed, whose ids are not known ({@link #failed})
 * @param references every {@code href} and {@code src}, in document order
 */
record PageScan(PageFacts page, Set<String> ids, boolean idsKnown, List<Reference> references) {
  /** Separates a reference's fields in its memo string; a value holding it is not memoized. */
  private static final char FIELD = '\u0000';

  PageScan {
    ids = Set.copyOf(ids);
    references = List.copyOf(references);
  }

  /** A laid-out page's scan: its ids are all the ids it has. */
  PageScan(PageFacts page, Set<String> ids, List<Reference> references) {
    this(page, ids, true, references);
  }

  /**
   * A page that failed to render or lay out: it exists, it refers to nothing, and which ids it
   * would have is not known, so no fragment that names it is reported missing (the page's own
   * problem is the one to fix).
   */
  static PageScan failed(PageFacts page) {
    return new PageScan(page, Set.of(), false, List.of());
  }

  /**
   * The scan as strings: the number of ids, the ids (sorted, so the same page gives the same
   * memo), then one string per reference (tag, attribute, value, decorative, alt). Empty when a
   * reference cannot be written so (a field holds U+0000).
   */
  List<String> memo() {
    List<String> memo = new ArrayList<>(1 + ids.size() + references.size());
    memo.add(Integer.toString(ids.size()));
    memo.addAll(new java.util.TreeSet<>(ids));
    StringBuilder s = new StringBuilder();
    for (Reference r : references) {
      if (r.tag().indexOf(FIELD) >= 0 || r.attribute().indexOf(FIELD) >= 0 || r.value().indexOf(FIELD) >= 0
          || (r.alt() != null && r.alt().indexOf(FIELD) >= 0)) {
        return List.of();
      }
      s.setLength(0);
      s.append(r.tag()).append(FIELD).append(r.attribute()).append(FIELD).append(r.value()).append(FIELD)
          .append(r.decorative() ? '1' : '0').append(FIELD);
      if (r.alt() == null) s.append('-');
      else s.append('+').append(r.alt());
      memo.add(s.toString());
    }
    return memo;
  }

  /**
   * The scan a {@link #memo} was made of; empty when {@code memo} is not one. {@code reference}
   * reads one reference's string ({@link #referenceOf}, or a memory of its answers: the same
   * strings come back on every page).
   */
  static Optional<PageScan> ofMemo(PageFacts page, List<String> memo, Function<String, Optional<Reference>> reference) {
    try {
      int n = Integer.parseInt(memo.get(0));
      if (n < 0 || n + 1 > memo.size()) return Optional.empty();
      Set<String> ids = new HashSet<>(memo.subList(1, n + 1));
      List<Reference> refs = new ArrayList<>(memo.size() - n - 1);
      for (String s : memo.subList(n + 1, memo.size())) {
        Optional<Reference> ref = reference.apply(s);
        if (ref.isEmpty()) return Optional.empty();
        refs.add(ref.get());
      }
      return Optional.of(new PageScan(page, ids, refs));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The reference a memo string holds; empty when it holds none. */
  static Optional<Reference> referenceOf(String s) {
    int a = s.indexOf(FIELD);
    int b = s.indexOf(FIELD, a + 1);
    int c = s.indexOf(FIELD, b + 1);
    int d = s.indexOf(FIELD, c + 1);
    if (a < 0 || b < 0 || c < 0 || d != c + 2 || d + 1 >= s.length()) return Optional.empty();
    char decorative = s.charAt(c + 1);
    char alt = s.charAt(d + 1);
    if ((decorative != '0' && decorative != '1') || (alt != '-' && alt != '+')) return Optional.empty();
    if (alt == '-' && d + 2 != s.length()) return Optional.empty();
    return Optional.of(new Reference(s.substring(0, a), s.substring(a + 1, b), s.substring(b + 1, c),
        alt == '-' ? null : s.substring(d + 2), decorative == '1'));
  }
}
