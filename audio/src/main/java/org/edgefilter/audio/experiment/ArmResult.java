package org.edgefilter.audio.experiment;

import java.nio.file.Path;
import org.edgefilter.framework.run.RunResult;

/**
 * What one arm's run produced.
 *
 * @param arm the arm
 * @param runDirectory its run directory
 * @param result the content of its {@code result.json}
 * @param reused whether the run had already completed and was not run again
 */
public record ArmResult(Arm arm, Path runDirectory, RunResult result, boolean reused) {}
