package org.edgefilter.framework.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DiscreteGaussianTest {

  /** e^-t I_n(t) by the power series sum_k (t/2)^(2k+n) / (k! (k+n)!), an independent route. */
  private static double series(double t, int n) {
    double term = Math.exp(-t);
    for (int i = 1; i <= n; i++) {
      term *= (t / 2) / i;
    }
    double sum = 0;
    for (int k = 0; k < 200; k++) {
      sum += term;
      term *= (t / 2) * (t / 2) / ((k + 1.0) * (k + 1.0 + n));
    }
    return sum;
  }

  @Test
  void besselMatchesThePowerSeries() {
    for (double t : new double[] {0.05, 0.5, 1, 2.5, 7, 15}) {
      double[] b = DiscreteGaussian.scaledBessel(t, 8);
      for (int n = 0; n <= 8; n++) {
        assertEquals(series(t, n), b[n], 1e-13, "t=" + t + " n=" + n);
      }
    }
  }

  @Test
  void besselMatchesPublishedValues() {
    // I_0(1), I_1(1), I_0(2), I_1(2): Abramowitz and Stegun, Table 9.8.
    assertEquals(1.2660658777520082 * Math.exp(-1), DiscreteGaussian.scaledBessel(1, 1)[0], 1e-14);
    assertEquals(0.5651591039924851 * Math.exp(-1), DiscreteGaussian.scaledBessel(1, 1)[1], 1e-14);
    assertEquals(2.2795853023360673 * Math.exp(-2), DiscreteGaussian.scaledBessel(2, 1)[0], 1e-14);
    assertEquals(1.5906368546373291 * Math.exp(-2), DiscreteGaussian.scaledBessel(2, 1)[1], 1e-14);
  }

  @Test
  void scaleZeroIsADelta() {
    assertEquals(1.0, DiscreteGaussian.kernel(0, 2)[2]);
    assertEquals(0.0, DiscreteGaussian.kernel(0, 2)[1]);
    assertThrows(IllegalArgumentException.class, () -> DiscreteGaussian.kernel(-1, 2));
  }

  /** sum_n n^p k(n) over a support of radius r (index n + r). */
  private static double moment(double[] k, int p) {
    int r = (k.length - 1) / 2;
    double s = 0;
    for (int n = -r; n <= r; n++) {
      s += Math.pow(n, p) * k[n + r];
    }
    return s;
  }

  @Test
  void kernelSumsToOneWithMeanZeroAndVarianceT() {
    for (double t : new double[] {0.3, 1, 2.5, 7}) {
      double[] k = DiscreteGaussian.kernel(t, 60);
      assertEquals(1.0, moment(k, 0), 1e-12, "sum at t=" + t);
      assertEquals(0.0, moment(k, 1), 1e-12, "mean at t=" + t);
      assertEquals(t, moment(k, 2), 1e-10, "variance at t=" + t);
    }
  }

  @Test
  void derivativesHaveTheMomentsOfGaussianDerivatives() {
    // As for g'(x) and g''(x): sum 0, first moment -1 (order 1); sum 0, first 0, second 2.
    for (double t : new double[] {0.3, 1, 2.5, 7}) {
      double[] d1 = DiscreteGaussian.derivative(t, 1, 60);
      assertEquals(0.0, moment(d1, 0), 1e-12);
      assertEquals(-1.0, moment(d1, 1), 1e-10);
      assertEquals(0.0, moment(d1, 2), 1e-10);
      double[] d2 = DiscreteGaussian.derivative(t, 2, 60);
      assertEquals(0.0, moment(d2, 0), 1e-12);
      assertEquals(0.0, moment(d2, 1), 1e-10);
      assertEquals(2.0, moment(d2, 2), 1e-9);
    }
  }

  @Test
  void derivativeIsTheCentralDifferenceOfTheKernel() {
    double t = 1.3;
    double[] k = DiscreteGaussian.kernel(t, 2); // n = -2..2
    double[] d1 = DiscreteGaussian.derivative(t, 1, 1); // n = -1..1
    double[] d2 = DiscreteGaussian.derivative(t, 2, 1);
    for (int n = -1; n <= 1; n++) {
      assertEquals((k[n + 3] - k[n + 1]) / 2, d1[n + 1], 1e-15);
      assertEquals(k[n + 3] - 2 * k[n + 2] + k[n + 1], d2[n + 1], 1e-15);
    }
  }

  @Test
  void twoDimensionalModelsHaveProductMoments() {
    int r = 40;
    int size = 2 * r + 1;
    double t = 1.7;
    for (DerivativeModel m : DerivativeModel.all()) {
      double[] k = m.kernel(t, r);
      // sum_y sum_x y^p x^q K = (1D moment p of order-a operator) * (moment q of order b).
      int p = m.orderY();
      int q = m.orderX();
      double s = 0;
      for (int y = -r; y <= r; y++) {
        for (int x = -r; x <= r; x++) {
          s += Math.pow(y, p) * Math.pow(x, q) * k[(y + r) * size + x + r];
        }
      }
      double expected = oneD(p) * oneD(q);
      assertEquals(expected, s, 1e-8, m.label());
    }
  }

  /** The defining moment of an order-a operator: sum 1, first moment -1, second moment 2. */
  private static double oneD(int order) {
    return switch (order) {
      case 0 -> 1;
      case 1 -> -1;
      default -> 2;
    };
  }

  @Test
  void nineModelsWithDistinctLabels() {
    assertEquals(9, DerivativeModel.all().size());
    assertEquals(9, DerivativeModel.all().stream().map(DerivativeModel::label).distinct().count());
    assertEquals("T", DerivativeModel.all().get(0).label());
  }
}
