package org.edgefilter.bench.sweep;

import java.util.List;

/** Receives a sweep's events; calls are serialized (never two at once). */
public interface SweepListener {

  /** Before any run: the whole plan and how many runs will execute (the rest are skipped). */
  default void planned(List<RunTask> tasks, int toRun) {}

  /** A run's process is about to start. */
  default void started(RunTask task) {}

  /** A run finished or was skipped. */
  void finished(RunOutcome outcome, SweepProgress progress);

  /** Every run finished. */
  default void done(SweepSummary summary) {}
}
