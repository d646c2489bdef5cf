package quire.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Items handed out one at a time to every core. */
class ParallelTest {
  @Test
  void everyItemRunsOnce() {
    List<Integer> items = IntStream.range(0, 5_000).boxed().toList();
    ConcurrentHashMap<Integer, AtomicInteger> runs = new ConcurrentHashMap<>();
    Parallel.forEach(items, i -> runs.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
    assertEquals(items.size(), runs.size());
    assertTrue(runs.values().stream().allMatch(n -> n.get() == 1));
    Parallel.forEach(List.of(), i -> { throw new AssertionError("no items"); });
  }

  @Test
  void theFirstFailureStopsTheItemsNotStartedAndIsThrown() {
    List<Integer> items = IntStream.range(0, 100_000).boxed().toList();
    AtomicInteger ran = new AtomicInteger();
    IllegalStateException thrown = new IllegalStateException("item 10");
    IllegalStateException caught = assertThrows(IllegalStateException.class, () -> Parallel.forEach(items, i -> {
      ran.incrementAndGet();
      if (i == 10) throw thrown;
    }));
    assertSame(thrown.getMessage(), caught.getMessage());
    assertTrue(ran.get() < items.size(), "stopped after " + ran.get());
    assertThrows(StackOverflowError.class, () -> Parallel.forEach(List.of(1, 2, 3), i -> {
      throw new StackOverflowError();
    }));
  }
}
