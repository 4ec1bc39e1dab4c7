package org.edgefilter.bench.sweep;

import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.edgefilter.bench.sweep.RunOutcome.Status;

/**
 * Runs a sweep on this machine: runs whose {@code result.json} exists are skipped (resume), the
 * others execute as separate processes, at most {@link SweepSpec#parallel()} at once. A run that
 * crashes, runs out of memory or exits non-zero is reported and the sweep goes on. If the JVM is
 * stopped (Ctrl-C), the running child processes are killed with it.
 */
public final class SweepRunner {

  private final SweepSpec spec;
  private final SweepListener listener;
  private final Set<Process> live = ConcurrentHashMap.newKeySet();

  /**
   * @param spec what to run
   * @param listener receives progress; e.g. {@link ProgressPrinter}
   */
  public SweepRunner(SweepSpec spec, SweepListener listener) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** Runs every pending run and returns when all have finished. */
  public SweepSummary run() throws InterruptedException {
    long start = System.nanoTime();
    List<RunTask> tasks = spec.tasks();
    RunOutcome[] outcomes = new RunOutcome[tasks.size()];
    List<RunTask> pending = new ArrayList<>();
    for (RunTask task : tasks) {
      if (Files.exists(task.resultFile())) {
        outcomes[task.index() - 1] = RunProcess.skipped(task);
      } else {
        pending.add(task);
      }
    }
    Tracker tracker = new Tracker(tasks.size(), spec.parallel(), start);
    synchronized (tracker) {
      listener.planned(tasks, pending.size());
      for (RunOutcome o : outcomes) {
        if (o != null) {
          listener.finished(o, tracker.record(o));
        }
      }
    }
    Thread killer = new Thread(this::killLive, "sweep-shutdown");
    Runtime.getRuntime().addShutdownHook(killer);
    AtomicInteger threadCount = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            spec.parallel(),
            r -> {
              Thread t = new Thread(r, "sweep-run-" + threadCount.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (RunTask task : pending) {
        futures.add(
            pool.submit(
                () -> {
                  synchronized (tracker) {
                    listener.started(task);
                  }
                  Process[] mine = new Process[1];
                  RunOutcome outcome =
                      RunProcess.execute(
                          task,
                          spec,
                          p -> {
                            if (p != null) {
                              mine[0] = p;
                              live.add(p);
                            } else if (mine[0] != null) {
                              live.remove(mine[0]);
                            }
                          });
                  outcomes[task.index() - 1] = outcome;
                  synchronized (tracker) {
                    listener.finished(outcome, tracker.record(outcome));
                  }
                  return null;
                }));
      }
      for (Future<?> f : futures) {
        try {
          f.get();
        } catch (ExecutionException e) {
          throw new IllegalStateException("sweep worker failed: " + e.getCause(), e.getCause());
        }
      }
    } catch (InterruptedException e) {
      killLive();
      throw e;
    } finally {
      pool.shutdownNow();
      try {
        Runtime.getRuntime().removeShutdownHook(killer);
      } catch (IllegalStateException shuttingDown) {
        // The JVM is already exiting; the hook runs and kills the children.
      }
    }
    SweepSummary summary =
        new SweepSummary(List.of(outcomes), Duration.ofNanos(System.nanoTime() - start));
    synchronized (tracker) {
      listener.done(summary);
    }
    return summary;
  }

  private void killLive() {
    for (Process p : live) {
      RunProcess.destroyTree(p);
    }
  }

  /** Counts and timing; every call holds the tracker's lock. */
  private static final class Tracker {
    private final int total;
    private final long startNanos;
    private int finished;
    private int ok;
    private int failed;
    private int skipped;
    private int executed;
    private double executedSeconds;
    private final int parallel;

    Tracker(int total, int parallel, long startNanos) {
      this.total = total;
      this.parallel = parallel;
      this.startNanos = startNanos;
    }

    SweepProgress record(RunOutcome o) {
      finished++;
      switch (o.status()) {
        case OK -> ok++;
        case SKIPPED -> skipped++;
        case FAILED, TIMED_OUT -> failed++;
      }
      if (o.status() != Status.SKIPPED) {
        executed++;
        executedSeconds += o.seconds();
      }
      Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
      double mean = executed == 0 ? 0 : executedSeconds / executed;
      return new SweepProgress(
          total,
          finished,
          ok,
          failed,
          skipped,
          elapsed,
          SweepProgress.eta(total - finished, parallel, mean, executed));
    }
  }
}
