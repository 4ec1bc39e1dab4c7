package org.edgefilter.bench.stats;

import org.apache.commons.math3.special.Gamma;

/**
 * Hedges' g: a standardized mean difference with Hedges' (1981) small-sample bias correction {@code
 * J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2))}, the exact form of the familiar {@code 1 -
 * 3/(4 df - 1)}.
 *
 * @param value g; positive when the compared arm's mean is larger; NaN when unavailable
 * @param uncorrected the standardized difference before the correction (Cohen's d, or d_z)
 * @param correction J(df)
 * @param degreesOfFreedom df of the standardizer
 * @param standardizer which standard deviation divides the difference, in words
 * @param unavailableReason why there is no value; null when there is one
 */
public record EffectSize(
    double value,
    double uncorrected,
    double correction,
    int degreesOfFreedom,
    String standardizer,
    String unavailableReason) {

  /** Standardizer of the unpaired g. */
  public static final String POOLED_SD = "pooled SD of the two arms";

  /** Standardizer of the paired g (g_z, Lakens 2013 eq. 6 with Hedges' correction). */
  public static final String SD_OF_DIFFERENCES = "SD of the paired differences (g_z)";

  /**
   * Unpaired Hedges' g: {@code J(n_a + n_b - 2) (mean(b) - mean(a)) / s_pooled}, {@code s_pooled^2
   * = ((n_a-1) s_a^2 + (n_b-1) s_b^2) / (n_a + n_b - 2)}.
   *
   * @param baseline length n_a
   * @param treatment length n_b
   */
  public static EffectSize hedgesG(double[] baseline, double[] treatment) {
    int na = baseline.length;
    int nb = treatment.length;
    int df = na + nb - 2;
    if (na < 1 || nb < 1 || df < 2) {
      return unavailable(
          POOLED_SD,
          df,
          "too few runs to estimate a standard deviation (have " + na + " and " + nb + ")");
    }
    Summary a = Summary.of(baseline);
    Summary b = Summary.of(treatment);
    double ssA = na > 1 ? a.variance() * (na - 1) : 0;
    double ssB = nb > 1 ? b.variance() * (nb - 1) : 0;
    double pooled = Math.sqrt((ssA + ssB) / df);
    return standardize(b.mean() - a.mean(), pooled, df, POOLED_SD);
  }

  /**
   * Paired Hedges' g_z: {@code J(n - 1) mean(d) / sd(d)}.
   *
   * @param differences d_i = treatment_i - baseline_i, length n
   */
  public static EffectSize hedgesGz(double[] differences) {
    int n = differences.length;
    if (n < 3) {
      return unavailable(
          SD_OF_DIFFERENCES,
          n - 1,
          "n = " + n + ": too few pairs for a corrected standardized difference");
    }
    Summary s = Summary.of(differences);
    return standardize(s.mean(), s.std(), n - 1, SD_OF_DIFFERENCES);
  }

  /** Hedges' exact correction factor J(df), through log-gamma so large df do not overflow. */
  public static double correction(int df) {
    if (df < 2) {
      throw new IllegalArgumentException("J(df) needs df >= 2, got " + df);
    }
    double half = df / 2.0;
    return Math.exp(Gamma.logGamma(half) - Gamma.logGamma(half - 0.5) - 0.5 * Math.log(half));
  }

  /** True when g was computed. */
  public boolean isAvailable() {
    return unavailableReason == null;
  }

  private static EffectSize standardize(double difference, double sd, int df, String standardizer) {
    if (sd == 0) {
      return unavailable(
          standardizer, df, "zero variance: the standardized difference is undefined (infinite)");
    }
    double d = difference / sd;
    double j = correction(df);
    return new EffectSize(j * d, d, j, df, standardizer, null);
  }

  private static EffectSize unavailable(String standardizer, int df, String reason) {
    return new EffectSize(Double.NaN, Double.NaN, Double.NaN, df, standardizer, reason);
  }
}
