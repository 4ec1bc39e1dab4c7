package org.edgefilter.vision.experiment;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.vision.corrupt.Corruption;
import org.edgefilter.vision.model.ModelConfig;

/**
 * The complete configuration of a vision run; presets {@code smoke}, {@code quick}, {@code paper}
 * with {@code --set key=value} overrides (dotted keys, e.g. {@code model.depth=16},
 * {@code filter.kernelSize=3}). The constructors check every value, the TTA settings included,
 * so a bad one fails before any file is written or any training starts.
 *
 * @param data which images to train and test on
 * @param model the architecture
 * @param filter the filter arm (the experiment adds the baseline arm: the same slot, IDENTITY);
 *     its positions are the architecture's ({@link ModelConfig#filterPositions()})
 * @param train the training recipe
 * @param tta the test-time adaptation evaluation
 */
public record VisionConfig(
    DataConfig data, ModelConfig model, FilterConfig filter, TrainConfig train, TtaConfig tta) {

  /** Keys of earlier versions and their names now. */
  public static final Map<String, String> RENAMED_KEYS = Map.of(
      "filter.k", "filter.kernelSize",
      "train.lr", "train.learningRate",
      "tta.lr", "tta.learningRate");

  public VisionConfig {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(train, "train");
    Objects.requireNonNull(tta, "tta");
    model.filterPositions().check(Objects.requireNonNull(filter, "filter"));
  }

  /**
   * @param source {@code subset}: the exact CIFAR-10 bytes in the data folder (5000 train = the
   *     first 1000 of each training batch, 1000 test); {@code jpeg}: the full CIFAR-10 from the
   *     JPEG zips (50,000 / 10,000; lossy, about 30 dB); {@code release}: the official binary
   *     release in {@code <data>/cifar-10-batches-bin/}
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
   * @param learningRate Adam learning rate (constant, as the paper)
   * @param weightDecay decoupled weight decay (0 in the paper)
   * @param augment random crop (4-pixel padding) and horizontal flip
   * @param threads TensorFlow session threads (0 = default)
   * @param checkpointEvery steps between checkpoints (0 = once per epoch)
   */
  public record TrainConfig(
      int epochs, int batchSize, double learningRate, double weightDecay, boolean augment,
      int threads, int checkpointEvery) {

    public TrainConfig {
      if (epochs < 1 || batchSize < 1) {
        throw new IllegalArgumentException("train.epochs and train.batchSize must be >= 1, got "
            + epochs + " and " + batchSize);
      }
      if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
        throw new IllegalArgumentException(
            "train.learningRate must be > 0 and finite, got " + learningRate);
      }
      if (!(weightDecay >= 0) || threads < 0 || checkpointEvery < 0) {
        throw new IllegalArgumentException("train.weightDecay, train.threads and "
            + "train.checkpointEvery must be >= 0, got " + weightDecay + ", " + threads + " and "
            + checkpointEvery);
      }
    }
  }

  /**
   * @param methods any of {@code source}, {@code bn-norm}, {@code tent} (LN-TENT for ViT)
   * @param corruptions corruption ids, or {@code all} for the 15 benchmark corruptions
   * @param severities severities to evaluate (5 in the paper)
   * @param batchSize test batch (32 in the official TENT code)
   * @param learningRate TENT's Adam learning rate (the training rate in the paper)
   * @param probes measure feature density and spectra at the filter slot
   */
  public record TtaConfig(
      List<String> methods, List<String> corruptions, List<Integer> severities, int batchSize,
      double learningRate, boolean probes) {

    /** The adaptation methods {@code tta.methods} may name. */
    public static final List<String> METHODS = List.of("source", "bn-norm", "tent");

    public TtaConfig {
      methods = List.copyOf(methods);
      corruptions = List.copyOf(corruptions);
      severities = List.copyOf(severities);
      for (String method : methods) {
        if (!METHODS.contains(method)) {
          throw new IllegalArgumentException("tta.methods: unknown method '" + method
              + "' (expected " + String.join(", ", METHODS) + ")");
        }
      }
      CorruptedSets.resolve(corruptions);
      if (severities.isEmpty()) {
        throw new IllegalArgumentException("tta.severities must name at least one of 1..5");
      }
      for (int severity : severities) {
        if (severity < 1 || severity > Corruption.MAX_SEVERITY) {
          throw new IllegalArgumentException(
              "tta.severities must be in 1.." + Corruption.MAX_SEVERITY + ", got " + severities);
        }
      }
      if (batchSize < 1) {
        throw new IllegalArgumentException("tta.batchSize must be >= 1, got " + batchSize);
      }
      if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
        throw new IllegalArgumentException(
            "tta.learningRate must be > 0 and finite, got " + learningRate);
      }
    }
  }

  /** The presets. */
  public static Presets<VisionConfig> presets() {
    FilterConfig paperFilter = FilterConfig.highPassMean(11, 1);
    return Presets.builder(VisionConfig.class)
        .add("smoke", new VisionConfig(
            new DataConfig("subset", 256, 64, "", 0, false),
            ModelConfig.wrn(10, 1),
            FilterConfig.highPassMean(3, 1),
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
            new DataConfig("jpeg", 0, 0, "", 0, false),
            ModelConfig.wrn(28, 10),
            paperFilter,
            new TrainConfig(50, 128, 1e-3, 0, true, 0, 0),
            new TtaConfig(List.of("source", "bn-norm", "tent"), List.of("all"), List.of(5), 32,
                1e-3, true)))
        .renamed(RENAMED_KEYS)
        .build();
  }

  /** This config with another filter arm. */
  public VisionConfig withFilter(FilterConfig arm) {
    return new VisionConfig(data, model, arm, train, tta);
  }
}
