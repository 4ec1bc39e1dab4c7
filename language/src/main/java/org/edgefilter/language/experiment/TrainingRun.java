package org.edgefilter.language.experiment;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.edgefilter.framework.data.BatchSampler;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.run.MetricsLog;
import org.edgefilter.framework.run.Progress;
import org.edgefilter.framework.run.RunDirectory;
import org.edgefilter.framework.run.RunResult;
import org.edgefilter.framework.run.ScalarSummaryWriter;
import org.edgefilter.framework.train.Adam;
import org.edgefilter.framework.train.CheckpointStore;
import org.edgefilter.framework.train.LearningRateSchedule;
import org.edgefilter.framework.train.TrainSummary;
import org.edgefilter.framework.train.Trainer;
import org.edgefilter.framework.train.TrainingDiverged;
import org.edgefilter.framework.train.UpdateStep;
import org.edgefilter.language.data.GlueTask;
import org.edgefilter.language.model.TextClassifier;
import org.edgefilter.language.tokenize.Vocabulary;

/**
 * Trains one arm on one task and seed from scratch and evaluates it on the dev split, in the run
 * directory {@code <runs>/language/<experiment>/<arm>/seed-<n>/}: {@code config.json}, {@code
 * vocab.txt} (the WordPiece vocabulary trained on the task's training file), {@code metrics.jsonl},
 * TensorBoard scalars, {@code checkpoint/} (every epoch, and every {@code checkpointEvery} steps)
 * and finally {@code result.json} with {@code dev_acc} (and {@code dev_f1} for QQP) of the model
 * after the last epoch; no epoch is selected on dev.
 *
 * <p>A run whose {@code result.json} exists is not repeated; a killed run resumes from its last
 * checkpoint with the same batches and dropout masks (the framework's {@link Trainer}).
 */
public final class TrainingRun {

  /** The modality folder of every language run. */
  public static final String MODALITY = "language";

  /** The vocabulary's file name inside a run directory. */
  public static final String VOCABULARY_FILE = "vocab.txt";

  /** Prefix of the dev metrics. */
  public static final String DEV = "dev";

  /**
   * Where runs go and where data comes from.
   *
   * @param runsRoot root of the run directories ({@code --runs})
   * @param data the data root
   * @param experiment the experiment folder name, e.g. {@code sst2-quick}
   * @param seed the run seed (initialization, shuffling, dropout, training subset)
   * @param out where progress and summaries are printed
   * @param skipBadRows skip and count malformed GLUE rows ({@code --skip-bad-rows}) instead of
   *     failing on the first
   */
  public record Plan(
      Path runsRoot,
      DataLocator data,
      String experiment,
      long seed,
      PrintStream out,
      boolean skipBadRows) {

    public Plan {
      Objects.requireNonNull(runsRoot, "runsRoot");
      Objects.requireNonNull(data, "data");
      Objects.requireNonNull(experiment, "experiment");
      Objects.requireNonNull(out, "out");
    }

    /** A plan that fails on a malformed row. */
    public Plan(Path runsRoot, DataLocator data, String experiment, long seed, PrintStream out) {
      this(runsRoot, data, experiment, seed, out, false);
    }
  }

  /** Metric of {@code result.json} counting the skipped rows of the training file. */
  public static final String SKIPPED_TRAIN_ROWS = "data/skipped_train_rows";

  /** Metric of {@code result.json} counting the skipped rows of the dev file. */
  public static final String SKIPPED_DEV_ROWS = "data/skipped_dev_rows";

  private TrainingRun() {}

  /**
   * Runs {@code config} (its arm is {@link LanguageConfig#arm()}).
   *
   * @param vocabulary the vocabulary to use when the run directory has none yet, or null to train
   *     one on the training file
   * @throws TrainingDiverged if the run diverges ({@link
   *     org.edgefilter.framework.train.DivergenceRule})
   */
  public static RunOutcome run(LanguageConfig config, Plan plan, Vocabulary vocabulary) {
    String arm = config.arm();
    GlueTask task = config.task();
    PrintStream out = plan.out();
    RunDirectory dir =
        RunDirectory.open(plan.runsRoot(), MODALITY, plan.experiment(), arm, plan.seed());
    if (dir.completed()) {
      RunResult result = RunResult.read(dir.resultFile());
      out.printf(Locale.ROOT, "%s: already completed in %s%n", arm, dir.path());
      long steps =
          new CheckpointStore(dir.path().resolve(RunDirectory.CHECKPOINT_DIR))
              .latest()
              .map(state -> state.step())
              .orElse(-1L);
      return new RunOutcome(
          arm, dir.path(), result.metrics(), -1, steps, result.wallSeconds(), true);
    }
    Path vocabularyFile = dir.path().resolve(VOCABULARY_FILE);
    boolean haveVocabulary = Files.isRegularFile(vocabularyFile);
    // The data is read and checked before anything is written into the run directory.
    TaskData data =
        TaskData.load(
            config,
            TaskData.Files.locate(task, plan.data()),
            haveVocabulary ? Vocabulary.load(vocabularyFile) : vocabulary,
            plan.seed(),
            plan.skipBadRows());
    if (plan.skipBadRows()) {
      out.printf(
          Locale.ROOT,
          "%s: skipped %d malformed rows of %s and %d of %s"
              + " (--skip-bad-rows; counted in result.json)%n",
          arm,
          data.skippedTrainRows(),
          GlueTask.TRAIN_FILE,
          data.skippedDevRows(),
          GlueTask.DEV_FILE);
    }
    dir.writeConfig(config);
    if (!haveVocabulary) {
      data.vocabulary().save(vocabularyFile);
    }
    TrainingConfig training = config.train();
    out.printf(
        Locale.ROOT,
        "%s: %s, train %d of %d examples, dev %d of %d, vocabulary %d, run %s%n",
        arm,
        task,
        data.train().size(),
        data.trainAvailable(),
        data.dev().size(),
        data.devAvailable(),
        data.vocabulary().size(),
        dir.path());
    try (TextClassifier classifier =
            new TextClassifier(
                config.model(),
                config.tokenFilter(),
                data.vocabulary().size(),
                task.numLabels(),
                plan.seed(),
                training.threads());
        MetricsLog log =
            dir.openMetricsLogResumingAt(
                new CheckpointStore(dir.checkpointDir())
                    .latest()
                    .map(state -> state.step())
                    .orElse(0L));
        ScalarSummaryWriter summaries = dir.openSummaryWriter()) {
      UpdateStep step =
          classifier.buildTrainStep(
              Adam.adamW(training.weightDecay(), TextClassifier.decayedParameters()),
              training.clipNorm());
      BatchSampler sampler =
          BatchSampler.shuffled(data.train().size(), training.batchSize(), plan.seed());
      long total = (long) sampler.batchesPerEpoch() * training.epochs();
      long warmup = Math.round(training.warmupFraction() * total);
      Progress progress =
          Progress.builder()
              .setLabel(arm)
              .optTotal(total)
              .optItemsPerStep(training.batchSize())
              .optUnit("seq")
              .optOut(out)
              .build();
      RunLogger logger =
          new RunLogger(
              log,
              summaries,
              progress,
              training.logEvery(),
              training.epochs(),
              epoch -> devMetrics(classifier, data, training));
      Trainer.Builder trainer =
          Trainer.builder()
              .setModel(classifier.model())
              .setStep(step)
              .setSchedule(
                  LearningRateSchedule.warmupLinear(training.learningRate(), warmup, total))
              .setSampler(sampler)
              .setFeeder((indices, rng) -> classifier.feeds(data.train().batch(indices)))
              .setEpochs(training.epochs())
              .optCheckpoints(dir.checkpointDir())
              .optListener(logger);
      if (training.checkpointEvery() > 0) {
        trainer.optCheckpointEvery(training.checkpointEvery());
      }
      TrainSummary summary;
      try {
        summary = trainer.build().fit();
      } catch (TrainingDiverged e) {
        throw new TrainingDiverged("arm " + arm + " diverged", e);
      }
      progress.finish();
      Map<String, Double> metrics = devMetrics(classifier, data, training);
      log.logEvaluation(summary.steps(), metrics);
      metrics.forEach((name, value) -> summaries.scalar("final/" + name, summary.steps(), value));
      Map<String, Boolean> directions =
          new java.util.LinkedHashMap<>(Evaluation.directions(task, DEV));
      if (plan.skipBadRows()) {
        metrics = new java.util.LinkedHashMap<>(metrics);
        metrics.put(SKIPPED_TRAIN_ROWS, (double) data.skippedTrainRows());
        metrics.put(SKIPPED_DEV_ROWS, (double) data.skippedDevRows());
        directions.put(SKIPPED_TRAIN_ROWS, false);
        directions.put(SKIPPED_DEV_ROWS, false);
      }
      RunResult result = dir.writeResult(metrics, directions);
      out.printf(
          Locale.ROOT,
          "%s: %s after %d steps (%s)%n",
          arm,
          format(metrics),
          summary.steps(),
          Progress.formatDuration(result.wallSeconds()));
      return new RunOutcome(
          arm,
          dir.path(),
          metrics,
          data.train().size(),
          summary.steps(),
          result.wallSeconds(),
          false);
    }
  }

  private static Map<String, Double> devMetrics(
      TextClassifier classifier, TaskData data, TrainingConfig training) {
    return Evaluation.metrics(classifier, data.dev(), data.task(), training.evalBatchSize(), DEV);
  }

  /** {@code dev_acc 0.8050, dev_f1 0.7012}. */
  static String format(Map<String, Double> metrics) {
    StringBuilder text = new StringBuilder();
    metrics.forEach(
        (name, value) ->
            text.append(text.length() == 0 ? "" : ", ")
                .append(name)
                .append(' ')
                .append(String.format(Locale.ROOT, "%.4f", value)));
    return text.toString();
  }
}
