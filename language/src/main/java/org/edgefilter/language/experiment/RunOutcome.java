package org.edgefilter.language.experiment;

import java.nio.file.Path;
import java.util.Map;

/**
 * What one finished run reports.
 *
 * @param arm the arm's name
 * @param runDirectory its run directory (holding {@code result.json})
 * @param metrics the dev metrics, e.g. {@code dev_acc}
 * @param trainExamples examples trained on
 * @param steps updates applied
 * @param wallSeconds wall-clock seconds of the run (from {@code result.json})
 * @param reused whether the run had completed before and was only read back
 */
public record RunOutcome(
    String arm,
    Path runDirectory,
    Map<String, Double> metrics,
    int trainExamples,
    long steps,
    double wallSeconds,
    boolean reused) {

  public RunOutcome {
    metrics = Map.copyOf(metrics);
  }
}
