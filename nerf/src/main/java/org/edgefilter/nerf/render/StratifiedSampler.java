package org.edgefilter.nerf.render;

import java.util.Random;
import org.edgefilter.nerf.geometry.SceneBounds;

/**
 * Stratified sample depths in [near, far] (NeRF, eq. 2 and {@code render_rays}).
 *
 * <p>Without jitter the S depths are {@code linspace(near, far, S)}. With jitter (training), each
 * depth is drawn uniformly in its stratum, the interval between the midpoints around it ({@code
 * [near, m_1]}, {@code [m_1, m_2]}, ..., {@code [m_{S-1}, far]}), so the depths stay sorted and
 * inside [near, far].
 *
 * @param bounds [near, far]
 * @param numSamples S >= 2 depths per ray
 */
public record StratifiedSampler(SceneBounds bounds, int numSamples) {

  public StratifiedSampler {
    if (numSamples < 2) {
      throw new IllegalArgumentException("need at least 2 samples per ray, got " + numSamples);
    }
  }

  /**
   * Depths for a batch of rays.
   *
   * @param numRays N
   * @param random jitter source; null for the deterministic linspace
   * @return [N, S], sorted along each ray, inside [near, far]
   */
  public float[] sample(int numRays, Random random) {
    double near = bounds.near();
    double far = bounds.far();
    double[] grid = new double[numSamples];
    for (int i = 0; i < numSamples; i++) {
      double s = (double) i / (numSamples - 1);
      grid[i] = near * (1 - s) + far * s;
    }
    float[] out = new float[numRays * numSamples];
    for (int n = 0; n < numRays; n++) {
      for (int i = 0; i < numSamples; i++) {
        double value = grid[i];
        if (random != null) {
          double lower = i == 0 ? grid[0] : 0.5 * (grid[i - 1] + grid[i]);
          double upper = i == numSamples - 1 ? grid[i] : 0.5 * (grid[i] + grid[i + 1]);
          value = lower + (upper - lower) * random.nextDouble();
        }
        out[n * numSamples + i] = (float) value;
      }
    }
    return out;
  }
}
