package org.edgefilter.framework.analysis;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code kernels} command of a modality's command line ({@code ./edgefilter vision kernels},
 * {@code ./edgefilter audio kernels}): runs {@link KernelReport} over {@code
 * <runs>/<modality>/<name>/}. A modality registers a subclass naming itself. Exit codes: 0 done; 2
 * (usage) for a missing experiment folder, no completed baseline run or an unreadable checkpoint,
 * with one {@code error:} line naming the path.
 */
@Command(
    name = "kernels",
    mixinStandardHelpOptions = true,
    description = {
      "Learned-kernel analysis of an experiment's completed runs (their last checkpoints): per "
          + "3x3 layer the degenerate-kernel share, sparsity, variance entropy, PCA spectrum in "
          + "the baseline's basis, KL divergence from the baseline, and the best discrete "
          + "Gaussian derivative model of every kernel; plots of the per-epoch feature probes "
          + "where the runs logged them.",
      "Writes kernels.md and PNG plots to --out and adds kernels/<layer>/<figure> to each run's "
          + "result.json (atomically, other content kept) unless --no-write-results."
    })
public abstract class KernelsCommand implements Callable<Integer> {

  private final String modality;

  @Option(
      names = "--runs",
      paramLabel = "DIR",
      defaultValue = "runs",
      description = "Runs root (default: ${DEFAULT-VALUE}).")
  Path runs;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "quick",
      description = "Experiment name (default: ${DEFAULT-VALUE}).")
  String name;

  @Option(
      names = "--baseline",
      paramLabel = "ARM",
      defaultValue = "baseline",
      description = "The reference arm (default: ${DEFAULT-VALUE}).")
  String baseline;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Report folder (default: <runs>/<modality>/<name>/kernels).")
  Path out;

  @Option(
      names = "--no-write-results",
      description = "Do not add the figures to the runs' result.json.")
  boolean noWriteResults;

  /** A command for {@code modality}'s runs. */
  protected KernelsCommand(String modality) {
    this.modality = modality;
  }

  @Override
  public Integer call() {
    Path experiment = runs.resolve(modality).resolve(name);
    Path dir = out != null ? out : experiment.resolve("kernels");
    KernelReport.Output o =
        new KernelReport(experiment, baseline, dir, !noWriteResults, System.out).run();
    System.out.printf(
        "wrote %s and %d plots; kernel figures added to %d result.json files%n",
        o.markdown(), o.plots().size(), o.resultsUpdated());
    return 0;
  }
}
