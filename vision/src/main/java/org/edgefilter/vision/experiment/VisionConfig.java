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
   * @param dataset {@code cifar10}, {@code cifar100} (the official binary release in {@code
   *     <data>/cifar-100-binary/}, fine labels) or {@code tiny-imagenet} (the data folder's
   *     {@code tiny_imagenet_200/}: 64x64, 200 classes; the corrupted set is Tiny-ImageNet-C in
   *     its release layout)
   * @param source CIFAR-10: {@code subset}: the exact CIFAR-10 bytes in the data folder (5000
   *     train = the first 1000 of each training batch, 1000 test); {@code jpeg}: the full
   *     CIFAR-10 from the JPEG zips (50,000 / 10,000; lossy, about 30 dB); {@code release}: the
   *     official binary release in {@code <data>/cifar-10-batches-bin/}; {@code
   *     release-or-jpeg}: the release when present, else the JPEG copy with a printed warning.
   *     CIFAR-100: {@code release} only. Tiny-ImageNet: {@code subset} only (train: 50 images
   *     per class; test: the 10,000 validation images)
   * @param trainLimit use at most this many training images (0 = all)
   * @param testLimit use at most this many test images (0 = all)
   * @param corruptedDir a corrupted set in the official layout to use instead of generating
   *     one: a CIFAR-10-C / CIFAR-100-C folder ({@code <corruption>.npy}, {@code labels.npy}) or
   *     a Tiny-ImageNet-C folder ({@code <corruption>/<severity>/<wnid>/<file>.JPEG}); empty =
   *     generate from the test images, cached under the runs folder
   * @param corruptionSeed the seed of the generated corruptions
   * @param corruptedPerClass Tiny-ImageNet-C generation: this many validation images per class
   *     (0 = all 50, the full release size); ignored for CIFAR
   * @param normalize standardize inputs with the dataset's channel statistics (off: feed [0,1]
   *     pixels, as the official WRN code does)
   * @param unnormalizedTta feed the adaptation methods [0,1] images although the model was
   *     trained on normalized ones, as the official code does; only to reproduce it (off)
   */
  public record DataConfig(
      String dataset, String source, int trainLimit, int testLimit, String corruptedDir,
      long corruptionSeed, int corruptedPerClass, boolean normalize, boolean unnormalizedTta) {

    public DataConfig {
      List<String> sources = switch (dataset) {
        case "cifar10" -> List.of("subset", "jpeg", "release", "release-or-jpeg");
        case "cifar100" -> List.of("release");
        case "tiny-imagenet" -> List.of("subset");
        default -> throw new IllegalArgumentException(
            "data.dataset must be cifar10, cifar100 or tiny-imagenet; got '" + dataset + "'");
      };
      if (!sources.contains(source)) {
        throw new IllegalArgumentException("data.source for " + dataset + " must be "
            + String.join(" or ", sources) + "; got '" + source + "'");
      }
      if (corruptedPerClass < 0 || corruptedPerClass > 50) {
        throw new IllegalArgumentException(
            "data.corruptedPerClass must be 0 (all 50) .. 50; got " + corruptedPerClass);
      }
    }

    /** The source a dataset is read from when the user names only the dataset. */
    public static String defaultSource(String dataset) {
      return switch (dataset) {
        case "cifar100" -> "release";
        default -> "subset";
      };
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

  /**
   * The presets.
   *
   * <ul>
   *   <li>{@code smoke}: seconds, for tests and CI (WRN-10-1 on 256 images).
   *   <li>{@code quick}: minutes on 2 cores (WRN-10-2 on the 5,000-image exact subset).
   *   <li>{@code paper}: the paper's CIFAR-10 setting (WRN-28-10, 50 epochs; GPU, hours). It
   *       reads the exact official release ({@code <data>/cifar-10-batches-bin/}, {@code vision
   *       download cifar10}) and falls back to the lossy JPEG copy with a printed warning. As
   *       the official WRN (the RobustBench WRN-28-10 the TENT code adapts), it feeds [0,1]
   *       pixels with no channel standardization; training augments with a random crop of the
   *       image padded by 4 black pixels and a horizontal flip, as torchvision's {@code
   *       RandomCrop(32, padding=4)} and {@code RandomHorizontalFlip}. The difference that
   *       remains: Adam at a constant 1e-3 (the paper's stated recipe) rather than the original
   *       WRN's SGD schedule.
   * </ul>
   */
  public static Presets<VisionConfig> presets() {
    FilterConfig paperFilter = new FilterConfig("mean", 11, 1, Padding.REFLECT, 1.0);
    return Presets.builder(VisionConfig.class)
        .add("smoke", new VisionConfig(
            new DataConfig("cifar10", "subset", 256, 64, "", 0, 0, true, false),
            ModelConfig.wrn(10, 1),
            new FilterConfig("mean", 3, 1, Padding.REFLECT, 1.0),
            new TrainConfig(1, 64, 1e-3, 0, true, 0, 0),
            new TtaConfig(List.of("source", "bn-norm", "tent"),
                List.of("gaussian_noise", "fog"), List.of(5), 32, 1e-3, true)))
        .add("quick", new VisionConfig(
            new DataConfig("cifar10", "subset", 0, 0, "", 0, 0, true, false),
            ModelConfig.wrn(10, 2),
            paperFilter,
            new TrainConfig(10, 128, 1e-3, 0, true, 0, 0),
            new TtaConfig(List.of("source", "bn-norm", "tent"), List.of("all"), List.of(5), 32,
                1e-3, true)))
        .add("paper", new VisionConfig(
            new DataConfig("cifar10", "release-or-jpeg", 0, 0, "", 0, 0, false, false),
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
