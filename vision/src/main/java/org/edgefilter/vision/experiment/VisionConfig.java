package org.edgefilter.vision.experiment;

import java.util.List;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.vision.model.FilterConfig;
import org.edgefilter.vision.model.ModelConfig;

/**
 * The complete configuration of a vision run; presets {@code smoke}, {@code quick}, {@code paper}
 * with {@code --set key=value} overrides (dotted keys, e.g. {@code model.depth=16},
 * {@code filter.k=3}).
 *
 * @param data which images to train and test on
 * @param model the architecture
 * @param filter the filter arm (the experiment adds the baseline arm: the same slot, no filter)
 * @param train the training recipe
 * @param tta the test-time adaptation evaluation
 */
public record VisionConfig(
    DataConfig data, ModelConfig model, FilterConfig filter, TrainConfig train, TtaConfig tta) {

  /**
   * @param source {@code subset}: the exact CIFAR-10 bytes of the first 1000 images of each batch
   *     (5000 train, 1000 test), from the shared subset files or else the official release;
   *     {@code jpeg}: the full CIFAR-10 from the shared data's JPEG zips (50,000 / 10,000; lossy,
   *     about 30 dB); {@code release}: the official binary release in {@code
   *     <data>/cifar-10-batches-bin/} ({@code ./edgefilter vision download cifar10})
   * @param trainLimit use at most this many training images (0 = all)
   * @param testLimit use at most this many test images (0 = all)
   * @param corruptedDir a CIFAR-10-C folder in the official layout to use instead of generating
   *     one (empty = generate from the test images, cached under the runs folder)
   * @param corruptionSeed the seed of the generated corruptions
   * @param unnormalizedTta feed the adaptation methods [0,1] images although the model was
   *     trained on normalized ones, as the official code does; only to reproduce it (off)
   */
  public record DataConfig(
      String source, int trainLimit, int testLimit, String corruptedDir, long corruptionSeed,
      boolean unnormalizedTta) {

    public DataConfig {
      if (!List.of("subset", "jpeg", "release").contains(source)) {
        throw new IllegalArgumentException(
            "data.source must be subset, jpeg or release; got '" + source + "'");
      }
    }
  }

  /**
   * @param epochs passes over the training set
   * @param batchSize training batch
   * @param lr Adam learning rate (constant, as the paper)
   * @param weightDecay decoupled weight decay (0 in the paper)
   * @param augment random crop (4-pixel padding) and horizontal flip
   * @param threads TensorFlow session threads (0 = default)
   * @param checkpointEvery steps between checkpoints (0 = once per epoch)
   */
  public record TrainConfig(
      int epochs, int batchSize, double lr, double weightDecay, boolean augment, int threads,
      int checkpointEvery) {}

  /**
   * @param methods any of {@code source}, {@code bn-norm}, {@code tent} (LN-TENT for ViT)
   * @param corruptions corruption ids, or {@code all} for the 15 benchmark corruptions
   * @param severities severities to evaluate (5 in the paper)
   * @param batchSize test batch (32 in the official TENT code)
   * @param lr TENT's Adam learning rate (the training rate in the paper)
   * @param probes measure feature density and spectra at the filter slot
   */
  public record TtaConfig(
      List<String> methods, List<String> corruptions, List<Integer> severities, int batchSize,
      double lr, boolean probes) {}

  /** The presets. */
  public static Presets<VisionConfig> presets() {
    FilterConfig paperFilter = new FilterConfig("mean", 11, 1, Padding.REFLECT, 1.0);
    return Presets.builder(VisionConfig.class)
        .add("smoke", new VisionConfig(
            new DataConfig("subset", 256, 64, "", 0, false),
            ModelConfig.wrn(10, 1),
            new FilterConfig("mean", 3, 1, Padding.REFLECT, 1.0),
            new TrainConfig(1, 64, 1e-3, 0, true, 0, 0),
            new TtaConfig(List.of("source", "bn-norm", "tent"),
                List.of("gaussian_noise", "fog"), List.of(5), 32, 1e-3, true)))
        .add("quick", new VisionConfig(
            new DataConfig("subset", 0, 0, "", 0, false),
            ModelConfig.wrn(10, 2),
            paperFilter,
            new TrainConfig(10, 128, 1e-3, 0, true, 0, 0),
            new TtaConfig(List.of("source", "bn-norm", "tent"), List.of("all"), List.of(5), 32,
                1e-3, true)))
        .add("paper", new VisionConfig(
            // The full exact release, as `vision download cifar10` fetches it.
            new DataConfig("release", 0, 0, "", 0, false),
            ModelConfig.wrn(28, 10),
            paperFilter,
            new TrainConfig(50, 128, 1e-3, 0, true, 0, 0),
            new TtaConfig(List.of("source", "bn-norm", "tent"), List.of("all"), List.of(5), 32,
                1e-3, true)))
        .build();
  }

  /** This config with another filter arm. */
  public VisionConfig withFilter(FilterConfig arm) {
    return new VisionConfig(data, model, arm, train, tta);
  }
}
