package org.edgefilter.bench.sweep;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of a whole sweep.
 *
 * @param outcomes one per run, in the sweep's order
 * @param elapsed wall-clock time of the sweep
 */
public record SweepSummary(List<RunOutcome> outcomes, Duration elapsed) {

  public SweepSummary {
    outcomes = List.copyOf(outcomes);
  }

  /** True when every run's result.json exists now. */
  public boolean allCompleted() {
    return outcomes.stream().allMatch(RunOutcome::completed);
  }

  /** The number of runs with the given status. */
  public long count(RunOutcome.Status status) {
    return outcomes.stream().filter(o -> o.status() == status).count();
  }
}
