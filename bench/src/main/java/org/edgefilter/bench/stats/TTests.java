package org.edgefilter.bench.stats;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Student t-tests for a difference in means, two-sided.
 *
 * <p>Welch's test: {@code t = (mean(b) - mean(a)) / sqrt(s_a^2/n_a + s_b^2/n_b)} with the
 * Welch-Satterthwaite degrees of freedom {@code (v_a + v_b)^2 / (v_a^2/(n_a-1) + v_b^2/(n_b-1))},
 * {@code v = s^2/n} (Welch 1947). Paired test: the one-sample t-test on the differences {@code d_i
 * = b_i - a_i}, {@code t = mean(d) / (sd(d)/sqrt(n))}, {@code n - 1} degrees of freedom.
 */
public final class TTests {

  /** Name of the unpaired test as it appears in reports. */
  public static final String WELCH = "Welch's t-test";

  /** Name of the paired test as it appears in reports. */
  public static final String PAIRED = "paired t-test";

  private TTests() {}

  /**
   * Welch's unequal-variance t-test of {@code mean(treatment) - mean(baseline) = 0}.
   *
   * @param baseline values of the reference arm, length n_a
   * @param treatment values of the compared arm, length n_b
   * @return t (positive when treatment is larger), Welch df and the two-sided p-value, or the
   *     reason there is none (fewer than 2 values in an arm, zero variance in both arms)
   */
  public static TestResult welch(double[] baseline, double[] treatment) {
    int na = baseline.length;
    int nb = treatment.length;
    int n = Math.min(na, nb);
    List<String> notes = SmallSample.notes(n);
    if (na < 2 || nb < 2) {
      return TestResult.unavailable(
          WELCH, n, "needs at least 2 runs per arm (have " + na + " and " + nb + ")", List.of());
    }
    Summary a = Summary.of(baseline);
    Summary b = Summary.of(treatment);
    WelchMoments w = WelchMoments.of(a, na, b, nb);
    if (w.se2() == 0) {
      return TestResult.unavailable(
          WELCH,
          n,
          "zero variance in both arms: every run of each arm has the same value, t is undefined",
          notes);
    }
    double t = (b.mean() - a.mean()) / Math.sqrt(w.se2());
    double df = w.df();
    return TestResult.of(
        WELCH, n, t, df, twoSidedP(t, df), 0, "Student t, Welch-Satterthwaite df", notes);
  }

  /**
   * The paired t-test of {@code mean(treatment_i - baseline_i) = 0}.
   *
   * @param baseline reference values, length n, aligned with {@code treatment}
   * @param treatment compared values, length n
   */
  public static TestResult paired(double[] baseline, double[] treatment) {
    return oneSample(Differences.of(baseline, treatment), PAIRED);
  }

  /**
   * The one-sample t-test of {@code mean(d) = 0} on paired differences.
   *
   * @param differences d_i, length n
   */
  public static TestResult pairedOnDifferences(double[] differences) {
    return oneSample(differences, PAIRED);
  }

  private static TestResult oneSample(double[] d, String name) {
    int n = d.length;
    if (n < 2) {
      return TestResult.unavailable(name, n, "n = " + n + ": no test is possible", List.of());
    }
    List<String> notes = SmallSample.notes(n);
    Summary s = Summary.of(d);
    if (s.std() == 0) {
      String reason =
          s.mean() == 0
              ? "every difference is zero: zero variance, t is undefined"
              : "every difference equals " + s.mean() + ": zero variance, t is undefined";
      return TestResult.unavailable(name, n, reason, notes);
    }
    double t = s.mean() / s.standardError();
    double df = n - 1;
    return TestResult.of(name, n, t, df, twoSidedP(t, df), 0, "Student t", notes);
  }

  /** {@code 2 P(T_df <= -|t|)}, computed in the lower tail so tiny p-values keep their digits. */
  static double twoSidedP(double t, double df) {
    TDistribution dist = new TDistribution(null, df);
    return Math.min(1.0, 2 * dist.cumulativeProbability(-Math.abs(t)));
  }

  /**
   * Welch's squared standard error {@code s_a^2/n_a + s_b^2/n_b} and its Welch-Satterthwaite df
   * (NaN when the standard error is 0), shared by the test and {@link TIntervals#welch}.
   */
  record WelchMoments(double se2, double df) {
    static WelchMoments of(Summary a, int na, Summary b, int nb) {
      double va = a.variance() / na;
      double vb = b.variance() / nb;
      double se2 = va + vb;
      return new WelchMoments(se2, se2 * se2 / (va * va / (na - 1) + vb * vb / (nb - 1)));
    }
  }
}
