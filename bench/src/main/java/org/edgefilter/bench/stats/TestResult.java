package org.edgefilter.bench.stats;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one two-sided hypothesis test, or the reason there is none.
 *
 * @param test the test's name, e.g. {@code "Welch's t-test"}
 * @param n the effective sample size (pairs, or non-zero differences for Wilcoxon; for Welch the
 *     smaller arm)
 * @param statistic the test statistic (t, or W+ for Wilcoxon); NaN when unavailable
 * @param degreesOfFreedom degrees of freedom of a t statistic; NaN when not applicable
 * @param pValue the two-sided p-value; NaN when the test cannot be computed
 * @param minAttainableP the smallest p-value this test can produce with this sample (exact tests:
 *     {@code 2 / 2^n}); 0 for continuous tests; NaN when unavailable
 * @param method how the p-value was obtained (exact, normal approximation, Student t)
 * @param unavailableReason why there is no p-value; null when there is one
 * @param notes caveats a reader must see (little power, conventions used)
 */
public record TestResult(
    String test,
    int n,
    double statistic,
    double degreesOfFreedom,
    double pValue,
    double minAttainableP,
    String method,
    String unavailableReason,
    List<String> notes) {

  public TestResult {
    Objects.requireNonNull(test, "test");
    notes = List.copyOf(notes);
    if (unavailableReason == null && !(pValue >= 0 && pValue <= 1)) {
      throw new IllegalArgumentException(test + ": p-value " + pValue + " outside [0, 1]");
    }
  }

  /** A computed test. */
  public static TestResult of(
      String test,
      int n,
      double statistic,
      double df,
      double p,
      double minP,
      String method,
      List<String> notes) {
    return new TestResult(test, n, statistic, df, p, minP, method, null, notes);
  }

  /** A test that cannot be computed on this sample, with the reason in plain words. */
  public static TestResult unavailable(String test, int n, String reason, List<String> notes) {
    return new TestResult(
        test, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "none", reason, notes);
  }

  /** True when a p-value was computed. */
  public boolean isAvailable() {
    return unavailableReason == null;
  }
}
