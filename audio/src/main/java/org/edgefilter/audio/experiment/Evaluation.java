package org.edgefilter.audio.experiment;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.edgefilter.audio.model.AudioClassifier;
import org.edgefilter.framework.io.DataLocator;
import org.edgefilter.framework.run.ResolvedConfig;
import org.edgefilter.framework.train.TrainState;

/**
 * Evaluates a run's trained models again: reads the run's {@code config.json}, rebuilds each
 * round's test set (with the normalization fitted on that round's training clips), restores the
 * round's model parameters from {@code checkpoint/<round>/} and measures test accuracy. The numbers
 * equal those in the run's {@code result.json} when the data are unchanged.
 */
public final class Evaluation {

  private Evaluation() {}

  /** The configuration a run directory was trained with. */
  public static AudioConfig config(Path runDirectory) {
    Path file = runDirectory.resolve(ResolvedConfig.FILE_NAME);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          runDirectory + " is not an audio run directory: " + file + " does not exist");
    }
    return ResolvedConfig.read(file).configAs(AudioConfig.class);
  }

  /**
   * Evaluates every round of the run in {@code runDirectory}.
   *
   * @throws IllegalArgumentException if the directory holds no configuration or a round has no
   *     checkpoint
   */
  public static EvaluationResult run(
      Path runDirectory, DataLocator data, int threads, PrintWriter out) {
    AudioConfig config = config(runDirectory);
    AudioCorpus corpus = AudioCorpus.load(config, data);
    corpus.printNotices(out);
    FeatureStore features = new FeatureStore(corpus, config.features());
    features.extract(out);
    int classes = corpus.numClasses();
    long[][] confusion = new long[classes][classes];
    Map<String, Double> metrics = new LinkedHashMap<>();
    boolean complete = true;
    double sum = 0;
    long pooledCorrect = 0;
    long pooledClips = 0;
    for (Round round : corpus.rounds()) {
      TrainState state = RoundCheckpoint.state(runDirectory, round);
      if (state.epoch() < config.train().epochs()) {
        complete = false;
        out.printf(
            "%s: warning: the checkpoint is from epoch %d of %d (the run did not finish)%n",
            round.name(), state.epoch(), config.train().epochs());
      }
      RoundData roundData = features.prepare(round);
      try (AudioClassifier classifier =
          AudioClassifier.forInference(
              config.cnn(), config.features().inputShape(), classes, state.seed(), threads)) {
        RoundCheckpoint.load(classifier, runDirectory, round);
        int[] predicted = classifier.predict(roundData.test(), ArmRunner.EVAL_BATCH);
        int correct = 0;
        for (int i = 0; i < predicted.length; i++) {
          int label = roundData.test().label(i);
          confusion[label][predicted[i]]++;
          if (predicted[i] == label) {
            correct++;
          }
        }
        double accuracy = (double) correct / predicted.length;
        metrics.put(round.metricPrefix() + "acc", accuracy);
        sum += accuracy;
        pooledCorrect += correct;
        pooledClips += predicted.length;
        out.printf(
            Locale.ROOT,
            "%s: test accuracy %.4f (%d of %d clips)%n",
            round.name(),
            accuracy,
            correct,
            predicted.length);
      }
    }
    if (corpus.dataset() == AudioDataset.URBANSOUND8K) {
      metrics.put("mean_acc", sum / corpus.rounds().size());
      metrics.put("pooled_acc", (double) pooledCorrect / pooledClips);
    }
    out.print(confusionTable(confusion, corpus));
    out.flush();
    return new EvaluationResult(metrics, confusion, complete);
  }

  /** Rows: true class; columns: predicted class. */
  static String confusionTable(long[][] confusion, AudioCorpus corpus) {
    StringBuilder out = new StringBuilder("confusion (rows true class, columns predicted):\n");
    int k = confusion.length;
    out.append(String.format(Locale.ROOT, "%-18s", ""));
    for (int j = 0; j < k; j++) {
      out.append(String.format(Locale.ROOT, "%6d", j));
    }
    out.append('\n');
    for (int i = 0; i < k; i++) {
      String name = i + " " + corpus.classNames().get(i);
      out.append(
          String.format(Locale.ROOT, "%-18s", name.length() > 18 ? name.substring(0, 18) : name));
      for (int j = 0; j < k; j++) {
        out.append(String.format(Locale.ROOT, "%6d", confusion[i][j]));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
