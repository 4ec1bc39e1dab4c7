package org.edgefilter.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.stat.inference.TTest;
import org.junit.jupiter.api.Test;

class TTestsTest {

  @Test
  void pairedMatchesRSleepExampleAndCommonsMath() {
    // R: t.test(extra ~ group, data = sleep, paired = TRUE) -> t = -4.0621, df = 9,
    // p-value = 0.002833 (differences group1 - group2).
    TestResult r = TTests.paired(SleepData.DRUG2, SleepData.DRUG1);
    assertEquals(-4.0621, r.statistic(), 1e-4);
    assertEquals(9, r.degreesOfFreedom());
    assertEquals(0.002833, r.pValue(), 1e-6);
    TTest reference = new TTest();
    assertEquals(reference.pairedT(SleepData.DRUG1, SleepData.DRUG2), r.statistic(), 1e-12);
    assertEquals(reference.pairedTTest(SleepData.DRUG1, SleepData.DRUG2), r.pValue(), 1e-12);
    assertTrue(r.notes().isEmpty(), "n = 10 is not flagged as low power: " + r.notes());
  }

  @Test
  void welchMatchesRSleepExampleAndCommonsMath() {
    // R: t.test(extra ~ group, data = sleep) -> t = -1.8608, df = 17.776, p-value = 0.07939.
    TestResult r = TTests.welch(SleepData.DRUG2, SleepData.DRUG1);
    assertEquals(-1.8608, r.statistic(), 1e-4);
    assertEquals(17.776, r.degreesOfFreedom(), 1e-3);
    assertEquals(0.07939, r.pValue(), 1e-5);
    TTest reference = new TTest();
    assertEquals(reference.t(SleepData.DRUG1, SleepData.DRUG2), r.statistic(), 1e-12);
    assertEquals(reference.tTest(SleepData.DRUG1, SleepData.DRUG2), r.pValue(), 1e-10);
  }

  @Test
  void welchHandComputed() {
    // a = {1,2,3}: mean 2, s^2 = 1; b = {4,6,8}: mean 6, s^2 = 4. v_a = 1/3, v_b = 4/3,
    // t = 4 / sqrt(5/3) = 3.0984, df = (5/3)^2 / ((1/3)^2/2 + (4/3)^2/2) = 50/17.
    TestResult r = TTests.welch(new double[] {1, 2, 3}, new double[] {4, 6, 8});
    assertEquals(4 / Math.sqrt(5.0 / 3), r.statistic(), 1e-12);
    assertEquals(50.0 / 17, r.degreesOfFreedom(), 1e-12);
    assertEquals(
        new TTest().tTest(new double[] {1, 2, 3}, new double[] {4, 6, 8}), r.pValue(), 1e-10);
    assertTrue(r.notes().get(0).contains("little power"), r.notes().toString());
  }

  @Test
  void pairedHandComputed() {
    // d = {1, 2, 3, 6}: mean 3, sd = sqrt(14/3), t = 3 / (sqrt(14/3)/2) = 2.7775, df 3.
    TestResult r = TTests.paired(new double[] {0, 0, 0, 0}, new double[] {1, 2, 3, 6});
    assertEquals(3 / (Math.sqrt(14.0 / 3) / 2), r.statistic(), 1e-12);
    assertEquals(3, r.degreesOfFreedom());
  }

  @Test
  void zeroVarianceAndSingleRunGiveNoPValue() {
    TestResult constant = TTests.paired(new double[] {1, 2, 3}, new double[] {2, 3, 4});
    assertFalse(constant.isAvailable());
    assertTrue(
        constant.unavailableReason().contains("zero variance"), constant.unavailableReason());
    assertTrue(Double.isNaN(constant.pValue()));

    TestResult allZero = TTests.paired(new double[] {1, 2}, new double[] {1, 2});
    assertTrue(allZero.unavailableReason().contains("every difference is zero"));

    TestResult one = TTests.paired(new double[] {1}, new double[] {2});
    assertFalse(one.isAvailable());
    assertTrue(one.unavailableReason().contains("n = 1"), one.unavailableReason());

    TestResult welchOne = TTests.welch(new double[] {1}, new double[] {2, 3});
    assertFalse(welchOne.isAvailable());

    TestResult welchFlat = TTests.welch(new double[] {1, 1}, new double[] {2, 2});
    assertTrue(welchFlat.unavailableReason().contains("zero variance"));

    // One arm constant is fine: the other arm carries the variance.
    assertTrue(TTests.welch(new double[] {1, 1, 1}, new double[] {2, 3, 4}).isAvailable());
  }
}
