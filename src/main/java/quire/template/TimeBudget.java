package quire.template;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import freemarker.template.Template;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import quire.diag.Limits;

/**
 * The processor time one template run may take ({@link Limits#TEMPLATE_CPU_SECONDS}), kept by one
 * watchdog thread for all runs: a run over it has its thread interrupted, which ends it at the
 * next loop turn or macro call (the interrupt checks {@link TemplateEngine} puts into every
 * template), and {@link #end} clears the interrupt again, so it never reaches other work on that
 * thread. Processor time, not wall time, so a machine busy with other pages never cuts a run short.
 * Thread-safe.
 */
final class TimeBudget {
  private static final long BUDGET_NANOS = TimeUnit.SECONDS.toNanos(Limits.TEMPLATE_CPU_SECONDS);
  private static final long TICK_MILLIS = 100;
  /**
   * How long a template that ran over its budget is not run again, failing at once with the same
   * problem instead: a layout that loops without end would otherwise cost every page of the site
   * its ten seconds (hours at a thousand pages), and the same problem for each is reported once.
   * Long enough for the rest of a build, short enough that the next save in {@code quire serve}
   * runs it afresh.
   */
  private static final long SPENT_NANOS = TimeUnit.SECONDS.toNanos(30);
  private static final String SPENT = "quire.spent";
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported() && THREADS.isThreadCpuTimeSupported();
  private static final Set<Run> RUNS = ConcurrentHashMap.newKeySet();
  private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
    Thread thread = new Thread(task, "quire-template-watchdog");
    thread.setDaemon(true);
    return thread;
  });

  static {
    WATCHDOG.scheduleWithFixedDelay(TimeBudget::watch, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
  }

  private TimeBudget() {}

  /** One template run on one thread, from {@link #start} to {@link #end}. */
  static final class Run {
    private final Thread thread = Thread.currentThread();
    private final long startCpu = cpuNanos();
    private final long startWall = System.nanoTime();
    private volatile Environment env;
    // Guarded by this: the watchdog interrupts only a run still active, so no interrupt comes after end().
    private boolean active = true;
    private boolean expired;
    private Optional<TemplateElement> at = Optional.empty();

    /** The environment the run executes in, for the watchdog to read where it is. */
    void running(Environment environment) {
      env = environment;
    }

    /** Whether the watchdog ended this run. */
    synchronized boolean expired() {
      return expired;
    }

    /** Where the run was when the watchdog ended it; empty when not known. */
    synchronized Optional<TemplateElement> at() {
      return at;
    }

    private long cpuNanos() {
      return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }

    private long used() {
      if (!CPU_TIME) return System.nanoTime() - startWall;
      long now = THREADS.getThreadCpuTime(thread.getId());
      return now < 0 ? 0 : now - startCpu;
    }

    private synchronized void expireIfOver() {
      if (!active || expired || used() <= BUDGET_NANOS) return;
      at = where(env);
      expired = true;
      thread.interrupt();
    }

    /**
     * Ends the run: the watchdog no longer sees it, and an interrupt it sent is cleared (an
     * interrupt from anyone else is left alone).
     */
    void end() {
      boolean clear;
      synchronized (this) {
        active = false;
        clear = expired;
      }
      RUNS.remove(this);
      if (clear) Thread.interrupted();
    }
  }

  /** A template's run that went over the budget, and when. */
  private record Spent(TemplateRunner.Failure failure, long nanoTime) {}

  /** Why the template is not to be run now: it went over the budget less than 30 s ago. */
  static Optional<TemplateRunner.Failure> spent(Template template) {
    Object spent = template.getCustomAttribute(SPENT);
    if (spent instanceof Spent s && System.nanoTime() - s.nanoTime() < SPENT_NANOS) return Optional.of(s.failure());
    return Optional.empty();
  }

  /** Records that a run of {@code template} went over the budget, with the failure reported for it. */
  static void spend(Template template, TemplateRunner.Failure failure) {
    template.setCustomAttribute(SPENT, new Spent(failure, System.nanoTime()));
  }

  /** Starts watching a run on the current thread; end it with {@link Run#end} in a finally block. */
  static Run start() {
    Run run = new Run();
    RUNS.add(run);
    return run;
  }

  private static void watch() {
    for (Run run : RUNS) {
      try {
        run.expireIfOver();
      } catch (RuntimeException | OutOfMemoryError e) {
        // A thread that ended meanwhile, or memory that a page's run used up for a moment: the
        // watchdog must outlive any one run, and a periodic task that throws is never run again.
      }
    }
  }

  /**
   * The innermost instruction the run is executing, read from Freemarker's instruction stack by
   * the watchdog while the rendering thread runs on; the read is not synchronized with it, so
   * it may be a step behind, and a read that fails names the template as a whole.
   */
  private static Optional<TemplateElement> where(Environment env) {
    if (env == null) return Optional.empty();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(env);
        if (stack != null && stack.length > 0 && stack[0] != null && stack[0].getTemplate() != null) {
          return Optional.of(stack[0]);
        }
      } catch (RuntimeException e) {
        // The stack changed under the read: read again.
      }
    }
    return Optional.empty();
  }
}
