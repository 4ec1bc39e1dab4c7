package org.edgefilter.bench.compare;

/** Which test's p-value enters the Holm family and decides the verdict. */
public enum PrimaryTest {
  /** The paired t-test for paired designs, Welch's t-test for unpaired ones. */
  T_TEST,
  /**
   * The Wilcoxon signed-rank test for paired designs; Welch's t-test for unpaired ones (no rank
   * test is computed for independent samples).
   */
  WILCOXON
}
