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
  void itemsAreHandedOutOneAtATime() throws InterruptedException {
    // The first item waits until every other is done: with items handed out one at a time the
    // other thread takes them all, where a split into fixed ranges would leave some of them
    // behind the first, on the waiting thread.
    List<Integer> items = IntStream.range(0, 400).boxed().toList();
    java.util.concurrent.CountDownLatch others = new java.util.concurrent.CountDownLatch(items.size() - 1);
    AtomicInteger waitedInVain = new AtomicInteger();
    Parallel.forEach(items, i -> {
      if (i > 0) {
        others.countDown();
        return;
      }
      try {
        if (!others.await(20, java.util.concurrent.TimeUnit.SECONDS)) waitedInVain.incrementAndGet();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    assertEquals(0, waitedInVain.get());
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
    assertSame(thrown, caught, "the task's own exception, from whichever thread ran the item");
    assertTrue(ran.get() < items.size(), "stopped after " + ran.get());
    assertThrows(StackOverflowError.class, () -> Parallel.forEach(List.of(1, 2, 3), i -> {
      throw new StackOverflowError();
    }));
    // Thrown on a helper thread (the caller's items never fail): still the task's own exception.
    String caller = Thread.currentThread().getName();
    IllegalStateException onHelper = new IllegalStateException("helper");
    for (int attempt = 0; attempt < 20; attempt++) {
      try {
        Parallel.forEach(items, i -> {
          if (!Thread.currentThread().getName().equals(caller)) throw onHelper;
        });
      } catch (IllegalStateException e) {
        assertSame(onHelper, e);
      }
    }
  }
}
