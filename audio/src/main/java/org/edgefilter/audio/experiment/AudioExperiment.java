package org.edgefilter.audio.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    FeatureStore features =
        FeatureStore.cached(corpus, config.features(), ArmRunner.featureCache(context));
    double featureSeconds = features.extract(context.out()).seconds();
    List<ArmResult> arms = new ArrayList<>();
    for (Arm arm : Arm.values()) {
      arms.add(ArmRunner.run(config, arm, corpus, features, context));
    }
    String table = ComparisonTable.format(arms);
    context
        .out()
        .printf(
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
}
