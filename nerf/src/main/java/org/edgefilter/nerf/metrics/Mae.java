package org.edgefilter.nerf.metrics;

import org.edgefilter.framework.io.RgbImage;

/** Mean absolute error over all H * W * 3 values. */
public final class Mae {

  private Mae() {}

  /**
   * {@code mean |reference - test|}.
   *
   * @throws IllegalArgumentException if the sizes differ
   */
  public static double compute(RgbImage reference, RgbImage test) {
    Metrics.requireSameSize(reference, test);
    float[] a = reference.pixels();
    float[] b = test.pixels();
    double sum = 0;
    for (int k = 0; k < a.length; k++) {
      sum += Math.abs((double) a[k] - b[k]);
    }
    return sum / a.length;
  }
}
