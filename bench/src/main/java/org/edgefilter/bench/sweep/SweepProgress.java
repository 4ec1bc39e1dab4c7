package org.edgefilter.bench.sweep;

import java.time.Duration;

/**
 * The state of a sweep after a run finished.
 *
 * @param total number of runs in the sweep
 * @param finished runs finished so far (including skipped)
 * @param ok runs that succeeded in this invocation
 * @param failed runs that failed or timed out
 * @param skipped runs skipped because their result.json existed
 * @param elapsed time since the sweep started
 * @param eta estimated time to finish; null until one run has executed
 */
public record SweepProgress(
    int total, int finished, int ok, int failed, int skipped, Duration elapsed, Duration eta) {

  /**
   * The ETA from the mean duration of the runs executed so far: the remaining runs take {@code
   * remaining / min(parallel, remaining)} rounds of the mean duration each.
   */
  static Duration eta(int remaining, int parallel, double meanSeconds, int executed) {
    if (remaining == 0) {
      return Duration.ZERO;
    }
    if (executed == 0) {
      return null;
    }
    double rounds = (double) remaining / Math.min(parallel, remaining);
    return Duration.ofMillis(Math.round(rounds * meanSeconds * 1000));
  }
}
