package org.edgefilter.framework.cli;

import java.nio.file.Path;
import org.edgefilter.framework.run.RunPath;
import picocli.CommandLine.Option;

/**
 * {@code --run PATH}: the run folder a read-only command (evaluate, render) works on, as a picocli
 * mixin. Without it the run is the one {@link CommonOptions} and {@link RunOptions} name ({@code
 * --runs}, {@code --name}, {@code --arm}, {@code --seed}).
 */
public final class ExistingRunOption {

  @Option(
      names = "--run",
      paramLabel = "PATH",
      description =
          "A run folder <runs>/<modality>/<experiment>/<arm>/seed-<n>; instead of"
              + " --runs, --name, --arm and --seed.")
  private Path run;

  /** The explicit {@code --run} folder, or null. */
  public Path path() {
    return run;
  }

  /**
   * The run to work on: {@code --run}, else the run of {@code armName} under {@code common}'s root
   * and seed and {@code options}' experiment name. It must exist.
   *
   * @param modality the module's modality
   * @param defaultExperiment the experiment name when {@code --name} is not given
   * @param armName the folder of the chosen arm (used without {@code --run})
   * @param hint the command that creates the run, for the error message
   * @throws ConfigException naming the folder when it holds no run
   */
  public RunPath resolve(
      CommonOptions common,
      RunOptions options,
      String modality,
      String defaultExperiment,
      String armName,
      String hint) {
    if (run != null) {
      return RunPath.requireExisting(run, modality, hint);
    }
    return new RunPath(
            common.runs(), modality, options.experiment(defaultExperiment), armName, common.seed())
        .requireExisting(hint);
  }
}
