package org.edgefilter.bench.sweep;

import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.run.RunResult;

/**
 * One run of a sweep.
 *
 * @param index 1-based position in the sweep (also the Slurm array index when all runs are emitted)
 * @param arm the arm
 * @param seed the seed
 * @param runDir {@code runs/<modality>/<experiment>/<arm>/seed-<n>}, absolute
 * @param command the expanded command line
 */
public record RunTask(int index, ArmSpec arm, long seed, Path runDir, List<String> command) {

  public RunTask {
    command = List.copyOf(command);
  }

  /** The file whose presence means this run completed. */
  public Path resultFile() {
    return runDir.resolve(RunResult.FILE_NAME);
  }

  /** Where the run's standard output and error go. */
  public Path logFile() {
    return runDir.resolve("run.log");
  }

  /** {@code arm seed n}, for progress lines. */
  public String label() {
    return arm.name() + " seed " + seed;
  }
}
