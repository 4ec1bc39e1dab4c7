package org.edgefilter.nerf.render;

/**
 * The reference emission-absorption volume renderer of NeRF (Mildenhall et al. 2020, eq. 3 and
 * {@code raw2outputs}), in plain Java, for tests and for checking the TF graph.
 *
 * <p>For one ray with sorted sample depths t_1..t_S, densities sigma_i >= 0 and colors c_i:
 *
 * <ul>
 *   <li>{@code delta_i = (t_{i+1} - t_i) * |d|}, with {@code delta_S = 1e10 * |d|} (NeRF's stand-in
 *       for infinity, so the last sample absorbs what is left) and |d| the ray direction's norm (1
 *       if not given);
 *   <li>{@code alpha_i = 1 - exp(-sigma_i delta_i)};
 *   <li>{@code T_i = exp(-sum_{j<i} sigma_j delta_j)}, the exclusive cumulative sum form (the TF
 *       graph uses it because Cumprod has no gradient);
 *   <li>{@code w_i = T_i alpha_i}; {@code rgb = sum_i w_i c_i + (1 - sum_i w_i) * background};
 *       {@code depth = sum_i w_i t_i}; {@code opacity = sum_i w_i}.
 * </ul>
 *
 * Sums run in double precision.
 */
public final class VolumeRenderer {

  /** NeRF's length of the last interval, standing in for infinity. */
  public static final double LAST_DELTA = 1e10;

  private final double[] background;

  private VolumeRenderer(double r, double g, double b) {
    this.background = new double[] {r, g, b};
  }

  /** A renderer compositing on a white background, as for the Blender scenes. */
  public static VolumeRenderer onWhite() {
    return new VolumeRenderer(1, 1, 1);
  }

  /** A renderer compositing on the given background color. */
  public static VolumeRenderer onBackground(double r, double g, double b) {
    return new VolumeRenderer(r, g, b);
  }

  /**
   * Renders N rays of S samples each.
   *
   * @param numRays N
   * @param numSamples S >= 1
   * @param t [N, S] sample depths, non-decreasing along each ray
   * @param sigma [N, S] densities, >= 0
   * @param colors [N, S, 3] colors
   * @param directionNorms [N] norms of the ray directions, or null for 1
   * @throws IllegalArgumentException for wrong lengths, unsorted t, or negative / NaN sigma
   */
  public Rendering render(
      int numRays,
      int numSamples,
      float[] t,
      float[] sigma,
      float[] colors,
      float[] directionNorms) {
    checkShapes(numRays, numSamples, t, sigma, colors, directionNorms);
    float[] rgb = new float[3 * numRays];
    float[] depth = new float[numRays];
    float[] opacity = new float[numRays];
    float[] weights = new float[numRays * numSamples];
    for (int n = 0; n < numRays; n++) {
      double norm = directionNorms == null ? 1.0 : directionNorms[n];
      int base = n * numSamples;
      double opticalDepth = 0;
      double r = 0;
      double g = 0;
      double b = 0;
      double z = 0;
      double acc = 0;
      for (int i = 0; i < numSamples; i++) {
        int k = base + i;
        if (!(sigma[k] >= 0)) {
          throw new IllegalArgumentException("ray " + n + " sample " + i + ": sigma " + sigma[k]);
        }
        double delta = (i + 1 < numSamples ? (double) t[k + 1] - t[k] : LAST_DELTA) * norm;
        if (delta < 0) {
          throw new IllegalArgumentException("ray " + n + ": sample depths not sorted at " + i);
        }
        double tau = sigma[k] * delta;
        double transmittance = Math.exp(-opticalDepth);
        double alpha = -Math.expm1(-tau);
        double w = transmittance * alpha;
        weights[k] = (float) w;
        r += w * colors[3 * k];
        g += w * colors[3 * k + 1];
        b += w * colors[3 * k + 2];
        z += w * t[k];
        acc += w;
        opticalDepth += tau;
      }
      rgb[3 * n] = (float) (r + (1 - acc) * background[0]);
      rgb[3 * n + 1] = (float) (g + (1 - acc) * background[1]);
      rgb[3 * n + 2] = (float) (b + (1 - acc) * background[2]);
      depth[n] = (float) z;
      opacity[n] = (float) acc;
    }
    return new Rendering(rgb, depth, opacity, weights);
  }

  private static void checkShapes(
      int numRays, int numSamples, float[] t, float[] sigma, float[] colors, float[] norms) {
    if (numRays < 0 || numSamples < 1) {
      throw new IllegalArgumentException("need rays >= 0 and samples >= 1");
    }
    int ns = numRays * numSamples;
    if (t.length != ns || sigma.length != ns || colors.length != 3 * ns) {
      throw new IllegalArgumentException(
          "for "
              + numRays
              + " rays x "
              + numSamples
              + " samples expected t and sigma of length "
              + ns
              + " and colors of length "
              + 3 * ns
              + ", got "
              + t.length
              + ", "
              + sigma.length
              + ", "
              + colors.length);
    }
    if (norms != null && norms.length != numRays) {
      throw new IllegalArgumentException(
          "expected " + numRays + " direction norms, got " + norms.length);
    }
  }
}
