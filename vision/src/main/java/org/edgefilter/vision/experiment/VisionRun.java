package org.edgefilter.vision.experiment;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.edgefilter.framework.data.ArrayDataset;
import org.edgefilter.framework.data.Augmentation;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.data.HorizontalFlip;
import org.edgefilter.framework.data.RandomCrop;
import org.edgefilter.framework.plot.LinePlot;
import org.edgefilter.framework.probe.FeatureDensity;
import org.edgefilter.framework.probe.Spectra;
import org.edgefilter.framework.probe.Spectrum;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.framework.run.TrainingLog;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.LearningRateSchedule;
import org.edgefilter.framework.train.TrainListener;
import org.edgefilter.framework.train.TrainState;
import org.edgefilter.framework.train.TrainSummary;
import org.edgefilter.framework.train.Trainer;
import org.edgefilter.vision.corrupt.CorruptedImages;
import org.edgefilter.vision.corrupt.Corruption;
import org.edgefilter.vision.data.ImageSet;
import org.edgefilter.vision.model.Classifier;
import org.edgefilter.vision.tta.BnNorm;
import org.edgefilter.vision.tta.Source;
import org.edgefilter.vision.tta.Tent;
import org.edgefilter.vision.tta.TtaMethod;

/**
 * One vision run (one arm, one seed): train on clean CIFAR-10, measure clean accuracy, evaluate
 * every test-time adaptation method on every corruption (the model reset to the source weights for
 * each corruption), probe the filter slot, and write the run directory ({@code config.json}, {@code
 * metrics.jsonl}, {@code checkpoint/}, plots, {@code result.json} last). A run whose {@code
 * result.json} exists is not repeated; a killed run resumes training from its last checkpoint.
 */
public final class VisionRun {

  /** Training steps between lines of train/loss, train/lr and train/throughput. */
  static final int LOG_EVERY = 10;

  /** Where the run's inputs come from: the clean images and the corrupted set's folder. */
  public record Inputs(VisionData data, Path corruptedDir) {}

  private static final int EVAL_BATCH = 256;
  private static final int PROBE_IMAGES = 128;

  private final VisionConfig config;
  private final RunDirectory dir;
  private final Inputs inputs;
  private final PrintStream out;

  public VisionRun(VisionConfig config, RunDirectory dir, Inputs inputs, PrintStream out) {
    this.config = config;
    this.dir = dir;
    this.inputs = inputs;
    this.out = out;
  }

  /** Trains (or resumes), evaluates and writes {@code result.json}; returns the result. */
  public RunResult run() {
    if (dir.completed()) {
      out.println(
          "[" + dir.arm() + " seed " + dir.seed() + "] already complete: " + dir.resultFile());
      return RunResult.read(dir.resultFile());
    }
    dir.writeConfig(config);
    Map<String, Double> metrics = new LinkedHashMap<>();
    Map<String, Boolean> higher = new LinkedHashMap<>();
    ImageSet test = inputs.data().test();
    try (Classifier classifier = newClassifier(config, inputs.data(), dir.seed());
        MetricsLog log = dir.openMetricsLogResumingAt(checkpointStep(dir))) {
      TrainSummary summary = train(classifier, log);
      if (Double.isFinite(summary.lastEpochMeanLoss())) {
        put(metrics, higher, "train_loss", summary.lastEpochMeanLoss(), false);
      } else {
        // Only a run resumed after its last epoch from a checkpoint older than the epoch-loss
        // bookkeeping has no last-epoch loss: leave it out rather than write NaN.
        out.printf(
            "[%s seed %d] train_loss not recorded: the checkpoint predates it%n",
            dir.arm(), dir.seed());
      }
      put(metrics, higher, "clean_acc", accuracy(new Source(classifier), test, EVAL_BATCH), true);
      out.printf(
          "[%s seed %d] clean accuracy %.4f%n", dir.arm(), dir.seed(), metrics.get("clean_acc"));
      adapt(classifier, log, metrics, higher);
      if (config.tta().probes()) {
        probe(classifier, log, metrics, higher);
      }
    }
    RunResult result = dir.writeResult(metrics, higher);
    out.printf(
        "[%s seed %d] done in %s: %s%n",
        dir.arm(), dir.seed(), Progress.formatDuration(result.wallSeconds()), dir.resultFile());
    return result;
  }

  /**
   * Trains {@code config}'s model into {@code dir} (resuming from its checkpoint) and returns the
   * clean test accuracy, without the adaptation evaluation.
   */
  public static double trainOnly(
      VisionConfig config, RunDirectory dir, VisionData data, PrintStream out) {
    dir.writeConfig(config);
    VisionRun run = new VisionRun(config, dir, new Inputs(data, null), out);
    try (Classifier classifier = newClassifier(config, data, dir.seed());
        MetricsLog log = dir.openMetricsLogResumingAt(checkpointStep(dir))) {
      run.train(classifier, log);
      return run.accuracy(new Source(classifier), data.test(), EVAL_BATCH);
    }
  }

  /** Updates done by the checkpoint training resumes from (0 without one). */
  static long checkpointStep(RunDirectory dir) {
    return new CheckpointStore(dir.checkpointDir()).latest().map(TrainState::step).orElse(0L);
  }

  /** The classifier for {@code data}'s image size and class count. */
  static Classifier newClassifier(VisionConfig config, VisionData data, long seed) {
    return new Classifier(
        config.model(),
        config.filter(),
        data.imageSize(),
        data.classes(),
        seed,
        config.train().weightDecay(),
        config.train().threads());
  }

  /** Trains the classifier on the clean training images with checkpoints in the run directory. */
  TrainSummary train(Classifier classifier, MetricsLog log) {
    VisionConfig.TrainConfig t = config.train();
    ImageSet clean = inputs.data().train();
    ArrayDataset trainSet =
        new ArrayDataset(
            inputs(clean, true), new int[] {clean.height(), clean.width(), 3}, clean.labels());
    Augmentation augmentation =
        t.augment() ? RandomCrop.of(4).andThen(HorizontalFlip.half()) : Augmentation.none();
    BatchSampler sampler =
        new BatchSampler(trainSet.size(), t.batchSize(), true, false, dir.seed());
    long total = (long) sampler.batchesPerEpoch() * t.epochs();
    Progress progress =
        Progress.builder()
            .setLabel("train " + dir.arm() + " seed " + dir.seed())
            .optTotal(total)
            .optItemsPerStep(t.batchSize())
            .optUnit("img")
            .optLogEvery(Duration.ofSeconds(15))
            .optOut(out)
            .build();
    TrainListener listener = new TrainingLog(log, null, progress, LOG_EVERY, "");
    Trainer trainer =
        Trainer.builder()
            .setModel(classifier.model())
            .setStep(classifier.trainStep())
            .setSchedule(LearningRateSchedule.constant(t.learningRate()))
            .setSampler(sampler)
            .setFeeder(
                (indices, rng) ->
                    Feeds.create()
                        .batch(
                            classifier.images(),
                            classifier.labels(),
                            trainSet.batch(indices, augmentation, rng)))
            .setEpochs(t.epochs())
            .optCheckpoints(dir.checkpointDir())
            .optCheckpointEvery(
                t.checkpointEvery() > 0 ? t.checkpointEvery() : sampler.batchesPerEpoch())
            .optListener(listener)
            .optListener(
                org.edgefilter.vision.analysis.VisionEpochProbes.listener(
                    classifier,
                    org.edgefilter.vision.analysis.VisionEpochProbes.firstImages(
                        inputs.data().test(), set -> inputs(set, true)),
                    log,
                    config.tta().probes()))
            .build();
    TrainSummary summary = trainer.fit();
    progress.finish();
    return summary;
  }

  /** Every adaptation method on every corruption and severity; the model reset for each. */
  void adapt(
      Classifier classifier,
      MetricsLog log,
      Map<String, Double> metrics,
      Map<String, Boolean> higher) {
    VisionConfig.TtaConfig tta = config.tta();
    List<Corruption> corruptions = CorruptedSets.resolve(tta.corruptions());
    CorruptedImages reader =
        CorruptedImages.open(inputs.corruptedDir(), inputs.data().test().classNames());
    int limit = Math.min(inputs.data().test().size(), reader.imagesPerSeverity());
    boolean hasBatchNorm =
        !classifier
            .model()
            .registry()
            .withRole(org.edgefilter.framework.nn.Role.MOVING_MEAN)
            .isEmpty();
    Map<String, double[]> entropies = new LinkedHashMap<>();
    for (String name : tta.methods()) {
      TtaMethod method = method(name, classifier, hasBatchNorm);
      if (method == null) {
        out.println("  " + name + ": skipped, the model has no BatchNorm layers");
        continue;
      }
      Progress progress =
          Progress.builder()
              .setLabel(method.name() + " " + dir.arm())
              .optTotal((long) corruptions.size() * tta.severities().size())
              .optUnit("set")
              .optLogEvery(Duration.ofSeconds(15))
              .optOut(out)
              .build();
      int done = 0;
      for (int severity : tta.severities()) {
        double sum = 0;
        for (Corruption corruption : corruptions) {
          ImageSet corrupted = reader.read(corruption, severity, limit);
          method.reset();
          double acc = accuracy(method, corrupted, tta.batchSize());
          sum += acc;
          put(metrics, higher, method.name() + "/" + corruption.id() + "/" + severity, acc, true);
          double[] trajectory = method.entropyTrajectory();
          if (trajectory.length > 0) {
            entropies.put(corruption.id() + "/" + severity, trajectory);
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("tta", method.name());
            record.put("corruption", corruption.id());
            record.put("severity", severity);
            record.put("entropy", trajectory);
            log.append(record);
          }
          progress.update(++done, Map.of("acc", acc));
        }
        double mean = sum / corruptions.size();
        String key =
            tta.severities().size() == 1
                ? method.name() + "/mean_acc"
                : method.name() + "/mean_acc/" + severity;
        put(metrics, higher, key, mean, true);
      }
      progress.finish();
      method.reset();
      out.printf(
          "  %-8s mean accuracy %.4f%n",
          method.name(), metrics.getOrDefault(method.name() + "/mean_acc", Double.NaN));
    }
    if (!entropies.isEmpty()) {
      LinePlot.Builder plot =
          LinePlot.builder()
              .setTitle("TENT: mean entropy per test batch")
              .optXLabel("adaptation step")
              .optYLabel("entropy (nats)");
      entropies.forEach(
          (name, values) -> {
            double[] x = new double[values.length];
            for (int i = 0; i < x.length; i++) {
              x[i] = i + 1;
            }
            plot.addSeries(name, x, values);
          });
      plot.build().writePng(dir.path().resolve("tent_entropy.png"));
    }
  }

  private TtaMethod method(String name, Classifier classifier, boolean hasBatchNorm) {
    return switch (name) {
      case "source" -> new Source(classifier);
      case "bn-norm" -> hasBatchNorm ? new BnNorm(classifier) : null;
      case "tent" ->
          new Tent(classifier, config.tta().learningRate(), hasBatchNorm ? "tent" : "ln-tent");
      default ->
          throw new IllegalArgumentException(
              "tta.methods: unknown method '" + name + "' (expected source, bn-norm, tent)");
    };
  }

  /**
   * Feature density (fraction of values > 0) and the low-frequency energy fraction of the radial
   * (or token-axis) spectrum at the filter slot's input and output, on clean and corrupted images.
   */
  void probe(
      Classifier classifier,
      MetricsLog log,
      Map<String, Double> metrics,
      Map<String, Boolean> higher) {
    ImageSet test = inputs.data().test();
    int n = Math.min(PROBE_IMAGES, test.size());
    var clean = classifier.probe(inputs(test.slice(0, n), true), n);
    if (clean.isEmpty()) {
      return;
    }
    Map<String, double[]> spectra = new LinkedHashMap<>();
    probeInto("clean", clean.get(), log, metrics, higher, spectra);
    CorruptedImages reader = CorruptedImages.open(inputs.corruptedDir(), test.classNames());
    int severity = config.tta().severities().get(config.tta().severities().size() - 1);
    List<Map<String, Double>> perCorruption = new ArrayList<>();
    for (Corruption c : CorruptedSets.resolve(config.tta().corruptions())) {
      ImageSet corrupted = reader.read(c, severity, n);
      Map<String, Double> m = new LinkedHashMap<>();
      probeInto(
          c.id(),
          classifier.probe(inputs(corrupted, !config.data().unnormalizedTta()), n).get(),
          log,
          m,
          new LinkedHashMap<>(),
          c == Corruption.GAUSSIAN_NOISE ? spectra : null);
      perCorruption.add(m);
    }
    for (String what : List.of("density_in", "density_out", "lowfreq_in", "lowfreq_out")) {
      double sum = 0;
      for (Map<String, Double> m : perCorruption) {
        sum +=
            m.entrySet().stream()
                .filter(e -> e.getKey().startsWith("probe/" + what + "/"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
      }
      put(metrics, higher, "probe/" + what + "/corrupted", sum / perCorruption.size(), true);
    }
    LinePlot.Builder plot =
        LinePlot.builder()
            .setTitle("Spectrum at the filter slot (" + dir.arm() + ")")
            .optXLabel("spatial frequency (radius bin)")
            .optYLabel("mean energy")
            .optLogY(true);
    spectra.forEach(
        (name, energy) -> {
          double[] x = new double[energy.length];
          for (int i = 0; i < x.length; i++) {
            x[i] = i;
          }
          plot.addSeries(name, x, energy);
        });
    plot.build().writePng(dir.path().resolve("spectrum.png"));
  }

  private static void probeInto(
      String name,
      Classifier.Probe probe,
      MetricsLog log,
      Map<String, Double> metrics,
      Map<String, Boolean> higher,
      Map<String, double[]> spectra) {
    Spectrum in = spectrum(probe.input(), probe.shape());
    Spectrum outSpectrum = spectrum(probe.output(), probe.shape());
    double cutoff = Math.max(1, probe.shape()[1] / 8.0);
    Map<String, Double> m = new LinkedHashMap<>();
    m.put("probe/density_in/" + name, FeatureDensity.of(probe.input()));
    m.put("probe/density_out/" + name, FeatureDensity.of(probe.output()));
    m.put("probe/lowfreq_in/" + name, in.lowFrequencyEnergyFraction(cutoff));
    m.put("probe/lowfreq_out/" + name, outSpectrum.lowFrequencyEnergyFraction(cutoff));
    m.forEach((k, v) -> put(metrics, higher, k, v, true));
    log.append(new LinkedHashMap<>(m));
    if (spectra != null) {
      spectra.put(name + " in", in.energy());
      spectra.put(name + " out", outSpectrum.energy());
    }
  }

  private static Spectrum spectrum(float[] values, long[] shape) {
    return shape.length == 4
        ? Spectra.radial2d(values, (int) shape[0], (int) shape[1], (int) shape[2], (int) shape[3])
        : Spectra.axis1(values, (int) shape[0], (int) shape[1], (int) shape[2]);
  }

  /** Top-1 accuracy of {@code method} over {@code set} in order, {@code batch} images at a time. */
  double accuracy(TtaMethod method, ImageSet set, int batch) {
    boolean normalize = method instanceof Source || !config.data().unnormalizedTta();
    float[] all = inputs(set, normalize);
    int length = set.imageLength();
    int correct = 0;
    for (int from = 0; from < set.size(); from += batch) {
      int n = Math.min(batch, set.size() - from);
      float[] x = java.util.Arrays.copyOfRange(all, from * length, (from + n) * length);
      float[] logits = method.predict(x, n);
      int classes = logits.length / n;
      for (int i = 0; i < n; i++) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
          if (logits[i * classes + c] > logits[i * classes + best]) {
            best = c;
          }
        }
        if (best == set.label(from + i)) {
          correct++;
        }
      }
    }
    return (double) correct / set.size();
  }

  /**
   * Images as model inputs: [0,1] floats, standardized with the dataset's statistics when {@code
   * normalize} and the config's {@code data.normalize} both ask for it.
   */
  float[] inputs(ImageSet set, boolean normalize) {
    return inputs.data().inputs(set, normalize && config.data().normalize());
  }

  private static void put(
      Map<String, Double> metrics,
      Map<String, Boolean> higher,
      String key,
      double value,
      boolean higherIsBetter) {
    metrics.put(key, value);
    higher.put(key, higherIsBetter);
  }
}
