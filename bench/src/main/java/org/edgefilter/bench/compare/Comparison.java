package org.edgefilter.bench.compare;

import java.util.List;
import org.edgefilter.bench.collect.TaskKey;
import org.edgefilter.bench.stats.BootstrapInterval;
import org.edgefilter.bench.stats.EffectSize;
import org.edgefilter.bench.stats.Summary;
import org.edgefilter.bench.stats.TInterval;
import org.edgefilter.bench.stats.TestResult;

/**
 * One arm against the baseline on one metric (or one metric family paired by unit).
 *
 * <p>Differences are {@code arm - baseline} in the metric's own units; whether that is an
 * improvement depends on {@code higherIsBetter}.
 *
 * @param task the task
 * @param metric the metric name, or the family's pattern (e.g. {@code tent/*}{@code /5})
 * @param arm the compared arm
 * @param baseline the reference arm
 * @param higherIsBetter the metric's direction
 * @param design how the values were matched
 * @param baselineUnits labels of {@code baselineValues} (seeds, or units such as corruptions)
 * @param armUnits labels of {@code armValues}; equal to baselineUnits for paired designs
 * @param baselineValues the baseline's values used, length n_a
 * @param armValues the arm's values used, length n_b (= n_a and aligned when paired)
 * @param baselineSummary summary of baselineValues
 * @param armSummary summary of armValues
 * @param meanDifference {@code mean(arm) - mean(baseline)} (= mean of paired differences)
 * @param ci bootstrap interval of the mean difference (percentile and BCa)
 * @param tCi Student-t interval of the mean difference: the paired t-test's for paired designs,
 *     Welch's for unpaired ones
 * @param welch Welch's t-test on the same values
 * @param pairedT the paired t-test; unavailable for unpaired designs
 * @param wilcoxon the Wilcoxon signed-rank test; unavailable for unpaired designs
 * @param effectSize Hedges' g (pooled SD) unpaired, g_z (SD of differences) paired
 * @param primaryTest name of the test whose p decides the verdict
 * @param pRaw the primary test's p-value; NaN when it could not run
 * @param pAdjusted Holm-adjusted pRaw over all comparisons of the report; NaN when pRaw is
 * @param verdict the conclusion
 * @param notes caveats for the reader
 */
public record Comparison(
    TaskKey task,
    String metric,
    String arm,
    String baseline,
    boolean higherIsBetter,
    Design design,
    List<String> baselineUnits,
    List<String> armUnits,
    List<Double> baselineValues,
    List<Double> armValues,
    Summary baselineSummary,
    Summary armSummary,
    double meanDifference,
    BootstrapInterval ci,
    TInterval tCi,
    TestResult welch,
    TestResult pairedT,
    TestResult wilcoxon,
    EffectSize effectSize,
    String primaryTest,
    double pRaw,
    double pAdjusted,
    Verdict verdict,
    List<String> notes) {

  public Comparison {
    baselineUnits = List.copyOf(baselineUnits);
    armUnits = List.copyOf(armUnits);
    baselineValues = List.copyOf(baselineValues);
    armValues = List.copyOf(armValues);
    notes = List.copyOf(notes);
  }

  /** The sample size in words: {@code 5} for paired designs, {@code 3 vs 4} for unpaired ones. */
  public String sizeLabel() {
    return design == Design.UNPAIRED
        ? baselineValues.size() + " vs " + armValues.size()
        : Integer.toString(armValues.size());
  }

  /** The same comparison with its Holm-adjusted p-value and verdict. */
  Comparison adjusted(double pAdj, Verdict v) {
    return new Comparison(
        task,
        metric,
        arm,
        baseline,
        higherIsBetter,
        design,
        baselineUnits,
        armUnits,
        baselineValues,
        armValues,
        baselineSummary,
        armSummary,
        meanDifference,
        ci,
        tCi,
        welch,
        pairedT,
        wilcoxon,
        effectSize,
        primaryTest,
        pRaw,
        pAdj,
        v,
        notes);
  }

  /**
   * Bounds {@code {low, high}} of the interval of {@code arm - baseline} by {@code method} ({@link
   * CiMethod#AUTO} resolved by the primary test; BCa does not fall back to percentile here, the
   * verdict does).
   *
   * @return a new array of length 2, or null when that interval does not exist
   */
  public double[] bounds(CiMethod method) {
    return switch (method.resolve(primaryTest)) {
      case T -> tCi.isAvailable() ? new double[] {tCi.low(), tCi.high()} : null;
      case BCA -> ci.hasBca() ? new double[] {ci.bcaLow(), ci.bcaHigh()} : null;
      case PERCENTILE ->
          ci.hasPercentile() ? new double[] {ci.percentileLow(), ci.percentileHigh()} : null;
      case AUTO -> throw new IllegalStateException("AUTO resolves to another method");
    };
  }

  /** Paired differences {@code arm_i - baseline_i}; empty for unpaired designs. */
  public double[] differences() {
    if (design == Design.UNPAIRED) {
      return new double[0];
    }
    double[] d = new double[armValues.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = armValues.get(i) - baselineValues.get(i);
    }
    return d;
  }
}
