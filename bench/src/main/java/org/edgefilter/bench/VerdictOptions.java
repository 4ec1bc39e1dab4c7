package org.edgefilter.bench;

import org.edgefilter.bench.compare.ComparisonSettings;
import org.edgefilter.bench.compare.PrimaryTest;
import picocli.CommandLine.Option;

/**
 * The statistical options every command that decides verdicts shares ({@code report}, {@code
 * summary}, {@code ablation report}): the family-wise level, the deciding test and the bootstrap
 * resamples, with one wording and one set of defaults.
 */
final class VerdictOptions {

  @Option(
      names = "--alpha",
      defaultValue = "0.05",
      description = "Family-wise level of the Holm-adjusted verdicts (default: ${DEFAULT-VALUE}).")
  double alpha;

  @Option(
      names = "--primary",
      defaultValue = "t_test",
      description = "Test deciding the verdict: t_test or wilcoxon (default: ${DEFAULT-VALUE}).")
  PrimaryTest primary;

  @Option(
      names = "--resamples",
      defaultValue = "10000",
      description = "Bootstrap resamples (default: ${DEFAULT-VALUE}).")
  int resamples;

  /** A settings builder holding these options. */
  ComparisonSettings.Builder settings() {
    return ComparisonSettings.builder()
        .optAlpha(alpha)
        .optPrimaryTest(primary)
        .optResamples(resamples);
  }
}
