package org.edgefilter.bench.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BootstrapTest {

  /**
   * The spatial test data (test A) of Efron and Tibshirani (1993), An Introduction to the
   * Bootstrap, p. 180 (R: bootstrap::spatial$A), used there for the BCa interval of the plug-in
   * variance, theta-hat = 171.5.
   */
  private static final double[] SPATIAL_A = {
    48, 36, 20, 29, 42, 42, 20, 42, 22, 41, 45, 14, 6, 0, 33, 28, 34, 4, 32, 24, 47, 41, 24, 26, 30,
    41
  };

  private static double plugInVariance(double[] x) {
    double m = 0;
    for (double v : x) {
      m += v;
    }
    m /= x.length;
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return ss / x.length;
  }

  @Test
  void accelerationOfSpatialVarianceMatchesEfronTibshirani() {
    // E&T p. 186: a-hat = .061 for the variance of the spatial data.
    assertEquals(0.061, Bootstrap.acceleration(SPATIAL_A, BootstrapTest::plugInVariance), 5e-4);
    assertEquals(171.5, plugInVariance(SPATIAL_A), 0.05);
  }

  @Test
  void spatialVarianceIntervalsMatchTable14_2() {
    // E&T Table 14.2 (p. 183), 90% intervals for the variance: percentile (100.8, 233.9),
    // BCa (115.8, 259.6); the book used B = 2000, so both sides carry Monte Carlo error.
    BootstrapInterval ci =
        new Bootstrap(20_000, 2024).oneSample(SPATIAL_A, BootstrapTest::plugInVariance, 0.90);
    assertEquals(100.8, ci.percentileLow(), 100.8 * 0.03);
    assertEquals(233.9, ci.percentileHigh(), 233.9 * 0.03);
    assertEquals(115.8, ci.bcaLow(), 115.8 * 0.03);
    assertEquals(259.6, ci.bcaHigh(), 259.6 * 0.03);
    // E&T p. 186: z0-hat = .146 (itself a B = 2000 estimate).
    assertEquals(0.146, ci.biasCorrection(), 0.06);
    assertTrue(ci.notes().isEmpty(), ci.notes().toString());
  }

  @Test
  void accelerationOfTheMeanHandComputed() {
    // For the mean, theta_(i) = (S - x_i)/(n - 1), so u_i = (x_i - xbar)/(n - 1) and
    // a = sum (x - xbar)^3 / (6 (sum (x - xbar)^2)^(3/2)). x = {1, 2, 3, 10}: deviations
    // -3, -2, -1, 6 -> sum of cubes 180, sum of squares 50, a = 180 / (6 * 50^1.5) = 0.0848528.
    assertEquals(
        180 / (6 * Math.pow(50, 1.5)),
        Bootstrap.acceleration(new double[] {1, 2, 3, 10}, Bootstrap.MEAN),
        1e-15);
    assertEquals(
        0.0848528, Bootstrap.acceleration(new double[] {1, 2, 3, 10}, Bootstrap.MEAN), 1e-7);
    assertEquals(0, Bootstrap.acceleration(new double[] {1, 2, 3}, Bootstrap.MEAN), 1e-15);
  }

  @Test
  void twoSampleAccelerationReducesToOneSampleWhenOneSampleIsConstant() {
    double[] b = {1, 2, 3, 10, 4};
    double one = Bootstrap.acceleration(b, Bootstrap.MEAN);
    double two = Bootstrap.acceleration(new double[] {5, 5, 5}, b, Bootstrap.MEAN_DIFFERENCE);
    assertEquals(one, two, 1e-14);
    // Swapping the roles flips the sign of the statistic and of the acceleration.
    assertEquals(
        -one, Bootstrap.acceleration(b, new double[] {5, 5, 5}, Bootstrap.MEAN_DIFFERENCE), 1e-14);
  }

  @Test
  void symmetricLargeSampleBcaIsCloseToPercentileAndNormalTheory() {
    Random random = new Random(7);
    double[] x = new double[400];
    for (int i = 0; i < x.length; i++) {
      x[i] = random.nextGaussian();
    }
    BootstrapInterval ci = new Bootstrap(10_000, 1).oneSample(x, Bootstrap.MEAN, 0.95);
    Summary s = Summary.of(x);
    double se = s.standardError();
    assertEquals(ci.percentileLow(), ci.bcaLow(), 0.1 * se);
    assertEquals(ci.percentileHigh(), ci.bcaHigh(), 0.1 * se);
    assertEquals(s.mean() - 1.96 * se, ci.percentileLow(), 0.1 * se);
    assertEquals(s.mean() + 1.96 * se, ci.percentileHigh(), 0.1 * se);
    assertEquals(s.mean(), ci.estimate(), 1e-15);
  }

  @Test
  void twoSampleIntervalCoversNormalTheory() {
    Random random = new Random(11);
    double[] a = new double[300];
    double[] b = new double[200];
    for (int i = 0; i < a.length; i++) {
      a[i] = random.nextGaussian();
    }
    for (int i = 0; i < b.length; i++) {
      b[i] = 0.5 + 2 * random.nextGaussian();
    }
    BootstrapInterval ci =
        new Bootstrap(10_000, 3).twoSample(a, b, Bootstrap.MEAN_DIFFERENCE, 0.95);
    Summary sa = Summary.of(a);
    Summary sb = Summary.of(b);
    double se = Math.sqrt(sa.variance() / a.length + sb.variance() / b.length);
    double diff = sb.mean() - sa.mean();
    assertEquals(diff, ci.estimate(), 1e-12);
    assertEquals(diff - 1.96 * se, ci.bcaLow(), 0.1 * se);
    assertEquals(diff + 1.96 * se, ci.bcaHigh(), 0.1 * se);
  }

  @Test
  void seededAndReproducible() {
    double[] x = {0.1, 0.5, -0.2, 0.7, 0.3, 0.9};
    BootstrapInterval first = new Bootstrap(2000, 5).oneSample(x, Bootstrap.MEAN, 0.95);
    BootstrapInterval again = new Bootstrap(2000, 5).oneSample(x, Bootstrap.MEAN, 0.95);
    BootstrapInterval other = new Bootstrap(2000, 6).oneSample(x, Bootstrap.MEAN, 0.95);
    assertEquals(first, again);
    assertNotEquals(first.bcaLow(), other.bcaLow());
    assertTrue(first.notes().stream().anyMatch(n -> n.contains("too narrow")));
  }

  @Test
  void degenerateSamples() {
    BootstrapInterval constant =
        new Bootstrap(1000, 1).oneSample(new double[] {0.2, 0.2, 0.2}, Bootstrap.MEAN, 0.95);
    assertEquals(0.2, constant.percentileLow(), 1e-15);
    assertEquals(0.2, constant.bcaHigh(), 1e-15);
    assertTrue(constant.notes().stream().anyMatch(n -> n.contains("zero variance")));

    BootstrapInterval single =
        new Bootstrap(1000, 1).oneSample(new double[] {0.2}, Bootstrap.MEAN, 0.95);
    assertFalse(single.hasPercentile());
    assertFalse(single.hasBca());
    assertTrue(single.unavailableReason().contains("n = 1"));

    BootstrapInterval unpaired =
        new Bootstrap(1000, 1)
            .twoSample(new double[] {1}, new double[] {1, 2}, Bootstrap.MEAN_DIFFERENCE, 0.95);
    assertFalse(unpaired.hasPercentile());

    assertThrows(IllegalArgumentException.class, () -> new Bootstrap(10, 1));
  }

  @Test
  void quantileIsType7() {
    // R: quantile(c(1, 2, 3, 4), 0.1, type = 7) = 1.3.
    assertEquals(1.3, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 0.1), 1e-12);
    assertEquals(4, Bootstrap.quantile(new double[] {1, 2, 3, 4}, 1), 0);
  }
}
