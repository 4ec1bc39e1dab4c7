package org.edgefilter.bench.sweep;

import java.util.Map;

/**
 * What happened to one run of a sweep.
 *
 * @param task the run
 * @param status how it ended
 * @param exitCode the process's exit code; -1 when it did not run or was killed by the sweep
 * @param seconds wall-clock seconds the process ran (0 when skipped)
 * @param message one line for a human: the failure cause and the log's last line, or a warning
 * @param metrics the run's metrics when it succeeded or was skipped with a readable result
 */
public record RunOutcome(
    RunTask task,
    Status status,
    int exitCode,
    double seconds,
    String message,
    Map<String, Double> metrics) {

  /** How a run ended. */
  public enum Status {
    /** Exited 0 and wrote a readable result.json. */
    OK,
    /** result.json existed before the sweep started; not run again. */
    SKIPPED,
    /** Exited non-zero, crashed, could not start, or exited 0 without a readable result.json. */
    FAILED,
    /** Exceeded the per-run timeout and was killed. */
    TIMED_OUT
  }

  public RunOutcome {
    metrics = metrics == null ? Map.of() : Map.copyOf(metrics);
  }

  /** True for OK and SKIPPED: the run's result.json is there. */
  public boolean completed() {
    return status == Status.OK || status == Status.SKIPPED;
  }
}
