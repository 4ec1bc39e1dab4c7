package org.edgefilter.nerf.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.edgefilter.framework.io.RgbImage;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void psnrOfAKnownMse() {
    RgbImage a = RgbImage.filled(8, 9, 0.5f, 0.5f, 0.5f);
    RgbImage b = RgbImage.filled(8, 9, 0.6f, 0.4f, 0.6f);
    // Every value differs by 0.1: MSE = 0.01, PSNR = -10 log10(0.01) = 20 dB.
    assertEquals(0.01, Psnr.mse(a, b), 1e-8);
    assertEquals(20.0, Psnr.compute(a, b), 1e-5);
    assertEquals(Double.POSITIVE_INFINITY, Psnr.compute(a, a));
    assertEquals(0.1, Mae.compute(a, b), 1e-7);
    assertEquals(0.0, Mae.compute(a, a));
  }

  @Test
  void psnrAndMaeOnHandComputedPixels() {
    // One 1x2 image, six values; differences 0, .2, 0, .4, 0, 0 -> MSE = (.04 + .16) / 6.
    RgbImage a = new RgbImage(1, 2, new float[] {0, 0.2f, 1, 0.4f, 0, 0});
    RgbImage b = new RgbImage(1, 2, new float[] {0, 0, 1, 0, 0, 0});
    assertEquals(0.2 / 6, Psnr.mse(a, b), 1e-8);
    assertEquals(-10 * Math.log10(0.2 / 6), Psnr.compute(a, b), 1e-5);
    assertEquals(0.6 / 6, Mae.compute(a, b), 1e-7);
  }

  @Test
  void ssimOfAnImageWithItselfIsOne() {
    RgbImage x = random(24, 30, new Random(1));
    assertEquals(1.0, Ssim.compute(x, x), 1e-12);
  }

  @Test
  void ssimOfConstantImagesReducesToTheLuminanceTerm() {
    // Constant x = a, y = b: all variances and the covariance vanish, so
    // SSIM = (2ab + C1) / (a^2 + b^2 + C1) with C1 = (0.01 * 1)^2.
    double c1 = 1e-4;
    float a = 0.3f;
    float b = 0.7f;
    double expected = (2.0 * a * b + c1) / ((double) a * a + (double) b * b + c1);
    double got = Ssim.compute(RgbImage.filled(12, 13, a, a, a), RgbImage.filled(12, 13, b, b, b));
    assertEquals(expected, got, 1e-9);
    // Per channel, then averaged: channels (a|b), (b|b), (a|a).
    double mixed = Ssim.compute(RgbImage.filled(11, 11, a, b, a), RgbImage.filled(11, 11, b, b, a));
    assertEquals((expected + 1 + 1) / 3, mixed, 1e-9);
  }

  @Test
  void ssimMatchesADirectWindowedReference() {
    Random random = new Random(2);
    RgbImage x = random(19, 23, random);
    float[] noisy = x.pixels().clone();
    for (int k = 0; k < noisy.length; k++) {
      noisy[k] = Math.min(1, Math.max(0, noisy[k] + 0.2f * (float) random.nextGaussian()));
    }
    RgbImage y = new RgbImage(19, 23, noisy);
    double fast = Ssim.compute(x, y);
    assertEquals(reference(x, y, 11, 1.5), fast, 1e-10);
    assertEquals(fast, Ssim.compute(y, x), 1e-12);
    assertTrue(fast > 0 && fast < 0.95, "noisy image is less similar: " + fast);
    Ssim.Options seven = new Ssim.Options(7, 1.0, 0.01, 0.03, 1.0);
    assertEquals(reference(x, y, 7, 1.0), Ssim.compute(x, y, seven), 1e-10);
  }

  @Test
  void ssimRejectsImagesSmallerThanTheWindow() {
    RgbImage small = RgbImage.filled(10, 40, 0, 0, 0);
    assertThrows(IllegalArgumentException.class, () -> Ssim.compute(small, small));
    assertThrows(
        IllegalArgumentException.class,
        () -> Psnr.compute(small, RgbImage.filled(40, 10, 0, 0, 0)));
  }

  /**
   * Wang et al. 2004 written out directly: a 2D Gaussian window (outer product, exp(-(di^2 + dj^2)
   * / 2 sigma^2), normalized) over each valid position, two-pass weighted variances and covariance.
   */
  private static double reference(RgbImage x, RgbImage y, int size, double sigma) {
    int r = size / 2;
    double[][] w = new double[size][size];
    double total = 0;
    for (int i = 0; i < size; i++) {
      for (int j = 0; j < size; j++) {
        w[i][j] = Math.exp(-((i - r) * (i - r) + (j - r) * (j - r)) / (2 * sigma * sigma));
        total += w[i][j];
      }
    }
    double c1 = 1e-4;
    double c2 = 9e-4;
    double sum = 0;
    int count = 0;
    for (int c = 0; c < 3; c++) {
      for (int i0 = 0; i0 + size <= x.height(); i0++) {
        for (int j0 = 0; j0 + size <= x.width(); j0++) {
          double mx = 0;
          double my = 0;
          for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
              mx += w[i][j] / total * x.get(i0 + i, j0 + j, c);
              my += w[i][j] / total * y.get(i0 + i, j0 + j, c);
            }
          }
          double vx = 0;
          double vy = 0;
          double cov = 0;
          for (int i = 0; i < size; i++) {
            for (int j = 0; j < size; j++) {
              double dx = x.get(i0 + i, j0 + j, c) - mx;
              double dy = y.get(i0 + i, j0 + j, c) - my;
              vx += w[i][j] / total * dx * dx;
              vy += w[i][j] / total * dy * dy;
              cov += w[i][j] / total * dx * dy;
            }
          }
          sum += (2 * mx * my + c1) * (2 * cov + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2));
          count++;
        }
      }
    }
    return sum / count;
  }

  static RgbImage random(int h, int w, Random random) {
    float[] p = new float[3 * h * w];
    for (int k = 0; k < p.length; k++) {
      p[k] = random.nextFloat();
    }
    return new RgbImage(h, w, p);
  }
}
