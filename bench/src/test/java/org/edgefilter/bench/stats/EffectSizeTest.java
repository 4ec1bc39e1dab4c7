package org.edgefilter.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EffectSizeTest {

  /** Gamma at a half-integer by the product formula Gamma(k + 1/2) = (k - 1/2)...(1/2) sqrt(pi). */
  private static double gammaHalf(int k) {
    double g = Math.sqrt(Math.PI);
    for (int i = 0; i < k; i++) {
      g *= i + 0.5;
    }
    return g;
  }

  @Test
  void correctionFactorMatchesGammaFormAndApproximation() {
    // J(18) = Gamma(9) / (sqrt(9) Gamma(8.5)) = 40320 / (3 * 14034.407...) = 0.957646.
    assertEquals(40320 / (3 * gammaHalf(8)), EffectSize.correction(18), 1e-12);
    assertEquals(0.957646, EffectSize.correction(18), 1e-6);
    // Hedges' approximation 1 - 3/(4 df - 1) agrees to about 1e-4 for df = 18.
    assertEquals(1 - 3.0 / 71, EffectSize.correction(18), 2e-4);
    // J(9) = Gamma(4.5) / (sqrt(4.5) Gamma(4)) = 11.6317 / (2.12132 * 6).
    assertEquals(gammaHalf(4) / (Math.sqrt(4.5) * 6), EffectSize.correction(9), 1e-12);
    assertEquals(1.0, EffectSize.correction(100_000), 1e-5);
  }

  @Test
  void unpairedGOnSleepData() {
    // Means 0.75 and 2.33, SDs 1.789010 and 2.002249 (n = 10 each); pooled SD
    // sqrt((s1^2 + s2^2)/2) = 1.898625; d = 1.58 / 1.898625 = 0.832181; g = J(18) d.
    EffectSize g = EffectSize.hedgesG(SleepData.DRUG1, SleepData.DRUG2);
    double s1 = 1.7890097;
    double s2 = 2.0022487;
    double d = 1.58 / Math.sqrt((s1 * s1 + s2 * s2) / 2);
    assertEquals(d, g.uncorrected(), 1e-6);
    assertEquals(d * 40320 / (3 * gammaHalf(8)), g.value(), 1e-6);
    assertEquals(18, g.degreesOfFreedom());
    assertEquals(EffectSize.POOLED_SD, g.standardizer());
  }

  @Test
  void pairedGzOnSleepData() {
    // d = drug1 - drug2: mean -1.58, SD 1.229995; d_z = -1.284558; g_z = J(9) d_z.
    EffectSize g = EffectSize.hedgesGz(Differences.of(SleepData.DRUG2, SleepData.DRUG1));
    assertEquals(-1.58 / 1.2299955, g.uncorrected(), 1e-6);
    assertEquals(-1.58 / 1.2299955 * gammaHalf(4) / (Math.sqrt(4.5) * 6), g.value(), 1e-6);
    assertEquals(EffectSize.SD_OF_DIFFERENCES, g.standardizer());
  }

  @Test
  void undefinedCasesSaySo() {
    EffectSize flat = EffectSize.hedgesGz(new double[] {1, 1, 1});
    assertFalse(flat.isAvailable());
    assertTrue(flat.unavailableReason().contains("zero variance"));
    assertFalse(EffectSize.hedgesGz(new double[] {1, 2}).isAvailable());
    assertFalse(EffectSize.hedgesG(new double[] {1}, new double[] {2}).isAvailable());
  }
}
