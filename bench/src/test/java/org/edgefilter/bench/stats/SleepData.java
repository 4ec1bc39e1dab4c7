package org.edgefilter.bench.stats;

/**
 * Student's (1908) sleep data as in R's {@code datasets::sleep}: extra hours of sleep of 10
 * patients under two drugs. The paired and Welch t-tests and the Wilcoxon test on these data are
 * the worked examples of R's {@code t.test} and {@code wilcox.test}.
 */
final class SleepData {
  static final double[] DRUG1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
  static final double[] DRUG2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

  private SleepData() {}
}
