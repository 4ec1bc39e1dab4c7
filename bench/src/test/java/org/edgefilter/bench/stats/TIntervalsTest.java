package org.edgefilter.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

class TIntervalsTest {

  @Test
  void pairedMatchesRSleepExample() {
    // R: t.test(extra ~ group, data = sleep, paired = TRUE) reports t = -4.0621, df = 9 and the
    // 95% CI -2.4598858 -0.7001142 of group1 - group2 (mean difference -1.58); group2 - group1
    // flips the signs.
    TInterval ci = TIntervals.paired(SleepData.DRUG1, SleepData.DRUG2, 0.95);
    assertTrue(ci.isAvailable());
    assertEquals(TTests.PAIRED, ci.method());
    assertEquals(10, ci.n());
    assertEquals(1.58, ci.estimate(), 1e-12);
    assertEquals(9, ci.degreesOfFreedom());
    assertEquals(0.7001142, ci.low(), 1e-7);
    assertEquals(2.4598858, ci.high(), 1e-7);
    assertEquals(4.0621, ci.estimate() / ci.standardError(), 1e-4, "t = mean / se");
    assertTrue(ci.notes().isEmpty(), ci.notes().toString());

    TInterval flipped = TIntervals.paired(SleepData.DRUG2, SleepData.DRUG1, 0.95);
    assertEquals(-2.4598858, flipped.low(), 1e-7);
    assertEquals(-0.7001142, flipped.high(), 1e-7);
  }

  @Test
  void welchMatchesRSleepExample() {
    // R: t.test(extra ~ group, data = sleep) reports t = -1.8608, df = 17.776 and the 95% CI
    // -3.3654832 0.2054832 of mean(group1) - mean(group2).
    TInterval ci = TIntervals.welch(SleepData.DRUG2, SleepData.DRUG1, 0.95);
    assertTrue(ci.isAvailable());
    assertEquals(TTests.WELCH, ci.method());
    assertEquals(-1.58, ci.estimate(), 1e-12);
    assertEquals(17.776, ci.degreesOfFreedom(), 1e-3);
    assertEquals(-1.8608, ci.estimate() / ci.standardError(), 1e-4);
    assertEquals(-3.3654832, ci.low(), 1e-7);
    assertEquals(0.2054832, ci.high(), 1e-7);

    TInterval flipped = TIntervals.welch(SleepData.DRUG1, SleepData.DRUG2, 0.95);
    assertEquals(-0.2054832, flipped.low(), 1e-7);
    assertEquals(3.3654832, flipped.high(), 1e-7);
  }

  @Test
  void twoPairsHandComputed() {
    // d = {1, 3}: mean 2, sd = sqrt(2), se = sqrt(2)/sqrt(2) = 1, t_{1, 0.975} = 12.7062047
    // (tables of Student's t, 1 df: tan(0.475 pi) = 12.7062047), half-width 12.7062047.
    TInterval ci = TIntervals.pairedOnDifferences(new double[] {1, 3}, 0.95);
    assertEquals(2, ci.estimate(), 1e-15);
    assertEquals(1, ci.standardError(), 1e-15);
    assertEquals(1, ci.degreesOfFreedom());
    assertEquals(Math.tan(0.475 * Math.PI), ci.criticalValue(), 1e-7);
    assertEquals(12.7062047, ci.halfWidth(), 1e-7);
    assertEquals(2 - 12.7062047, ci.low(), 1e-7);
    assertEquals(2 + 12.7062047, ci.high(), 1e-7);
    assertTrue(ci.notes().get(0).contains("n = 2"), ci.notes().toString());
  }

  @Test
  void welchHandComputed() {
    // a = {1,2,3}, b = {4,6,8}: estimate 4, se = sqrt(1/3 + 4/3), df = 50/17 (as in TTestsTest);
    // at level 0.5 the critical value is the 0.75 quantile of t_{50/17}, checked by its CDF.
    TInterval ci = TIntervals.welch(new double[] {1, 2, 3}, new double[] {4, 6, 8}, 0.5);
    assertEquals(4, ci.estimate(), 1e-15);
    assertEquals(Math.sqrt(5.0 / 3), ci.standardError(), 1e-12);
    assertEquals(50.0 / 17, ci.degreesOfFreedom(), 1e-12);
    double p = new TDistribution(50.0 / 17).cumulativeProbability(ci.criticalValue());
    assertEquals(0.75, p, 1e-9);
  }

  @Test
  void excludesZeroExactlyWhenTheMatchingTestRejects() {
    // Duality of test and interval: the (1 - alpha) interval excludes 0 iff p < alpha.
    double[][] cases = {
      {0.1, 0.3, -0.05, 0.2}, {0.01, 0.02, 0.015, 0.012, 0.03}, {-1, 2, 0.5}, {0.2, 0.21}
    };
    for (double[] d : cases) {
      double p = TTests.pairedOnDifferences(d).pValue();
      TInterval at = TIntervals.pairedOnDifferences(d, 1 - p);
      // At level 1 - p the interval ends exactly at 0.
      assertEquals(0, Math.min(Math.abs(at.low()), Math.abs(at.high())), 1e-7 * at.halfWidth());
      for (double alpha : new double[] {0.01, 0.05, 0.2}) {
        TInterval ci = TIntervals.pairedOnDifferences(d, 1 - alpha);
        boolean excludes = ci.low() > 0 || ci.high() < 0;
        assertEquals(p < alpha, excludes, "p = " + p + ", alpha = " + alpha);
      }
    }
    double[] a = {1.0, 1.4, 0.9, 1.2};
    double[] b = {1.5, 1.9, 1.6};
    double p = TTests.welch(a, b).pValue();
    TInterval at = TIntervals.welch(a, b, 1 - p);
    assertEquals(0, at.low(), 1e-7 * at.halfWidth());
  }

  @Test
  void unavailableWithAReason() {
    TInterval one = TIntervals.pairedOnDifferences(new double[] {0.3}, 0.95);
    assertFalse(one.isAvailable());
    assertTrue(one.unavailableReason().contains("n = 1"), one.unavailableReason());
    assertEquals(0.3, one.estimate(), 0);
    assertTrue(Double.isNaN(one.low()) && Double.isNaN(one.high()));

    TInterval flat = TIntervals.paired(new double[] {1, 2, 3}, new double[] {2, 3, 4}, 0.95);
    assertFalse(flat.isAvailable());
    assertTrue(flat.unavailableReason().contains("zero variance"), flat.unavailableReason());
    assertTrue(
        TIntervals.paired(new double[] {1, 2}, new double[] {1, 2}, 0.95)
            .unavailableReason()
            .contains("every difference is zero"));

    TInterval welchOne = TIntervals.welch(new double[] {1}, new double[] {2, 3}, 0.95);
    assertTrue(welchOne.unavailableReason().contains("at least 2 runs per arm"));
    assertEquals(1.5, welchOne.estimate(), 0);
    TInterval welchFlat = TIntervals.welch(new double[] {1, 1}, new double[] {2, 2}, 0.95);
    assertTrue(welchFlat.unavailableReason().contains("zero variance"));
    // One constant arm is fine: the other arm carries the variance.
    assertTrue(
        TIntervals.welch(new double[] {1, 1, 1}, new double[] {2, 3, 4}, 0.95).isAvailable());

    assertThrows(
        IllegalArgumentException.class,
        () -> TIntervals.pairedOnDifferences(new double[] {1, 2}, 1.0));
  }
}
