package org.edgefilter.framework.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LowPassTest {

  /**
   * Published values of the modified Bessel functions (Abramowitz and Stegun, Table 9.8): I_0(1) =
   * 1.266065878, I_1(1) = 0.565159104, I_2(1) = 0.135747670.
   */
  @Test
  void discreteGaussianTapsMatchPublishedBesselValues() {
    double e = Math.exp(-1);
    assertEquals(e * 1.266065878, LowPass.discreteGaussianTap(0, 1.0), 1e-9);
    assertEquals(e * 0.565159104, LowPass.discreteGaussianTap(1, 1.0), 1e-9);
    assertEquals(e * 0.565159104, LowPass.discreteGaussianTap(-1, 1.0), 1e-9);
    assertEquals(e * 0.135747670, LowPass.discreteGaussianTap(2, 1.0), 1e-9);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.1, 0.5, 1.0, 2.0, 4.0, 16.0})
  void untruncatedDiscreteGaussianSumsToOneWithVarianceT(double t) {
    double sum = 0;
    double variance = 0;
    int reach = (int) (20 + 20 * Math.sqrt(t));
    for (int n = -reach; n <= reach; n++) {
      double tap = LowPass.discreteGaussianTap(n, t);
      sum += tap;
      variance += (double) n * n * tap;
    }
    assertEquals(1.0, sum, 1e-12, "sum of taps");
    assertEquals(t, variance, 1e-9 * Math.max(1, t), "variance");
  }

  @Test
  void tapsSumToOneAndAreSymmetric() {
    for (LowPass kind :
        new LowPass[] {LowPass.mean(), LowPass.gaussian(0.8), LowPass.discreteGaussian(3)}) {
      for (int k = 1; k <= 31; k += 2) {
        double[] taps = kind.taps(k);
        double sum = 0;
        for (int i = 0; i < k; i++) {
          sum += taps[i];
          assertEquals(taps[i], taps[k - 1 - i], 1e-15, kind + " symmetric");
        }
        assertEquals(1.0, sum, 1e-12, kind + " k=" + k);
      }
    }
  }

  @Test
  void sampledGaussianHandComputed() {
    // sigma = 1, k = 3: taps exp(-1/2), 1, exp(-1/2) over their sum.
    double s = 1 + 2 * Math.exp(-0.5);
    double[] taps = LowPass.gaussian(1.0).taps(3);
    assertEquals(Math.exp(-0.5) / s, taps[0], 1e-15);
    assertEquals(1 / s, taps[1], 1e-15);
  }

  @Test
  void medianHasNoTaps() {
    assertThrows(IllegalStateException.class, () -> LowPass.median().taps(3));
  }
}
