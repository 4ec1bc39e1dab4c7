package org.edgefilter.audio.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.edgefilter.audio.features.SpecAugment;
import org.edgefilter.audio.features.Spectrogram;
import org.edgefilter.audio.model.AudioClassifier;
import org.edgefilter.framework.data.ArrayDataset;
import org.edgefilter.framework.data.Augmentation;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.data.Seeds;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.framework.run.ScalarSummaryWriter;
import org.edgefilter.framework.run.TrainingLog;
import org.edgefilter.framework.train.Adam;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.LearningRateSchedule;
import org.edgefilter.framework.train.TrainState;
import org.edgefilter.framework.train.Trainer;
import org.edgefilter.framework.train.TrainingDiverged;

/**
 * Trains and evaluates one arm over every round of a corpus into its run directory {@code
 * runs/audio/<experiment>/<arm>/seed-<n>/}: {@code config.json}, {@code metrics.jsonl} (one line
 * per epoch and one per finished round), TensorBoard scalars, {@code checkpoint/<round>/} and
 * finally {@code result.json}.
 *
 * <p>Every round trains a fresh model from the same seed, so both arms start each round from the
 * same initial weights (parameter names and shapes agree; the filter has none). A killed run
 * resumes each round from its checkpoint; a completed run (with {@code result.json}) is not run
 * again.
 *
 * <p>Metrics ({@code higher_is_better} true): FSDD {@code acc}, the test accuracy of the standard
 * split; UrbanSound8K {@code fold<k>/acc} per held-out fold, {@code mean_acc}, their unweighted
 * mean (the dataset authors' protocol reports the mean over folds), and {@code pooled_acc}, the
 * accuracy over the test clips of every round together (each clip counts once; with folds 1 and 10
 * of 873 and 837 clips the two differ a little). {@code result.json}'s {@code counts} hold {@code
 * empty_wavs}: used clips whose WAV had no samples (features of silence).
 */
public final class ArmRunner {

  /** The run directory's modality folder. */
  public static final String MODALITY = "audio";

  /** Examples per session run when evaluating. */
  static final int EVAL_BATCH = 128;

  /** Steps between training-loss lines of {@code metrics.jsonl} (as vision's). */
  static final int LOG_EVERY = 10;

  /** Names the random stream of the batches that re-estimate BatchNorm statistics. */
  private static final long BN_STREAM = 0x424e_5354_4154L;

  private ArmRunner() {}

  /**
   * Runs {@code arm} of {@code config}.
   *
   * @param config the experiment's configuration; the arm derives its own ({@link Arm#apply})
   * @param features features of {@code corpus}, shared between arms
   * @throws TrainingDiverged if the run diverges ({@link
   *     org.edgefilter.framework.train.DivergenceRule})
   */
  public static ArmResult run(
      AudioConfig config, Arm arm, AudioCorpus corpus, FeatureStore features, RunContext context) {
    AudioConfig armConfig = arm.apply(config);
    RunDirectory run =
        RunDirectory.open(
            context.runs(),
            MODALITY,
            context.experiment(),
            armConfig.filter().armName(),
            context.seed());
    if (run.completed()) {
      RunResult done = RunResult.read(run.resultFile());
      context.out().println(arm.id() + ": already complete in " + run.path() + ", not run again");
      context.out().flush();
      return new ArmResult(arm, run.path(), done, true);
    }
    // Every clip is read (and every bad WAV reported) before the run folder gets a file.
    FeatureStore.Extraction extraction = features.extract(context.out());
    run.writeConfig(armConfig);
    Map<String, Double> metrics = new LinkedHashMap<>();
    // Each round resumes from its own checkpoint: drop the records it is about to log again.
    MetricsLog.retain(
        run.metricsFile(),
        record ->
            record.get("round") instanceof String round
                && MetricsLog.upToStep(checkpointStep(run.checkpointDir().resolve(round)))
                    .test(record));
    try (MetricsLog log = run.openMetricsLog();
        ScalarSummaryWriter scalars = run.openSummaryWriter()) {
      double sum = 0;
      long correct = 0;
      long tested = 0;
      for (Round round : corpus.rounds()) {
        RoundData data = features.prepare(round);
        double accuracy = trainRound(armConfig, arm, corpus, data, run, log, scalars, context);
        metrics.put(round.metricPrefix() + "acc", accuracy);
        sum += accuracy;
        // accuracy is correct / n of this round's test clips, so this recovers the count exactly.
        correct += Math.round(accuracy * data.test().size());
        tested += data.test().size();
      }
      if (corpus.dataset() == AudioDataset.URBANSOUND8K) {
        metrics.put("mean_acc", sum / corpus.rounds().size());
        metrics.put("pooled_acc", (double) correct / tested);
      }
    }
    Map<String, Boolean> higherIsBetter = new LinkedHashMap<>();
    metrics.keySet().forEach(k -> higherIsBetter.put(k, true));
    Map<String, Long> counts = Map.of("empty_wavs", (long) extraction.emptyFiles().size());
    RunResult result = run.writeResult(metrics, higherIsBetter, counts);
    return new ArmResult(arm, run.path(), result, false);
  }

  private static double trainRound(
      AudioConfig config,
      Arm arm,
      AudioCorpus corpus,
      RoundData data,
      RunDirectory run,
      MetricsLog log,
      ScalarSummaryWriter scalars,
      RunContext context) {
    Round round = data.round();
    String where = arm.id() + " " + round.name();
    Path checkpoints = run.checkpointDir().resolve(round.name());
    TrainConfig train = config.train();
    BatchSampler sampler =
        BatchSampler.shuffled(data.train().size(), train.batchSize(), context.seed());
    long totalSteps = (long) train.epochs() * sampler.batchesPerEpoch();
    long startStep = checkpointStep(checkpoints);
    Progress progress =
        Progress.builder()
            .setLabel(where)
            .optTotal(totalSteps)
            .optStartStep(startStep)
            .optItemsPerStep(train.batchSize())
            .optUnit("clip")
            .optOut(context.progress())
            .build();
    long started = System.nanoTime();
    try (AudioClassifier classifier =
        AudioClassifier.forTraining(
            config.cnn(),
            config.features().inputShape(),
            corpus.numClasses(),
            context.seed(),
            context.threads(),
            Adam.defaults())) {
      Augmentation augmentation = augmentation(train);
      ArrayDataset trainSet = data.train();
      Trainer trainer =
          Trainer.builder()
              .setModel(classifier.model())
              .setStep(classifier.step())
              .setSchedule(LearningRateSchedule.constant(train.learningRate()))
              .setSampler(sampler)
              .setFeeder(
                  (indices, rng) ->
                      Feeds.create()
                          .batch(
                              classifier.input(),
                              classifier.labels(),
                              trainSet.batch(indices, augmentation, rng)))
              .setEpochs(train.epochs())
              .optCheckpoints(checkpoints)
              .optListener(
                  new TrainingLog(
                      log,
                      scalars,
                      progress,
                      LOG_EVERY,
                      round.metricPrefix(),
                      Map.of("round", round.name())))
              .build();
      try {
        trainer.fit();
      } catch (TrainingDiverged e) {
        throw new TrainingDiverged(where, e);
      }
      progress.finish();
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("round", round.name());
      record.put("test_fold", round.testFold());
      record.put("train_folds", round.trainFolds());
      record.put("train_clips", data.train().size());
      record.put("test_clips", data.test().size());
      if (train.bnRecalibration() > 0) {
        // Kept in the log to show what re-estimation changed; the result uses the re-estimated
        // model.
        record.put("test_acc_training_bn", classifier.accuracy(data.test(), EVAL_BATCH));
        classifier.reestimateBatchNorm(
            trainSet,
            train.bnRecalibration(),
            train.batchSize(),
            Seeds.mix(context.seed(), BN_STREAM));
        CheckpointStore store = new CheckpointStore(checkpoints);
        TrainState last = store.latest().orElseThrow();
        store.save(
            classifier.model(),
            new TrainState(
                last.step(), last.epoch(), last.batch(), last.lastLoss(), last.seed(), null));
      }
      double testAccuracy = classifier.accuracy(data.test(), EVAL_BATCH);
      double trainAccuracy = classifier.accuracy(trainSet, EVAL_BATCH);
      record.put("train_acc", trainAccuracy);
      record.put("test_acc", testAccuracy);
      record.put("seconds", (System.nanoTime() - started) / 1e9);
      log.append(record);
      scalars.scalar(round.name() + "/test_acc", totalSteps, testAccuracy);
      context
          .out()
          .printf(
              "%s: test accuracy %.4f (%d clips), train accuracy %.4f (%d clips), %.0f s%n",
              where,
              testAccuracy,
              data.test().size(),
              trainAccuracy,
              data.train().size(),
              (System.nanoTime() - started) / 1e9);
      context.out().flush();
      return testAccuracy;
    }
  }

  /** Updates done by the latest checkpoint in {@code checkpoints} (0 without one). */
  static long checkpointStep(Path checkpoints) {
    return Files.isDirectory(checkpoints)
        ? new CheckpointStore(checkpoints).latest().map(TrainState::step).orElse(0L)
        : 0L;
  }

  /** SpecAugment masking of each training example, or none. */
  static Augmentation augmentation(TrainConfig train) {
    if (!train.augments()) {
      return Augmentation.none();
    }
    SpecAugment masks = train.specAugment();
    return (example, shape, rng) -> {
      Spectrogram masked = masks.apply(new Spectrogram(shape[0], shape[1], example), rng);
      System.arraycopy(masked.values(), 0, example, 0, example.length);
    };
  }

  /**
   * The folder of the on-disk feature cache of {@code context}'s runs root, shared by every arm,
   * seed and experiment: {@code <runs>/audio/.feature-cache}.
   */
  public static Path featureCache(RunContext context) {
    return context.runs().resolve(MODALITY).resolve(".feature-cache");
  }
}
