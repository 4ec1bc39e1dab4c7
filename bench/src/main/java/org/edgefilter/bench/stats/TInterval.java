package org.edgefilter.bench.stats;

import java.util.List;
import java.util.Objects;

/**
 * A Student-t confidence interval of a mean difference, {@code estimate +- criticalValue *
 * standardError}, or the reason there is none. It is the interval that matches the t-test of the
 * same name: at {@code level = 1 - alpha} it excludes 0 exactly when that test's two-sided p-value
 * is below alpha.
 *
 * @param method the matching test's name ({@link TTests#PAIRED} or {@link TTests#WELCH})
 * @param n the effective sample size (pairs; for Welch the smaller arm)
 * @param estimate the mean difference {@code treatment - baseline}; NaN when there are no values
 * @param level the confidence level, e.g. 0.95
 * @param standardError the standard error of the estimate; NaN when unavailable
 * @param degreesOfFreedom {@code n - 1} paired, Welch-Satterthwaite df unpaired; NaN when
 *     unavailable
 * @param criticalValue {@code t_{df, (1+level)/2}}; NaN when unavailable
 * @param low lower bound; NaN when unavailable
 * @param high upper bound; NaN when unavailable
 * @param unavailableReason why there is no interval; null when there is one
 * @param notes caveats a reader must see
 */
public record TInterval(
    String method,
    int n,
    double estimate,
    double level,
    double standardError,
    double degreesOfFreedom,
    double criticalValue,
    double low,
    double high,
    String unavailableReason,
    List<String> notes) {

  public TInterval {
    Objects.requireNonNull(method, "method");
    notes = List.copyOf(notes);
    if (unavailableReason == null && !(low <= high)) {
      throw new IllegalArgumentException(
          method + ": interval " + low + ".." + high + " is not ordered");
    }
  }

  static TInterval of(
      String method,
      int n,
      double estimate,
      double level,
      double se,
      double df,
      double t,
      List<String> notes) {
    return new TInterval(
        method, n, estimate, level, se, df, t, estimate - t * se, estimate + t * se, null, notes);
  }

  static TInterval unavailable(
      String method, int n, double estimate, double level, String reason, List<String> notes) {
    return new TInterval(
        method,
        n,
        estimate,
        level,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        reason,
        notes);
  }

  /** True when the interval was computed. */
  public boolean isAvailable() {
    return unavailableReason == null;
  }

  /** Half the interval's width, {@code criticalValue * standardError}; NaN when unavailable. */
  public double halfWidth() {
    return criticalValue * standardError;
  }
}
