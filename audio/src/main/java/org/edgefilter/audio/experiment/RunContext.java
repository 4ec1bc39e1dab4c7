package org.edgefilter.audio.experiment;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Objects;
import org.edgefilter.framework.data.Seeds;

/**
 * Where and how runs execute; none of it changes results, so none of it is in the configuration
 * except the seed, which is part of the run directory's name.
 *
 * @param runs root of the run directories
 * @param experiment the experiment's folder name, e.g. {@code fsdd-quick}
 * @param seed drives initialization, shuffling, dropout and augmentation (see {@link Seeds})
 * @param threads TensorFlow intra- and inter-op threads; 0 for TensorFlow's default
 * @param out messages and tables
 * @param progress progress lines of long loops
 */
public record RunContext(
    Path runs, String experiment, long seed, int threads, PrintWriter out, PrintStream progress) {

  public RunContext {
    Objects.requireNonNull(runs, "runs");
    Objects.requireNonNull(experiment, "experiment");
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(progress, "progress");
    if (seed < 0) {
      throw new IllegalArgumentException("seed must be >= 0, got " + seed);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be >= 0, got " + threads);
    }
  }

  /** The default experiment name: {@code <dataset>-<preset>}. */
  public static String defaultExperiment(AudioDataset dataset, String preset) {
    return dataset.id() + "-" + preset;
  }
}
