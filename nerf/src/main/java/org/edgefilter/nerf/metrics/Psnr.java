package org.edgefilter.nerf.metrics;

import org.edgefilter.framework.io.RgbImage;

/**
 * Peak signal-to-noise ratio for data range 1: {@code PSNR = -10 log10(MSE)}, MSE the mean squared
 * difference over all H * W * 3 values (NeRF's {@code mse2psnr}). Per image; papers average the
 * per-image PSNRs over the test views.
 */
public final class Psnr {

  private Psnr() {}

  /**
   * PSNR in dB of {@code test} against {@code reference}; {@code +Infinity} for identical images.
   *
   * @throws IllegalArgumentException if the sizes differ
   */
  public static double compute(RgbImage reference, RgbImage test) {
    return fromMse(mse(reference, test));
  }

  /** {@code -10 log10(mse)}. */
  public static double fromMse(double mse) {
    if (!(mse >= 0)) {
      throw new IllegalArgumentException("MSE must be >= 0, got " + mse);
    }
    return -10.0 * Math.log10(mse);
  }

  /** Mean squared difference over all values, in double precision. */
  public static double mse(RgbImage reference, RgbImage test) {
    Metrics.requireSameSize(reference, test);
    float[] a = reference.pixels();
    float[] b = test.pixels();
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      double d = (double) a[k] - b[k];
      sum += d * d;
    }
    return sum / a.length;
  }
}
