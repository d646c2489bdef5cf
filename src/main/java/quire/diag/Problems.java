package quire.diag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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

  /** Every problem so far, without repeats, sorted by file and position. */
  public List<Problem> sorted() {
    List<Problem> all = new ArrayList<>(new LinkedHashSet<>(added));
    all.sort(null);
    return List.copyOf(all);
  }

  public boolean hasErrors() {
    return added.stream().anyMatch(Problem::isError);
  }
}
