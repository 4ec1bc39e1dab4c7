package org.edgefilter.vision.experiment;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.edgefilter.framework.cli.Presets;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.vision.corrupt.Corruption;
import org.edgefilter.vision.model.ModelConfig;

/**
 * The complete configuration of a vision run; presets ({@link #presets()}) with {@code --set
 * key=value} overrides (dotted keys, e.g. {@code model.depth=16}, {@code filter.kernelSize=3}) and
 * the architecture's filter defaults ({@link #resolve}). The constructors check every value, the
 * TTA settings included, so a bad one fails before any file is written or any training starts.
 *
 * @param data which images to train and test on
 * @param model the architecture
 * @param filter the filter arm (the experiment adds the baseline arm: the same slot, IDENTITY); its
 *     positions are the architecture's ({@link ModelConfig#filterPositions()})
 * @param train the training recipe
 * @param tta the test-time adaptation evaluation
 */
public record VisionConfig(
    DataConfig data, ModelConfig model, FilterConfig filter, TrainConfig train, TtaConfig tta) {

  /** Keys of earlier versions and their names now. */
  public static final Map<String, String> RENAMED_KEYS =
      Map.of(
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
   * @param dataset {@code cifar10}, {@code cifar100} (the official binary release in {@code
   *     <data>/cifar-100-binary/}, fine labels) or {@code tiny-imagenet} (the data folder's {@code
   *     tiny_imagenet_200/}: 64x64, 200 classes; the corrupted set is Tiny-ImageNet-C in its
   *     release layout)
   * @param source CIFAR-10: {@code subset}: the exact CIFAR-10 bytes of the first 1000 images of
   *     each batch (5000 train, 1000 test), from the shared subset files or else the official
   *     release that {@code ./edgefilter vision download cifar10} unpacks; {@code jpeg}: the full
   *     CIFAR-10 from the JPEG zips (50,000 / 10,000; lossy, about 30 dB); {@code release}: the
   *     official binary release in {@code <data>/cifar-10-batches-bin/}; {@code release-or-jpeg}:
   *     the release when present, else the JPEG copy with a printed warning. CIFAR-100: {@code
   *     release} only. Tiny-ImageNet: {@code subset} only (train: 50 images per class; test: the
   *     10,000 validation images)
   * @param trainLimit use at most this many training images (0 = all)
   * @param testLimit use at most this many test images (0 = all)
   * @param corruptedDir a corrupted set in the official layout to use instead of generating one: a
   *     CIFAR-10-C / CIFAR-100-C folder ({@code <corruption>.npy}, {@code labels.npy}) or a
   *     Tiny-ImageNet-C folder ({@code <corruption>/<severity>/<wnid>/<file>.JPEG}); empty =
   *     generate from the test images, cached under the runs folder
   * @param corruptionSeed the seed of the generated corruptions
   * @param corruptedPerClass Tiny-ImageNet-C generation: this many validation images per class (0 =
   *     all 50, the full release size); ignored for CIFAR
   * @param normalize standardize inputs with the dataset's channel statistics (off: feed [0,1]
   *     pixels, as the official WRN code does)
   * @param unnormalizedTta feed the adaptation methods [0,1] images although the model was trained
   *     on normalized ones, as the official code does; only to reproduce it (off)
   */
  public record DataConfig(
      String dataset,
      String source,
      int trainLimit,
      int testLimit,
      String corruptedDir,
      long corruptionSeed,
      int corruptedPerClass,
      boolean normalize,
      boolean unnormalizedTta) {

    public DataConfig {
      List<String> sources =
          switch (dataset) {
            case "cifar10" -> List.of("subset", "jpeg", "release", "release-or-jpeg");
            case "cifar100" -> List.of("release");
            case "tiny-imagenet" -> List.of("subset");
            default ->
                throw new IllegalArgumentException(
                    "data.dataset must be cifar10, cifar100 or tiny-imagenet; got '"
                        + dataset
                        + "'");
          };
      if (!sources.contains(source)) {
        throw new IllegalArgumentException(
            "data.source for "
                + dataset
                + " must be "
                + String.join(" or ", sources)
                + "; got '"
                + source
                + "'");
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
   * @param learningRate Adam learning rate (constant, as the paper)
   * @param weightDecay decoupled weight decay (0 in the paper)
   * @param augment random crop (4-pixel padding) and horizontal flip
   * @param threads TensorFlow session threads (0 = default)
   * @param checkpointEvery steps between checkpoints (0 = once per epoch)
   */
  public record TrainConfig(
      int epochs,
      int batchSize,
      double learningRate,
      double weightDecay,
      boolean augment,
      int threads,
      int checkpointEvery) {

    public TrainConfig {
      if (epochs < 1 || batchSize < 1) {
        throw new IllegalArgumentException(
            "train.epochs and train.batchSize must be >= 1, got " + epochs + " and " + batchSize);
      }
      if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
        throw new IllegalArgumentException(
            "train.learningRate must be > 0 and finite, got " + learningRate);
      }
      if (!(weightDecay >= 0) || threads < 0 || checkpointEvery < 0) {
        throw new IllegalArgumentException(
            "train.weightDecay, train.threads and "
                + "train.checkpointEvery must be >= 0, got "
                + weightDecay
                + ", "
                + threads
                + " and "
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
      List<String> methods,
      List<String> corruptions,
      List<Integer> severities,
      int batchSize,
      double learningRate,
      boolean probes) {

    /** The adaptation methods {@code tta.methods} may name. */
    public static final List<String> METHODS = List.of("source", "bn-norm", "tent");

    public TtaConfig {
      methods = List.copyOf(methods);
      corruptions = List.copyOf(corruptions);
      severities = List.copyOf(severities);
      for (String method : methods) {
        if (!METHODS.contains(method)) {
          throw new IllegalArgumentException(
              "tta.methods: unknown method '"
                  + method
                  + "' (expected "
                  + String.join(", ", METHODS)
                  + ")");
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

  /**
   * The presets.
   *
   * <ul>
   *   <li>{@code smoke}: seconds, for tests and CI (WRN-10-1 on 256 images).
   *   <li>{@code quick}: minutes on 2 cores (WRN-10-2 on the 5,000-image exact subset).
   *   <li>{@code quick-resnet18}: ResNet18 (CIFAR style, base width 16 instead of 64) on the same
   *       data and recipe as {@code quick}; the filter at the paper's ResNet18 slot, after layer 2
   *       (a 16x16 map), with {@code quick}'s window 11.
   *   <li>{@code quick-vit}: a ViT trained from scratch (patch 4, so 64 patch tokens and the class
   *       token; width 96, 4 blocks, 3 heads, MLP 192) on the same data; the filter at the paper's
   *       ViT slot: 1D along the 65 tokens, after the last block and before the final LayerNorm, k
   *       = 7. Adam at 1e-3, the rate of the WRN recipe: the official 5e-5 is a fine-tuning rate
   *       for an ImageNet-pretrained ViT-B, and a from-scratch model at that rate barely leaves its
   *       initialization in 10 epochs. TENT is LN-TENT (the LayerNorm affine parameters); BN-Norm
   *       does not apply (no BatchNorm).
   *   <li>{@code tiny-imagenet}: ResNet18 (base width 16) trained on the data folder's 10,000
   *       Tiny-ImageNet training images (50 per class, 64x64), clean accuracy on the 10,000
   *       validation images, adaptation on Tiny-ImageNet-C generated from the first 10 validation
   *       images of every class (2,000 images; severity 5 evaluated); the filter after layer 2 (a
   *       32x32 map), window 11. About 25 minutes an arm on 2 lightly loaded cores (24 minutes
   *       measured for one arm; 31 to 56 minutes at a load of 8 to 17).
   *   <li>{@code paper}: the paper's CIFAR-10 setting (WRN-28-10, 50 epochs; GPU, hours). It reads
   *       the exact official release ({@code <data>/cifar-10-batches-bin/}, {@code vision download
   *       cifar10}) and falls back to the lossy JPEG copy with a printed warning. As the official
   *       WRN (the RobustBench WRN-28-10 the TENT code adapts), it feeds [0,1] pixels with no
   *       channel standardization; training augments with a random crop of the image padded by 4
   *       black pixels and a horizontal flip, as torchvision's {@code RandomCrop(32, padding=4)}
   *       and {@code RandomHorizontalFlip}. The difference that remains: Adam at a constant 1e-3
   *       (the paper's stated recipe) rather than the original WRN's SGD schedule.
   * </ul>
   */
  public static Presets<VisionConfig> presets() {
    FilterConfig paperFilter = FilterConfig.highPassMean(11, 1);
    // The CPU presets share their data (the CIFAR-10 subset), training budget and TTA protocol
    // (every corruption at severity 5, batch 32, Adam 1e-3); the records are immutable.
    DataConfig cifarSubset = new DataConfig("cifar10", "subset", 0, 0, "", 0, 0, true, false);
    TrainConfig cpuTraining = new TrainConfig(10, 128, 1e-3, 0, true, 0, 0);
    List<String> bnMethods = List.of("source", "bn-norm", "tent");
    TtaConfig everyCorruption =
        new TtaConfig(bnMethods, List.of("all"), List.of(5), 32, 1e-3, true);
    return Presets.builder(VisionConfig.class)
        .add(
            "smoke",
            new VisionConfig(
                new DataConfig("cifar10", "subset", 256, 64, "", 0, 0, true, false),
                ModelConfig.wrn(10, 1),
                FilterConfig.highPassMean(3, 1),
                new TrainConfig(1, 64, 1e-3, 0, true, 0, 0),
                new TtaConfig(
                    bnMethods, List.of("gaussian_noise", "fog"), List.of(5), 32, 1e-3, true)))
        .add(
            "quick",
            new VisionConfig(
                cifarSubset, ModelConfig.wrn(10, 2), paperFilter, cpuTraining, everyCorruption))
        .add(
            "quick-resnet18",
            new VisionConfig(
                cifarSubset,
                ModelConfig.resnet18(16),
                FilterConfig.highPassMean(11, 2),
                cpuTraining,
                everyCorruption))
        .add(
            "quick-vit",
            new VisionConfig(
                cifarSubset,
                ModelConfig.vit(4, 96, 4, 3, 192),
                FilterConfig.highPassMean(7, 4),
                cpuTraining,
                new TtaConfig(
                    List.of("source", "tent"), List.of("all"), List.of(5), 32, 1e-3, true)))
        .add(
            "tiny-imagenet",
            new VisionConfig(
                new DataConfig("tiny-imagenet", "subset", 0, 0, "", 0, 10, true, false),
                ModelConfig.resnet18(16),
                FilterConfig.highPassMean(11, 2),
                new TrainConfig(6, 128, 1e-3, 0, true, 0, 0),
                everyCorruption))
        .add(
            "paper",
            new VisionConfig(
                new DataConfig("cifar10", "release-or-jpeg", 0, 0, "", 0, 0, false, false),
                ModelConfig.wrn(28, 10),
                paperFilter,
                new TrainConfig(50, 128, 1e-3, 0, true, 0, 0),
                everyCorruption))
        .renamed(RENAMED_KEYS)
        .build();
  }

  /** The key of the filter's slot. */
  public static final String POSITION_KEY = "filter.position";

  /** The key of the filter's window. */
  public static final String KERNEL_KEY = "filter.kernelSize";

  /**
   * The preset {@code name} with {@code overrides} applied and the paper's per-architecture filter
   * defaults, in this one place: the slot (WRN after block group 1, ResNet18 after layer 2, ViT
   * after the last encoder block, before the final LayerNorm) and, where the paper gives one, the
   * window (WRN 11, ViT 7 along the tokens).
   *
   * <p>A value the user set with {@code --set} is kept, and printed to {@code out} when it differs
   * from the default. A value the user did not set takes the default when the architecture differs
   * from the preset's, or when the preset itself used its architecture's default (so a ViT's slot
   * follows {@code model.vitDepth}); otherwise the preset's own choice (e.g. {@code smoke}'s window
   * 3) stands. The defaults are applied as overrides placed before the user's, so every constructor
   * check sees the final configuration.
   */
  public static VisionConfig resolve(String name, List<String> overrides, PrintStream out) {
    Presets<VisionConfig> presets = presets();
    VisionConfig preset = presets.get(name);
    Set<String> explicit = new HashSet<>();
    List<String> modelOverrides = new ArrayList<>();
    for (String assignment : overrides) {
      int eq = assignment.indexOf('=');
      if (eq > 0) {
        String key = assignment.substring(0, eq).trim();
        explicit.add(key);
        if (key.startsWith("model.")) {
          modelOverrides.add(assignment.trim().substring("model.".length()));
        }
      }
    }
    ModelConfig model;
    try {
      model = Presets.override(preset.model(), modelOverrides);
    } catch (RuntimeException e) {
      // A bad model key or value: the full resolution below reports it with every valid key.
      return presets.resolve(name, overrides);
    }
    ModelConfig presetModel = preset.model();
    boolean switched = !model.arch().equals(presetModel.arch());
    List<String> defaults = new ArrayList<>();
    int paperPosition = model.paperFilterPosition();
    boolean presetUsesPaperPosition =
        preset.filter().position() == presetModel.paperFilterPosition();
    if (!explicit.contains(POSITION_KEY) && (switched || presetUsesPaperPosition)) {
      defaults.add(POSITION_KEY + "=" + paperPosition);
    }
    java.util.OptionalInt paperK = model.paperFilterKernelSize();
    boolean presetUsesPaperK =
        presetModel
            .paperFilterKernelSize()
            .equals(java.util.OptionalInt.of(preset.filter().kernelSize()));
    if (paperK.isPresent() && !explicit.contains(KERNEL_KEY) && (switched || presetUsesPaperK)) {
      defaults.add(KERNEL_KEY + "=" + paperK.getAsInt());
    }
    List<String> all = new ArrayList<>(defaults);
    all.addAll(overrides);
    VisionConfig config = presets.resolve(name, all);
    FilterConfig f = config.filter();
    if (explicit.contains(POSITION_KEY) && f.position() != paperPosition) {
      out.printf(
          "note: filter.position=%d as set (the paper's default for %s is %d)%n",
          f.position(), model.arch(), paperPosition);
    }
    if (explicit.contains(KERNEL_KEY)
        && paperK.isPresent()
        && f.kernelSize() != paperK.getAsInt()) {
      out.printf(
          "note: filter.kernelSize=%d as set (the paper's default for %s is %d)%n",
          f.kernelSize(), model.arch(), paperK.getAsInt());
    }
    if (switched) {
      out.printf(
          "model.arch=%s: filter at position %d with kernel size %d (%s; set "
              + "filter.position / filter.kernelSize to change them)%n",
          model.arch(),
          f.position(),
          f.kernelSize(),
          defaults.isEmpty()
              ? "as set"
              : "the paper's " + model.arch() + " defaults where not set");
    }
    return config;
  }

  /** This config with another filter arm. */
  public VisionConfig withFilter(FilterConfig arm) {
    return new VisionConfig(data, model, arm, train, tta);
  }
}
