package org.edgefilter.language.experiment;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.cli.ConfigException;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.language.tokenize.Vocabulary;

/**
 * The language study for one task and seed: the baseline arm (no filter, {@link
 * LanguageConfig#baseline()}) and the filter arm (the configuration as given), trained from scratch
 * with the same seed, hence the same initial weights, batches, dropout masks and vocabulary; each
 * writes its own run directory. Baselines do not depend on the filter's settings, so experiments
 * that differ only there share one baseline run.
 */
public final class LanguageExperiment {

  private LanguageExperiment() {}

  /** The experiment folder name of a task and preset, e.g. {@code sst2-quick}. */
  public static String name(String task, String preset) {
    return task + "-" + preset;
  }

  /**
   * Runs both arms (an arm that completed before is read back, not rerun).
   *
   * @param config the filter arm's configuration; its filter mode must not be IDENTITY
   */
  public static ExperimentOutcome run(LanguageConfig config, TrainingRun.Plan plan) {
    if (config.filter().mode() == FilterMode.IDENTITY) {
      throw new ConfigException(
          "the experiment compares the baseline with a filter arm, but"
              + " filter.mode is identity; use high-pass (the filter) or low-pass (the ablation)");
    }
    List<RunOutcome> runs = new ArrayList<>();
    Vocabulary vocabulary = null;
    for (LanguageConfig arm : List.of(config.baseline(), config)) {
      RunOutcome outcome = TrainingRun.run(arm, plan, vocabulary);
      vocabulary = Vocabulary.load(outcome.runDirectory().resolve(TrainingRun.VOCABULARY_FILE));
      runs.add(outcome);
    }
    return new ExperimentOutcome(config.task(), plan.experiment(), plan.seed(), runs);
  }
}
