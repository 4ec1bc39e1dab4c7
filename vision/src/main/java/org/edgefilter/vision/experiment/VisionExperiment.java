package org.edgefilter.vision.experiment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunPath;
import org.edgefilter.framework.run.RunResult;

/**
 * The vision study: for each seed, train the baseline arm (no filter) and the filter arm on clean
 * CIFAR-10, evaluate Source / BN-Norm / TENT on the CIFAR-10-C set, and write a comparison report.
 */
public final class VisionExperiment {

  /** The modality folder under the runs root. */
  public static final String MODALITY = "vision";

  /** The finished runs and the report's location. */
  public record Outcome(List<RunResult> results, Path report) {}

  private VisionExperiment() {}

  /** The arms of {@code config}: the baseline at the filter's slot, then the filter (if any). */
  public static List<FilterConfig> arms(VisionConfig config) {
    List<FilterConfig> arms = new ArrayList<>();
    arms.add(config.filter().baseline());
    if (config.filter().enabled()) {
      arms.add(config.filter());
    }
    return arms;
  }

  /** Loads the data and makes sure the corrupted set exists. */
  public static VisionRun.Inputs inputs(
      VisionConfig config, Path dataRoot, Path runsRoot, PrintStream out) {
    VisionData data = VisionData.load(dataRoot, config.data(), out);
    Path corrupted =
        config.data().corruptedDir().isEmpty()
            ? CorruptedSets.ensure(
                data,
                config.data(),
                CorruptedSets.resolve(config.tta().corruptions()),
                dataRoot,
                runsRoot,
                out)
            : Path.of(config.data().corruptedDir());
    out.printf(
        "data: %s, %d training and %d test images (%s), %d classes, %dx%d; corrupted set %s%n",
        data.dataset(),
        data.train().size(),
        data.test().size(),
        config.data().source(),
        data.classes(),
        data.imageSize(),
        data.imageSize(),
        corrupted);
    return new VisionRun.Inputs(data, corrupted);
  }

  /** Runs every arm for every seed (completed runs are reused) and writes the report. */
  public static Outcome run(
      VisionConfig config,
      String experiment,
      List<Long> seeds,
      Path dataRoot,
      Path runsRoot,
      PrintStream out) {
    VisionRun.Inputs inputs = inputs(config, dataRoot, runsRoot, out);
    List<RunResult> results = new ArrayList<>();
    for (long seed : seeds) {
      for (FilterConfig arm : arms(config)) {
        RunDirectory dir = RunDirectory.open(runsRoot, MODALITY, experiment, arm.armName(), seed);
        results.add(new VisionRun(config.withFilter(arm), dir, inputs, out).run());
      }
    }
    Path reportDir = RunPath.experimentDir(runsRoot, MODALITY, experiment);
    Path report = VisionReport.write(reportDir, results, config.tta().methods());
    out.println();
    out.println(VisionReport.summaryTable(results, config.tta().methods()));
    out.println("report: " + report);
    return new Outcome(results, report);
  }
}
