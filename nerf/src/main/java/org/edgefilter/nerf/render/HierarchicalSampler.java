package org.edgefilter.nerf.render;

import java.util.Arrays;
import java.util.Random;

/**
 * Hierarchical (inverse transform) sampling of fine depths from coarse weights, NeRF's {@code
 * sample_pdf} (Mildenhall et al. 2020, sec. 5.2).
 *
 * <p>Per ray, with bin edges e_0..e_M and weights w_1..w_M: add 1e-5 to every weight (so no bin is
 * impossible), normalize to a pdf, form the cdf with a leading 0 (M + 1 values), take u either as
 * {@code linspace(0, 1, K)} (deterministic) or K uniform draws in [0, 1), find each u's bin by a
 * right-sided search of the cdf, and interpolate linearly inside the bin (a bin whose cdf step is
 * below 1e-5 is treated as having step 1, as NeRF does, to avoid dividing by ~0). The K samples are
 * returned sorted, inside [e_0, e_M].
 */
public final class HierarchicalSampler {

  /** Added to every weight before normalizing, as in NeRF. */
  public static final double WEIGHT_PADDING = 1e-5;

  private HierarchicalSampler() {}

  /**
   * Samples from the piecewise-constant pdf over bins.
   *
   * @param numRays N
   * @param edges [N, M + 1] bin edges, non-decreasing along each ray
   * @param weights [N, M] non-negative bin weights
   * @param numSamples K >= 1
   * @param random source of u; null for the deterministic {@code linspace(0, 1, K)}
   * @return [N, K], sorted along each ray, inside [e_0, e_M]
   */
  public static float[] samplePdf(
      int numRays, float[] edges, float[] weights, int numSamples, Random random) {
    if (numRays < 0 || numSamples < 1 || weights.length == 0 && numRays > 0) {
      throw new IllegalArgumentException("need rays >= 0, samples >= 1 and at least one bin");
    }
    int bins = numRays == 0 ? 0 : weights.length / numRays;
    if (numRays > 0 && (weights.length != numRays * bins || edges.length != numRays * (bins + 1))) {
      throw new IllegalArgumentException(
          "expected edges ["
              + numRays
              + ", M + 1] and weights ["
              + numRays
              + ", M], got lengths "
              + edges.length
              + " and "
              + weights.length);
    }
    float[] out = new float[numRays * numSamples];
    double[] cdf = new double[bins + 1];
    double[] u = new double[numSamples];
    for (int n = 0; n < numRays; n++) {
      double total = 0;
      for (int b = 0; b < bins; b++) {
        double w = weights[n * bins + b];
        if (!(w >= 0)) {
          throw new IllegalArgumentException("ray " + n + " bin " + b + ": weight " + w);
        }
        total += w + WEIGHT_PADDING;
      }
      cdf[0] = 0;
      for (int b = 0; b < bins; b++) {
        cdf[b + 1] = Math.min(1.0, cdf[b] + (weights[n * bins + b] + WEIGHT_PADDING) / total);
      }
      for (int k = 0; k < numSamples; k++) {
        if (random == null) {
          u[k] = numSamples == 1 ? 0.5 : (double) k / (numSamples - 1);
        } else {
          u[k] = random.nextDouble();
        }
      }
      if (random != null) {
        Arrays.sort(u);
      }
      int e = n * (bins + 1);
      for (int k = 0; k < numSamples; k++) {
        int above = upperBound(cdf, u[k]);
        int hi = Math.min(bins, above);
        int lo = Math.max(0, above - 1);
        double denom = cdf[hi] - cdf[lo];
        if (denom < WEIGHT_PADDING) {
          denom = 1;
        }
        double s = (u[k] - cdf[lo]) / denom;
        double value = edges[e + lo] + s * ((double) edges[e + hi] - edges[e + lo]);
        out[n * numSamples + k] = (float) Math.max(edges[e], Math.min(edges[e + bins], value));
      }
      Arrays.sort(out, n * numSamples, (n + 1) * numSamples);
    }
    return out;
  }

  /**
   * NeRF's fine pass: bins between the midpoints of the coarse depths, weighted by the coarse
   * weights without the first and last (which have no bin of their own), K new depths drawn and
   * merged with the coarse ones.
   *
   * @param numRays N
   * @param coarseT [N, S] sorted coarse depths, S >= 3
   * @param coarseWeights [N, S] coarse weights from {@link VolumeRenderer}
   * @param numFine K
   * @param random source of u; null for deterministic
   * @return [N, S + K] sorted along each ray
   */
  public static float[] fineSamples(
      int numRays, float[] coarseT, float[] coarseWeights, int numFine, Random random) {
    if (numRays <= 0 || coarseT.length % numRays != 0 || coarseT.length != coarseWeights.length) {
      throw new IllegalArgumentException(
          "expected coarse depths and weights of equal length [N, S], got "
              + coarseT.length
              + " and "
              + coarseWeights.length
              + " for N = "
              + numRays);
    }
    int s = coarseT.length / numRays;
    if (s < 3) {
      throw new IllegalArgumentException("need at least 3 coarse samples per ray, got " + s);
    }
    float[] edges = new float[numRays * (s - 1)];
    float[] inner = new float[numRays * (s - 2)];
    for (int n = 0; n < numRays; n++) {
      for (int i = 0; i < s - 1; i++) {
        edges[n * (s - 1) + i] = 0.5f * (coarseT[n * s + i] + coarseT[n * s + i + 1]);
      }
      System.arraycopy(coarseWeights, n * s + 1, inner, n * (s - 2), s - 2);
    }
    float[] fine = samplePdf(numRays, edges, inner, numFine, random);
    float[] merged = new float[numRays * (s + numFine)];
    for (int n = 0; n < numRays; n++) {
      int a = n * s;
      int aEnd = a + s;
      int b = n * numFine;
      int bEnd = b + numFine;
      int o = n * (s + numFine);
      while (a < aEnd || b < bEnd) {
        merged[o++] = b >= bEnd || a < aEnd && coarseT[a] <= fine[b] ? coarseT[a++] : fine[b++];
      }
    }
    return merged;
  }

  /** Number of cdf entries <= u (numpy searchsorted side='right'). */
  private static int upperBound(double[] cdf, double u) {
    int lo = 0;
    int hi = cdf.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cdf[mid] <= u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
