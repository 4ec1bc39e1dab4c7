package org.edgefilter.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.NormalDistribution;
import org.edgefilter.bench.stats.WilcoxonSignedRank.Method;
import org.edgefilter.bench.stats.WilcoxonSignedRank.ZeroMethod;
import org.junit.jupiter.api.Test;

class WilcoxonSignedRankTest {

  private static final WilcoxonSignedRank EXACT_DROP =
      new WilcoxonSignedRank(ZeroMethod.WILCOXON, Method.EXACT);

  private static double normalTwoSided(double z) {
    return 2 * new NormalDistribution().cumulativeProbability(-Math.abs(z));
  }

  @Test
  void hollanderWolfeDepressionExampleExact() {
    // Hollander & Wolfe (1973) p. 29, the example of R's ?wilcox.test: Hamilton depression scale
    // before (x) and after (y) tranquilizer. R: wilcox.test(x, y, paired = TRUE,
    // alternative = "greater") gives V = 40, p-value = 0.01953 (= 10/512); two-sided 20/512.
    double[] x = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};
    double[] y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
    TestResult r = EXACT_DROP.test(Differences.of(y, x));
    assertEquals(40, r.statistic());
    assertEquals(9, r.n());
    assertEquals(20.0 / 512, r.pValue(), 1e-15);
    assertEquals(2.0 / 512, r.minAttainableP(), 1e-15);
    assertEquals("exact", r.method());
  }

  @Test
  void sleepDataNormalApproximationMatchesR() {
    // R: wilcox.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE) -> V = 0,
    // p-value = 0.009091, with warnings about ties and zeros (normal approximation). By hand:
    // d has one zero (dropped), n = 9, |d| ties at 1.3 (t = 2); E = 9*10/4 = 22.5,
    // Var = 9*10*19/24 - (2^3 - 2)/48 = 71.125; z = (0 - 22.5 + 0.5) / sqrt(71.125).
    TestResult r =
        new WilcoxonSignedRank(ZeroMethod.WILCOXON, Method.NORMAL)
            .test(Differences.of(SleepData.DRUG2, SleepData.DRUG1));
    assertEquals(0, r.statistic());
    assertEquals(9, r.n());
    assertEquals(normalTwoSided(-22 / Math.sqrt(71.125)), r.pValue(), 1e-12);
    assertEquals(0.009091, r.pValue(), 1e-6);
    assertTrue(
        r.notes().stream().anyMatch(n -> n.contains("1 zero difference")), r.notes().toString());
    assertTrue(r.notes().stream().anyMatch(n -> n.contains("tied")), r.notes().toString());
  }

  @Test
  void sleepDataPrattNormalHandComputed() {
    // Pratt: rank all ten |d| including the zero (rank 1); the ties at 1.3 take ranks 5.5, 5.5.
    // Non-zero ranks: 2,3,4,5.5,5.5,7,8,9,10 -> sum 54, sum of squares 383.5.
    // E = 27, Var = 383.5/4 = 95.875, z = (0 - 27 + 0.5)/sqrt(95.875).
    TestResult r =
        new WilcoxonSignedRank(ZeroMethod.PRATT, Method.NORMAL)
            .test(Differences.of(SleepData.DRUG2, SleepData.DRUG1));
    assertEquals(0, r.statistic());
    assertEquals(normalTwoSided(26.5 / Math.sqrt(95.875)), r.pValue(), 1e-12);
  }

  @Test
  void sleepDataExactWithTiesAndZero() {
    // Every non-zero difference is negative: only 1 of the 2^9 sign patterns gives W+ = 0,
    // so the exact two-sided p is 2/512 under both zero conventions.
    double[] d = Differences.of(SleepData.DRUG2, SleepData.DRUG1);
    assertEquals(2.0 / 512, EXACT_DROP.test(d).pValue(), 1e-15);
    assertEquals(
        2.0 / 512, new WilcoxonSignedRank(ZeroMethod.PRATT, Method.EXACT).test(d).pValue(), 1e-15);
  }

  @Test
  void wikipediaExampleWithTiesAndZeroAgainstEnumeration() {
    // The worked example of the English Wikipedia article "Wilcoxon signed-rank test" (version
    // with pairs x1, x2 of 10 subjects): d = x2 - x1 = 15, -7, 5, 20, 0, -9, 17, -12, 5, -10.
    // The zero is dropped, n = 9, the two 5s share rank 1.5; the article reports T+ = 27,
    // T- = 18 (W = 9), not significant.
    double[] x2 = {125, 115, 130, 140, 140, 115, 140, 125, 140, 135};
    double[] x1 = {110, 122, 125, 120, 140, 124, 123, 137, 135, 145};
    double[] d = Differences.of(x1, x2);
    TestResult r = EXACT_DROP.test(d);
    assertEquals(27, r.statistic());
    assertEquals(9, r.n());
    // Independent reference: enumerate all 2^9 sign patterns over the hand-assigned mid-ranks.
    double[] ranks = {7, 3, 1.5, 9, 4, 8, 6, 1.5, 5};
    assertEquals(enumeratedTwoSidedP(ranks, 27), r.pValue(), 1e-15);
    assertTrue(r.pValue() > 0.05);
    assertTrue(r.method().contains("exact"));
  }

  @Test
  void prattExactWithZerosAgainstEnumeration() {
    // d = 0, 0, 1, -2, 3, 3, 4, 5: Pratt ranks all eight |d| (zeros take 1, 2 -> mid-rank 1.5),
    // so the non-zero ranks are 3, 4, 5.5, 5.5, 7, 8 and W+ = 3 + 5.5 + 5.5 + 7 + 8 = 29.
    double[] d = {0, 0, 1, -2, 3, 3, 4, 5};
    TestResult r = new WilcoxonSignedRank(ZeroMethod.PRATT, Method.EXACT).test(d);
    assertEquals(29, r.statistic());
    assertEquals(6, r.n());
    assertEquals(enumeratedTwoSidedP(new double[] {3, 4, 5.5, 5.5, 7, 8}, 29), r.pValue(), 1e-15);
    // Wilcoxon's convention drops the zeros first: ranks 1, 2, 3.5, 3.5, 5, 6 and
    // W+ = 1 + 3.5 + 3.5 + 5 + 6 = 19.
    TestResult drop = EXACT_DROP.test(d);
    assertEquals(19, drop.statistic());
    assertEquals(
        enumeratedTwoSidedP(new double[] {1, 2, 3.5, 3.5, 5, 6}, 19), drop.pValue(), 1e-15);
  }

  @Test
  void tinySamplesAreHonest() {
    TestResult two = EXACT_DROP.test(new double[] {0.3, 0.5});
    assertEquals(0.5, two.pValue(), 1e-15);
    assertEquals(0.5, two.minAttainableP(), 1e-15);
    assertTrue(
        two.notes().stream().anyMatch(n -> n.contains("cannot give p below 0.5")),
        two.notes().toString());
    assertTrue(two.notes().stream().anyMatch(n -> n.contains("little power")));

    TestResult one = EXACT_DROP.test(new double[] {0.3});
    assertFalse(one.isAvailable());
    assertTrue(Double.isNaN(one.pValue()));

    TestResult zeros = EXACT_DROP.test(new double[] {0, 0, 0});
    assertFalse(zeros.isAvailable());
    assertTrue(zeros.unavailableReason().contains("every difference is zero"));

    // Floating-point noise is not a difference: 0.3 - 0.1 - 0.2 is not exactly 0.
    TestResult noisy = EXACT_DROP.test(new double[] {0.3 - 0.1 - 0.2 + 0.0, 1, 2, 3});
    assertEquals(3, noisy.n());
  }

  @Test
  void floatingPointTiesAreTies() {
    // 0.93 - 0.92 and 0.83 - 0.82 differ in the last bits but are the same difference.
    double[] d = {0.93 - 0.92, 0.83 - 0.82, -0.05, 0.02};
    WilcoxonSignedRank.Ranked ranked = WilcoxonSignedRank.rank(d, ZeroMethod.WILCOXON);
    assertEquals(1.5, ranked.nonZeroRanks()[0]);
    assertEquals(1.5, ranked.nonZeroRanks()[1]);
  }

  @Test
  void autoSwitchesToNormalAboveFiftyAndAgreesWithExactNearIt() {
    double[] d = new double[60];
    for (int i = 0; i < d.length; i++) {
      d[i] = (i % 3 == 0 ? -1 : 1) * (i + 1) * 0.1;
    }
    WilcoxonSignedRank auto = new WilcoxonSignedRank(ZeroMethod.WILCOXON, Method.AUTO);
    TestResult normal = auto.test(d);
    assertTrue(normal.method().startsWith("normal"));
    // Independent: no ties, no zeros -> E = n(n+1)/4, Var = n(n+1)(2n+1)/24.
    double n = 60;
    double e = n * (n + 1) / 4;
    double sd = Math.sqrt(n * (n + 1) * (2 * n + 1) / 24);
    assertEquals(
        normalTwoSided((Math.abs(normal.statistic() - e) - 0.5) / sd), normal.pValue(), 1e-12);
    TestResult exact = EXACT_DROP.test(d);
    // The normal approximation is within 10% of the exact p at n = 60.
    assertEquals(exact.pValue(), normal.pValue(), 0.1 * exact.pValue());
  }

  /** Brute force: the share of sign patterns whose positive-rank sum is as extreme, doubled. */
  private static double enumeratedTwoSidedP(double[] ranks, double observed) {
    int n = ranks.length;
    long lower = 0;
    long upper = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          s += ranks[i];
        }
      }
      if (s <= observed + 1e-9) {
        lower++;
      }
      if (s >= observed - 1e-9) {
        upper++;
      }
    }
    return Math.min(1, 2.0 * Math.min(lower, upper) / (1 << n));
  }
}
