package org.edgefilter.bench.stats;

import java.util.List;

/**
 * A bootstrap confidence interval by the percentile and the BCa method.
 *
 * @param estimate the statistic on the original sample, theta-hat
 * @param level the confidence level, e.g. 0.95
 * @param resamples number of bootstrap resamples B
 * @param percentileLow lower percentile bound; NaN when unavailable
 * @param percentileHigh upper percentile bound; NaN when unavailable
 * @param bcaLow lower BCa bound; NaN when unavailable
 * @param bcaHigh upper BCa bound; NaN when unavailable
 * @param biasCorrection BCa's z0-hat; NaN when undefined
 * @param acceleration BCa's a-hat from the jackknife; NaN when undefined
 * @param unavailableReason why there is no interval at all; null when there is one
 * @param notes caveats (degenerate resamples, small n, why BCa is missing)
 */
public record BootstrapInterval(
    double estimate,
    double level,
    int resamples,
    double percentileLow,
    double percentileHigh,
    double bcaLow,
    double bcaHigh,
    double biasCorrection,
    double acceleration,
    String unavailableReason,
    List<String> notes) {

  public BootstrapInterval {
    notes = List.copyOf(notes);
  }

  static BootstrapInterval unavailable(double estimate, double level, String reason) {
    return new BootstrapInterval(
        estimate,
        level,
        0,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        reason,
        List.of());
  }

  /** True when the percentile interval exists. */
  public boolean hasPercentile() {
    return unavailableReason == null && !Double.isNaN(percentileLow);
  }

  /** True when the BCa interval exists. */
  public boolean hasBca() {
    return unavailableReason == null && !Double.isNaN(bcaLow);
  }
}
