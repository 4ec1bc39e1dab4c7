package org.edgefilter.framework.filter;

import java.util.Arrays;

/**
 * A plain-Java reference for the low-pass part of an {@link EdgeFilter}: nested loops over a
 * row-major float array, the full k x k window at every output (no separability), double
 * accumulation. Shapes: 2D {@code [b, h, w, c]}; 1D {@code [b, l, c]} (passed as h = l, w = 1).
 */
final class ReferenceFilter {

  private ReferenceFilter() {}

  static float[] lowPass(float[] x, int b, int h, int w, int c, EdgeFilterSpec spec) {
    int k = spec.kernelSize();
    int p = k / 2;
    boolean twoD = spec.dims() == 2;
    int kw = twoD ? k : 1;
    int pw = twoD ? p : 0;
    double[] taps = spec.lowPass().isLinear() ? spec.lowPass().taps(k) : null;
    float[] out = new float[x.length];
    double[] window = new double[k * kw];
    for (int n = 0; n < b; n++) {
      for (int i = 0; i < h; i++) {
        for (int j = 0; j < w; j++) {
          for (int ch = 0; ch < c; ch++) {
            double sum = 0;
            int count = 0;
            for (int a = 0; a < k; a++) {
              int ii = source(i + a - p, h, spec.padding());
              for (int bb = 0; bb < kw; bb++) {
                int jj = twoD ? source(j + bb - pw, w, spec.padding()) : j;
                double v = (ii < 0 || jj < 0) ? 0.0 : x[((n * h + ii) * w + jj) * c + ch];
                if (taps != null) {
                  sum += taps[a] * (twoD ? taps[bb] : 1.0) * v;
                } else {
                  window[count++] = v;
                }
              }
            }
            if (taps == null) {
              Arrays.sort(window, 0, count);
              sum = window[count / 2];
            }
            out[((n * h + i) * w + j) * c + ch] = (float) sum;
          }
        }
      }
    }
    return out;
  }

  /** The source index for a position {@code i} outside or inside {@code [0, n)}; -1 for a zero. */
  static int source(int i, int n, Padding padding) {
    if (i >= 0 && i < n) {
      return i;
    }
    return switch (padding) {
      case ZERO -> -1;
      case REPLICATE -> Math.min(Math.max(i, 0), n - 1);
      case REFLECT -> {
        int r = i < 0 ? -i : 2 * (n - 1) - i;
        if (r < 0 || r >= n) {
          throw new IllegalArgumentException("reflect pad does not fit: " + i + " of " + n);
        }
        yield r;
      }
    };
  }
}
