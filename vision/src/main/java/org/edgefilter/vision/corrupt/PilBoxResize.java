package org.edgefilter.vision.corrupt;

/**
 * Pillow's {@code Image.resize(size, Image.BOX)} for an 8-bit RGB image (Pillow 9, {@code
 * libImaging/Resample.c}), checked bit-exact in shared/corruptions.md.
 *
 * <p>Per axis, with {@code scale = in/out} and {@code fs = max(scale, 1)}, output {@code o} has
 * centre {@code (o + 0.5) scale}; input pixels {@code int(centre - fs/2 + 0.5)} up to, not
 * including, {@code int(centre + fs/2 + 0.5)} (clamped) get weight 1 when {@code (i + 0.5 - centre)
 * / fs} lies in (-0.5, 0.5], else 0; weights are normalized and turned into 22-bit fixed point
 * {@code int(0.5 + w 2^22)}. The horizontal pass runs first, then the vertical, each rounding to 8
 * bits: {@code clamp((2^21 + sum p coef) >> 22)}.
 */
final class PilBoxResize {

  private static final int PRECISION_BITS = 22;

  private PilBoxResize() {}

  /** Resizes an {@code [h, w, 3]} image to {@code [outH, outW, 3]}. */
  static byte[] resize(byte[] img, int h, int w, int outH, int outW) {
    Coefficients cx = coefficients(w, outW);
    Coefficients cy = coefficients(h, outH);
    byte[] tmp = new byte[h * outW * 3];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < outW; x++) {
        for (int c = 0; c < 3; c++) {
          long acc = 1L << (PRECISION_BITS - 1);
          for (int k = 0; k < cx.count[x]; k++) {
            acc += (long) (img[(y * w + cx.first[x] + k) * 3 + c] & 0xFF) * cx.weights[x][k];
          }
          tmp[(y * outW + x) * 3 + c] = clamp8(acc >> PRECISION_BITS);
        }
      }
    }
    byte[] out = new byte[outH * outW * 3];
    for (int y = 0; y < outH; y++) {
      for (int x = 0; x < outW; x++) {
        for (int c = 0; c < 3; c++) {
          long acc = 1L << (PRECISION_BITS - 1);
          for (int k = 0; k < cy.count[y]; k++) {
            acc += (long) (tmp[((cy.first[y] + k) * outW + x) * 3 + c] & 0xFF) * cy.weights[y][k];
          }
          out[(y * outW + x) * 3 + c] = clamp8(acc >> PRECISION_BITS);
        }
      }
    }
    return out;
  }

  private record Coefficients(int[] first, int[] count, int[][] weights) {}

  private static Coefficients coefficients(int in, int out) {
    double scale = (double) in / out;
    double filterScale = Math.max(scale, 1.0);
    double support = 0.5 * filterScale;
    int[] first = new int[out];
    int[] count = new int[out];
    int[][] weights = new int[out][];
    for (int o = 0; o < out; o++) {
      double center = (o + 0.5) * scale;
      int xmin = (int) (center - support + 0.5);
      if (xmin < 0) {
        xmin = 0;
      }
      int xmax = (int) (center + support + 0.5);
      if (xmax > in) {
        xmax = in;
      }
      xmax -= xmin;
      double[] k = new double[xmax];
      double total = 0;
      for (int i = 0; i < xmax; i++) {
        double t = (i + xmin - center + 0.5) / filterScale;
        k[i] = t > -0.5 && t <= 0.5 ? 1.0 : 0.0;
        total += k[i];
      }
      int[] fixed = new int[xmax];
      for (int i = 0; i < xmax; i++) {
        double wgt = total != 0 ? k[i] / total : 0;
        fixed[i] =
            (int)
                (wgt < 0 ? -0.5 + wgt * (1 << PRECISION_BITS) : 0.5 + wgt * (1 << PRECISION_BITS));
      }
      first[o] = xmin;
      count[o] = xmax;
      weights[o] = fixed;
    }
    return new Coefficients(first, count, weights);
  }

  private static byte clamp8(long v) {
    return (byte) (v < 0 ? 0 : v > 255 ? 255 : v);
  }
}
