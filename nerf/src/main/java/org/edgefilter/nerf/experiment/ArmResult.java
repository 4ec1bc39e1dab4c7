package org.edgefilter.nerf.experiment;

import java.nio.file.Path;
import org.edgefilter.framework.run.RunResult;

/**
 * One finished arm.
 *
 * @param arm baseline or filter
 * @param runDirectory its {@code runs/nerf/<experiment>/<arm>/seed-<n>/}
 * @param result what its {@code result.json} holds
 * @param reused whether the run had already completed and was not trained again
 * @param lpipsNote why LPIPS is missing from the metrics, empty if it is there
 */
public record ArmResult(
    Arm arm, Path runDirectory, RunResult result, boolean reused, String lpipsNote) {

  /** The folder holding the rendered test views as {@code <name>.png}. */
  public Path rendersDirectory() {
    return runDirectory.resolve(NerfRun.RENDERS);
  }
}
