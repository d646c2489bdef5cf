package quire.build;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Work spread over every core one item at a time. A parallel stream splits a list into a few
 * ranges up front (four a core), which suits items that cost the same; a build's pages do not:
 * after an edit, the pages rendered afresh cost a hundred times the others and sit together in
 * the list, and the range that holds most of them ran alone for the last second of a partial
 * edit at 10,000 pages, one core idle.
 */
final class Parallel {
  private Parallel() {}

  /**
   * Runs {@code task} on each item, on the calling thread and the common pool's, each taking the
   * next item as it finishes one; returns when all are done. The first exception or error a task
   * throws stops the items not yet started and is thrown here.
   */
  static <T> void forEach(List<T> items, Consumer<? super T> task) {
    int workers = Math.min(items.size(), ForkJoinPool.getCommonPoolParallelism() + 1);
    if (workers <= 1) {
      items.forEach(task);
      return;
    }
    AtomicInteger next = new AtomicInteger();
    // Kept here rather than left to the pool, which hands a helper's exception to the caller
    // as a copy wrapping it.
    AtomicReference<Throwable> failed = new AtomicReference<>();
    Runnable worker = () -> {
      try {
        for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) task.accept(items.get(i));
      } catch (RuntimeException | Error e) {
        next.set(items.size());
        if (!failed.compareAndSet(null, e) && failed.get() != e) failed.get().addSuppressed(e);
      }
    };
    List<ForkJoinTask<?>> helpers = new ArrayList<>(workers - 1);
    for (int w = 1; w < workers; w++) helpers.add(ForkJoinPool.commonPool().submit(worker));
    worker.run();
    for (ForkJoinTask<?> helper : helpers) helper.join();
    if (failed.get() instanceof RuntimeException e) throw e;
    if (failed.get() instanceof Error e) throw e;
  }
}
