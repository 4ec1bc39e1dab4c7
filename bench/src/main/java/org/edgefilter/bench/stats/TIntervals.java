package org.edgefilter.bench.stats;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student-t confidence intervals of a difference in means, the intervals that go with {@link
 * TTests} (the "confidence interval" line of R's {@code t.test}).
 *
 * <p>Paired: the one-sample interval of the differences {@code d_i = b_i - a_i}, {@code mean(d) +-
 * t_{n-1, (1+level)/2} * sd(d) / sqrt(n)}. Unpaired (Welch 1947): {@code mean(b) - mean(a) +-
 * t_{df, (1+level)/2} * sqrt(s_a^2/n_a + s_b^2/n_b)} with the Welch-Satterthwaite df of {@link
 * TTests#welch}. Unlike a bootstrap interval, which with few values cannot spread wider than the
 * observed values, the t quantile grows as n shrinks (12.71 for n = 2 at 95%), so the interval
 * stays honest about how little a few seeds say, given roughly normal values.
 */
public final class TIntervals {

  private TIntervals() {}

  /**
   * The paired interval of {@code mean(treatment_i - baseline_i)}.
   *
   * @param baseline reference values, length n, aligned with {@code treatment}
   * @param treatment compared values, length n
   * @param level confidence level in (0, 1)
   */
  public static TInterval paired(double[] baseline, double[] treatment, double level) {
    return pairedOnDifferences(Differences.of(baseline, treatment), level);
  }

  /**
   * The one-sample interval of {@code mean(d)}.
   *
   * @param differences d_i, length n; n &gt;= 2 with some variation for an interval
   * @param level confidence level in (0, 1)
   */
  public static TInterval pairedOnDifferences(double[] differences, double level) {
    checkLevel(level);
    int n = differences.length;
    Summary s = Summary.of(differences);
    if (n < 2) {
      return TInterval.unavailable(
          TTests.PAIRED,
          n,
          s.mean(),
          level,
          "n = " + n + ": a t interval needs at least 2 values",
          List.of());
    }
    List<String> notes = notes(n);
    if (s.std() == 0) {
      String reason =
          s.mean() == 0
              ? "every difference is zero: zero variance, the t interval is undefined"
              : "every difference equals "
                  + s.mean()
                  + ": zero variance, the t interval is undefined";
      return TInterval.unavailable(TTests.PAIRED, n, s.mean(), level, reason, notes);
    }
    double df = n - 1;
    return TInterval.of(
        TTests.PAIRED, n, s.mean(), level, s.standardError(), df, critical(df, level), notes);
  }

  /**
   * Welch's interval of {@code mean(treatment) - mean(baseline)}.
   *
   * @param baseline values of the reference arm, length n_a &gt;= 2
   * @param treatment values of the compared arm, length n_b &gt;= 2
   * @param level confidence level in (0, 1)
   */
  public static TInterval welch(double[] baseline, double[] treatment, double level) {
    checkLevel(level);
    int na = baseline.length;
    int nb = treatment.length;
    int n = Math.min(na, nb);
    Summary a = Summary.of(baseline);
    Summary b = Summary.of(treatment);
    double estimate = b.mean() - a.mean();
    if (na < 2 || nb < 2) {
      return TInterval.unavailable(
          TTests.WELCH,
          n,
          estimate,
          level,
          "a Welch t interval needs at least 2 runs per arm (have " + na + " and " + nb + ")",
          List.of());
    }
    List<String> notes = notes(n);
    TTests.WelchMoments w = TTests.WelchMoments.of(a, na, b, nb);
    if (w.se2() == 0) {
      return TInterval.unavailable(
          TTests.WELCH,
          n,
          estimate,
          level,
          "zero variance in both arms: every run of each arm has the same value, the t interval "
              + "is undefined",
          notes);
    }
    return TInterval.of(
        TTests.WELCH,
        n,
        estimate,
        level,
        Math.sqrt(w.se2()),
        w.df(),
        critical(w.df(), level),
        notes);
  }

  /** {@code t_{df, (1+level)/2}}, the two-sided critical value. */
  static double critical(double df, double level) {
    return new TDistribution(null, df).inverseCumulativeProbability((1 + level) / 2);
  }

  private static List<String> notes(int n) {
    List<String> notes = new ArrayList<>();
    if (n < SmallSample.LOW_POWER_N) {
      notes.add(
          "n = "
              + n
              + ": the t interval assumes roughly normal values, which so few values "
              + "cannot check; it is wide because the SD itself is uncertain");
    }
    return notes;
  }

  private static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
  }
}
