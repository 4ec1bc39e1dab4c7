package org.edgefilter.audio.experiment;

import java.util.List;

/**
 * What {@link AudioExperiment#run} returns.
 *
 * @param config the experiment's configuration (the filter arm's; the baseline sets the filter's
 *     mode to IDENTITY)
 * @param arms the baseline and the filter arm, in that order
 * @param table the printed comparison table
 * @param featureSeconds wall time of feature extraction, shared by both arms
 */
public record ExperimentResult(
    AudioConfig config, List<ArmResult> arms, String table, double featureSeconds) {

  public ExperimentResult {
    arms = List.copyOf(arms);
  }

  /** The result of {@code arm}. */
  public ArmResult arm(Arm arm) {
    return arms.stream()
        .filter(a -> a.arm() == arm)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no arm " + arm.id()));
  }
}
