package org.edgefilter.bench.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and size of a sample.
 *
 * @param n number of values
 * @param mean arithmetic mean; NaN when {@code n == 0}
 * @param std sample standard deviation with divisor {@code n - 1}; NaN when {@code n < 2}
 */
public record Summary(int n, double mean, double std) {

  /** Summarizes {@code values} (two-pass, so large offsets do not cost precision). */
  public static Summary of(double[] values) {
    int n = values.length;
    if (n == 0) {
      return new Summary(0, Double.NaN, Double.NaN);
    }
    double mean = mean(values);
    if (n == 1) {
      return new Summary(1, mean, Double.NaN);
    }
    return new Summary(n, mean, Math.sqrt(sumOfSquaredDeviations(values, mean) / (n - 1)));
  }

  /** The sample variance ({@code std^2}); NaN when {@code n < 2}. */
  public double variance() {
    return std * std;
  }

  /** The standard error of the mean, {@code std / sqrt(n)}; NaN when {@code n < 2}. */
  public double standardError() {
    return std / Math.sqrt(n);
  }

  /**
   * Half-width of the Student-t confidence interval of the mean, {@code t_{(1+level)/2, n-1} * std
   * / sqrt(n)}; NaN when {@code n < 2}.
   */
  public double meanHalfWidth(double level) {
    if (n < 2) {
      return Double.NaN;
    }
    double t = new TDistribution(null, n - 1).inverseCumulativeProbability((1 + level) / 2);
    return t * standardError();
  }

  static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    double mean = sum / values.length;
    // One correction pass removes most of the rounding error of the naive sum.
    double correction = 0;
    for (double v : values) {
      correction += v - mean;
    }
    return mean + correction / values.length;
  }

  static double sumOfSquaredDeviations(double[] values, double mean) {
    double ss = 0;
    for (double v : values) {
      double d = v - mean;
      ss += d * d;
    }
    return ss;
  }
}
