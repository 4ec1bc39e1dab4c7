package org.edgefilter.vision.corrupt;

/**
 * The scripts' {@code clipped_zoom(A, z)} for a square {@code S x S x C} image: crop the centre
 * square of side {@code ch = ceil(S / z)} at offset {@code (S - ch) // 2}, resize it to {@code n =
 * round_half_even(ch * z)} with {@code scipy.ndimage.zoom(order=1)}, and keep rows and columns
 * {@code [(n - S) // 2, +S)}.
 *
 * <p>scipy's order-1 zoom is corner-aligned linear interpolation: output index {@code o} samples
 * input coordinate {@code o * (ch - 1) / (n - 1)} (the factor is computed first, in float64), from
 * its two neighbours {@code floor} and {@code floor + 1} (clamped; the clamped one has weight 0).
 * Rows first then columns is the same as scipy's joint bilinear interpolation up to float64
 * rounding.
 */
final class ClippedZoom {

  private ClippedZoom() {}

  /** Zooms a float64 {@code [s, s, c]} image by {@code z >= 1}. */
  static double[] apply(double[] img, int s, int c, double z) {
    int ch = (int) Math.ceil(s / z);
    int top = (s - ch) / 2;
    int n = (int) Math.rint(ch * z);
    int trim = (n - s) / 2;
    double scale = n > 1 ? (ch - 1) / (double) (n - 1) : 1.0;
    int[] lo = new int[s];
    double[] t = new double[s];
    for (int o = 0; o < s; o++) {
      double cc = (o + trim) * scale;
      int f = (int) Math.floor(cc);
      lo[o] = Math.min(f, ch - 1);
      t[o] = cc - f;
    }
    double[] out = new double[s * s * c];
    for (int y = 0; y < s; y++) {
      int y0 = top + lo[y];
      int y1 = top + Math.min(lo[y] + 1, ch - 1);
      double ty = t[y];
      for (int x = 0; x < s; x++) {
        int x0 = top + lo[x];
        int x1 = top + Math.min(lo[x] + 1, ch - 1);
        double tx = t[x];
        for (int k = 0; k < c; k++) {
          double p00 = img[(y0 * s + x0) * c + k];
          double p01 = img[(y0 * s + x1) * c + k];
          double p10 = img[(y1 * s + x0) * c + k];
          double p11 = img[(y1 * s + x1) * c + k];
          out[(y * s + x) * c + k] =
              (1 - ty) * ((1 - tx) * p00 + tx * p01) + ty * ((1 - tx) * p10 + tx * p11);
        }
      }
    }
    return out;
  }
}
