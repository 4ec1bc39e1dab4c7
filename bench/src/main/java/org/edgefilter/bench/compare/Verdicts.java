package org.edgefilter.bench.compare;

import org.edgefilter.bench.stats.Bootstrap;
import org.edgefilter.bench.stats.TestResult;

/**
 * Writes the sentence of a verdict. Magnitudes in a verdict are oriented as improvements (for a
 * lower-is-better metric, "better by 0.05" means 0.05 lower), and its CI is the improvement's.
 *
 * <p>The quoted interval is {@link ComparisonSettings#verdictCi()}, by default the one that matches
 * the deciding test (the t interval for a t-test, BCa for Wilcoxon). A bootstrap interval over
 * fewer than {@value Bootstrap#SMALL_N} values is too narrow (with n = 2 it is the range of the two
 * observed differences), so a verdict quoting one says so.
 */
final class Verdicts {

  /** Below this n a "no difference" verdict reminds the reader of the test's low power. */
  static final int LOW_POWER_N = 5;

  private Verdicts() {}

  /**
   * The verdict of {@code c}.
   *
   * @param pAdj its Holm-adjusted p-value (NaN when no test ran)
   * @param familySize the number of p-values in its Holm family
   */
  static Verdict of(Comparison c, double pAdj, int familySize, ComparisonSettings settings) {
    double sign = c.higherIsBetter() ? 1 : -1;
    double improvement = sign * c.meanDifference();
    String n = c.sizeLabel();
    CiMethod method = quotedMethod(c, settings);
    if (Double.isNaN(pAdj)) {
      TestResult primary = primary(c);
      String reason = primary == null ? "no test" : primary.unavailableReason();
      String observed =
          Double.isNaN(c.meanDifference())
              ? "no difference can be computed"
              : "observed difference " + Format.signed(c.meanDifference()) + " (arm - baseline)";
      return new Verdict(
          Verdict.Kind.NOT_TESTABLE,
          "no test possible with n = " + n + ": " + reason + "; " + observed,
          method);
    }
    double[] bounds = c.bounds(method);
    String p = "p_adj = " + Format.p(pAdj);
    String fewValues =
        bounds != null && method.isBootstrap() && sizeOf(c) < Bootstrap.SMALL_N
            ? "; with n = " + n + " a bootstrap CI is too narrow, read it as rough"
            : "";
    if (pAdj < settings.alpha()) {
      boolean better = improvement > 0;
      String ci = claimCi(c, method, bounds, sign, better, settings);
      String caution =
          bounds != null && bounds[0] <= 0 && bounds[1] >= 0
              ? "; the " + level(method, settings) + " includes 0, so treat this with caution"
              : "";
      return new Verdict(
          better ? Verdict.Kind.BETTER : Verdict.Kind.WORSE,
          c.arm()
              + " "
              + (better ? "better" : "worse")
              + " than "
              + c.baseline()
              + " by "
              + Format.num(Math.abs(improvement))
              + " ("
              + ci
              + "), "
              + p
              + caution
              + fewValues,
          method);
    }
    String power = sizeOf(c) < LOW_POWER_N ? "; n < " + LOW_POWER_N + " gives little power" : "";
    String ci =
        bounds == null
            ? "no CI"
            : level(method, settings) + " " + Format.range(bounds[0], bounds[1]);
    return new Verdict(
        Verdict.Kind.NO_DETECTABLE_DIFFERENCE,
        "no detectable difference with n = "
            + n
            + " ("
            + c.arm()
            + " - "
            + c.baseline()
            + " = "
            + Format.signed(c.meanDifference())
            + ", "
            + ci
            + ", "
            + p
            + ")"
            + intervalExcludesZero(c, method, bounds, pAdj, familySize, settings)
            + unreachable(c, settings)
            + power
            + fewValues,
        method);
  }

  /**
   * The decision uses the Holm-adjusted p while the quoted interval is not adjusted for the family
   * (nor, for a bootstrap interval, the same procedure as the test), so the interval can exclude 0
   * without a detectable difference: the sentence must say so, or the reader sees a contradiction.
   */
  private static String intervalExcludesZero(
      Comparison c,
      CiMethod method,
      double[] b,
      double pAdj,
      int familySize,
      ComparisonSettings s) {
    if (b == null || (b[0] <= 0 && b[1] >= 0)) {
      return "";
    }
    String why =
        pAdj > c.pRaw()
            ? "the decision uses the Holm-adjusted p over a family of "
                + familySize
                + " p-values, and the interval is not adjusted for that family"
            : method.isBootstrap()
                ? "the bootstrap interval and the " + c.primaryTest() + " do not agree here"
                : "the interval and the " + c.primaryTest() + " do not agree here";
    return "; the "
        + level(method, s)
        + " excludes 0, but p_adj = "
        + Format.p(pAdj)
        + " is not below alpha = "
        + Format.num(s.alpha())
        + " ("
        + why
        + ")";
  }

  /**
   * An exact test's smallest attainable p at this n (2 / 2^n for Wilcoxon's signed-rank test:
   * 0.0625 at n = 5) can be at or above alpha, so "better" and "worse" were never possible.
   */
  private static String unreachable(Comparison c, ComparisonSettings s) {
    TestResult primary = primary(c);
    if (primary == null || !primary.isAvailable() || !(primary.minAttainableP() >= s.alpha())) {
      return "";
    }
    return "; with n = "
        + primary.n()
        + " the exact "
        + primary.test()
        + " cannot give p below "
        + Format.p(primary.minAttainableP())
        + " (alpha = "
        + Format.num(s.alpha())
        + "), so no verdict other than no detectable difference was possible";
  }

  static TestResult primary(Comparison c) {
    if (c.primaryTest().equals(c.welch().test())) {
      return c.welch();
    }
    if (c.primaryTest().equals(c.pairedT().test())) {
      return c.pairedT();
    }
    return c.wilcoxon();
  }

  /** The setting resolved for this comparison; BCa falls back to percentile where undefined. */
  static CiMethod quotedMethod(Comparison c, ComparisonSettings s) {
    CiMethod method = s.verdictCi().resolve(c.primaryTest());
    if (method == CiMethod.BCA && c.bounds(CiMethod.BCA) == null) {
      return CiMethod.PERCENTILE;
    }
    return method;
  }

  private static int sizeOf(Comparison c) {
    return Math.min(c.baselineValues().size(), c.armValues().size());
  }

  private static String level(CiMethod method, ComparisonSettings s) {
    return Format.num(100 * s.level()) + "% " + method.label() + " CI";
  }

  /**
   * The CI of the claimed magnitude: of the improvement ({@code sign * (arm - baseline)}) for
   * "better", of the deterioration for "worse", so its bounds read like the number before them.
   */
  private static String claimCi(
      Comparison c,
      CiMethod method,
      double[] b,
      double sign,
      boolean better,
      ComparisonSettings s) {
    if (b == null) {
      String reason =
          method == CiMethod.T ? c.tCi().unavailableReason() : c.ci().unavailableReason();
      return "no " + method.label() + " CI" + (reason == null ? "" : ": " + reason);
    }
    double lo = sign > 0 ? b[0] : -b[1];
    double hi = sign > 0 ? b[1] : -b[0];
    if (!better) {
      double t = lo;
      lo = -hi;
      hi = -t;
    }
    return level(method, s) + " " + Format.range(lo, hi);
  }
}
