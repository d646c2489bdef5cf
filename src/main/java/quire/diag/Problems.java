package quire.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The sink every stage reports into. Safe to share between threads; stages add and carry on,
 * and only the reporter reads the result. The same problem reported twice (say, by two pages
 * that render one broken partial the same way) is kept once.
 */
public final class Problems {
  private final ConcurrentLinkedQueue<Problem> added = new ConcurrentLinkedQueue<>();

  public void add(Problem problem) {
    added.add(problem);
  }

  public void report(Rule rule, Located where, String message) {
    add(Problem.of(rule, where, message));
  }

  public void report(Rule rule, Position at, String message) {
    add(Problem.of(rule, at, message));
  }

  /**
   * Every problem so far, without repeats, sorted by file and position. A problem inside a
   * partial that several render calls reach is one problem, with the first render chain as its
   * {@code via} and a note of how many others reach it.
   */
  public List<Problem> sorted() {
    List<Problem> all = new ArrayList<>(new LinkedHashSet<>(added));
    all.sort(null);
    Map<List<Object>, List<Problem>> byPlace = new LinkedHashMap<>();
    for (Problem p : all) {
      byPlace.computeIfAbsent(List.of(p.severity(), p.rule(), p.at(), p.message()), k -> new ArrayList<>()).add(p);
    }
    List<Problem> once = new ArrayList<>(byPlace.size());
    for (List<Problem> same : byPlace.values()) {
      Problem first = same.get(0);
      if (same.size() == 1) {
        once.add(first);
        continue;
      }
      int more = same.size() - 1;
      // A partial is reached through render calls; a template (the other case) on pages.
      String file = first.at().file();
      boolean onPages = !file.startsWith("partials/") && !file.contains("/_partials/");
      String what = onPages ? " (and on " + more + " more page" : " (and through " + more + " more render call";
      once.add(new Problem(first.severity(), first.rule(), first.at(), first.message() + what
          + (more == 1 ? "" : "s") + ")", first.via()));
    }
    return List.copyOf(once);
  }

  public boolean hasErrors() {
    return added.stream().anyMatch(Problem::isError);
  }
}
