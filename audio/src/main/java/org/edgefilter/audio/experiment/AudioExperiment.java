package org.edgefilter.audio.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The audio study: the baseline and the filter arm of one configuration and seed, on features
 * extracted once and shared, followed by the comparison table.
 */
public final class AudioExperiment {

  private AudioExperiment() {}

  /**
   * Runs both arms over every round of {@code corpus} and prints the comparison table to {@code
   * context.out()}.
   */
  public static ExperimentResult run(AudioConfig config, AudioCorpus corpus, RunContext context) {
    FeatureStore features = new FeatureStore(corpus, config.features());
    double featureSeconds = extract(corpus, features, context);
    List<ArmResult> arms = new ArrayList<>();
    for (Arm arm : Arm.values()) {
      arms.add(ArmRunner.run(config, arm, corpus, features, context));
    }
    String table = ComparisonTable.format(arms);
    context.out().printf(
        Locale.ROOT,
        "%naudio %s, %s, seed %d, %d round(s); run directories under %s%n%s",
        context.experiment(),
        config.dataset().id(),
        context.seed(),
        corpus.rounds().size(),
        context.runs().resolve(ArmRunner.MODALITY).resolve(context.experiment()),
        table);
    context.out().flush();
    return new ExperimentResult(config, arms, table, featureSeconds);
  }

  /** Extracts the features of every clip some round uses; returns the wall time in seconds. */
  static double extract(AudioCorpus corpus, FeatureStore features, RunContext context) {
    int[] used =
        corpus.rounds().stream()
            .flatMapToInt(r -> IntStream.concat(IntStream.of(r.train()), IntStream.of(r.test())))
            .distinct()
            .toArray();
    long started = System.nanoTime();
    features.extractAll(used);
    double seconds = (System.nanoTime() - started) / 1e9;
    context.out().printf(
        Locale.ROOT,
        "%s: log-mel features of %d clips %s in %.1f s%n",
        corpus.dataset().id(),
        used.length,
        Arrays.toString(features.config().inputShape()),
        seconds);
    context.out().flush();
    return seconds;
  }
}
