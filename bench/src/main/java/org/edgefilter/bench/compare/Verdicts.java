package org.edgefilter.bench.compare;

import org.edgefilter.bench.stats.BootstrapInterval;
import org.edgefilter.bench.stats.TestResult;

/**
 * Writes the sentence of a verdict. Magnitudes in a verdict are oriented as improvements (for a
 * lower-is-better metric, "better by 0.05" means 0.05 lower), and its CI is the improvement's.
 */
final class Verdicts {

  /** Below this n a "no difference" verdict reminds the reader of the test's low power. */
  static final int LOW_POWER_N = 5;

  private Verdicts() {}

  static Verdict of(Comparison c, double pAdj, ComparisonSettings settings) {
    double sign = c.higherIsBetter() ? 1 : -1;
    double improvement = sign * c.meanDifference();
    String n = c.sizeLabel();
    if (Double.isNaN(pAdj)) {
      TestResult primary = primary(c);
      String reason = primary == null ? "no test" : primary.unavailableReason();
      String observed = Double.isNaN(c.meanDifference())
          ? "no difference can be computed"
          : "observed difference " + Format.signed(c.meanDifference()) + " (arm - baseline)";
      return new Verdict(Verdict.Kind.NOT_TESTABLE,
          "no test possible with n = " + n + ": " + reason + "; " + observed);
    }
    String p = "p_adj = " + Format.p(pAdj);
    if (pAdj < settings.alpha()) {
      boolean better = improvement > 0;
      String ci = claimCi(c, sign, better, settings);
      String caution = ciIncludesZero(c, settings)
          ? "; the bootstrap CI includes 0, so treat this with caution"
          : "";
      return new Verdict(better ? Verdict.Kind.BETTER : Verdict.Kind.WORSE,
          c.arm() + " " + (better ? "better" : "worse") + " than " + c.baseline() + " by "
              + Format.num(Math.abs(improvement)) + " (" + ci + "), " + p + caution);
    }
    String power = sizeOf(c) < LOW_POWER_N ? "; n < " + LOW_POWER_N + " gives little power" : "";
    return new Verdict(Verdict.Kind.NO_DETECTABLE_DIFFERENCE,
        "no detectable difference with n = " + n + " (" + c.arm() + " - " + c.baseline() + " = "
            + Format.signed(c.meanDifference()) + ", " + rawCiText(c, settings) + ", " + p + ")"
            + power);
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

  private static int sizeOf(Comparison c) {
    return Math.min(c.baselineValues().size(), c.armValues().size());
  }

  private static double[] bounds(BootstrapInterval ci, ComparisonSettings s) {
    if (s.verdictCi() == CiMethod.BCA && ci.hasBca()) {
      return new double[] {ci.bcaLow(), ci.bcaHigh()};
    }
    if (ci.hasPercentile()) {
      return new double[] {ci.percentileLow(), ci.percentileHigh()};
    }
    return null;
  }

  private static String level(ComparisonSettings s) {
    return Format.num(100 * s.level()) + "% CI";
  }

  /**
   * The CI of the claimed magnitude: of the improvement ({@code sign * (arm - baseline)}) for
   * "better", of the deterioration for "worse", so its bounds read like the number before them.
   */
  private static String claimCi(Comparison c, double sign, boolean better, ComparisonSettings s) {
    double[] b = bounds(c.ci(), s);
    if (b == null) {
      return "no CI: " + c.ci().unavailableReason();
    }
    double lo = sign > 0 ? b[0] : -b[1];
    double hi = sign > 0 ? b[1] : -b[0];
    if (!better) {
      double t = lo;
      lo = -hi;
      hi = -t;
    }
    return level(s) + " " + Format.range(lo, hi);
  }

  private static String rawCiText(Comparison c, ComparisonSettings s) {
    double[] b = bounds(c.ci(), s);
    return b == null ? "no CI" : level(s) + " " + Format.range(b[0], b[1]);
  }

  private static boolean ciIncludesZero(Comparison c, ComparisonSettings s) {
    double[] b = bounds(c.ci(), s);
    return b != null && b[0] <= 0 && b[1] >= 0;
  }
}
