package org.edgefilter.vision.corrupt;

/**
 * The Gaussian filter of {@code skimage.filters.gaussian} (scikit-image 0.19), which is {@code
 * scipy.ndimage.gaussian_filter}: separable, rows (axis 0) first then columns (axis 1), each
 * channel of an HWC image on its own ({@code multichannel=True} puts sigma 0 on the channel axis).
 *
 * <p>Taps: {@code w_k = exp(-0.5 / sigma^2 * k^2) / sum}, {@code k = -r..r}, {@code r = int(t *
 * sigma + 0.5)} with truncate {@code t} (4 by default, 3 in elastic_transform). Sigma 0 or radius 0
 * returns the input. Each output is accumulated as scipy's {@code correlate1d} does for a symmetric
 * kernel: {@code w_0 * x_i + sum_{k=r..1} w_k (x_{i-k} + x_{i+k})}. Borders: {@link Mode#NEAREST}
 * repeats the edge sample (skimage's default); {@link Mode#REFLECT} is half-sample symmetric
 * ({@code c b a | a b c | c b a}).
 */
final class GaussianFilter {

  /** How samples beyond the border are taken. */
  enum Mode {
    NEAREST,
    REFLECT
  }

  private GaussianFilter() {}

  /** The normalized taps {@code w_{-r..r}} for sigma and truncate; {@code [1]} when r is 0. */
  static double[] taps(double sigma, double truncate) {
    int r = radius(sigma, truncate);
    double[] phi = new double[2 * r + 1];
    double a = -0.5 / (sigma * sigma);
    for (int k = -r; k <= r; k++) {
      phi[k + r] = Math.exp(a * ((double) k * k));
    }
    double sum = Pixels.numpySum(phi, 0, phi.length);
    for (int i = 0; i < phi.length; i++) {
      phi[i] = phi[i] / sum;
    }
    return phi;
  }

  /** {@code int(truncate * sigma + 0.5)}. */
  static int radius(double sigma, double truncate) {
    return (int) (truncate * sigma + 0.5);
  }

  /**
   * Filters an HWC image {@code [h, w, c]} in float64 and returns a new array; with {@code
   * float32Steps} each pass's result is rounded to float32, as scipy does for a float32 input.
   */
  static double[] apply(
      double[] img,
      int h,
      int w,
      int c,
      double sigma,
      double truncate,
      Mode mode,
      boolean float32Steps) {
    if (!(sigma > 1e-15) || radius(sigma, truncate) == 0) {
      return img.clone();
    }
    double[] taps = taps(sigma, truncate);
    int r = taps.length / 2;
    double[] tmp = new double[img.length];
    double[] line = new double[Math.max(h, w) + 2 * r];
    // axis 0: for each column and channel, a line over rows
    for (int x = 0; x < w; x++) {
      for (int ch = 0; ch < c; ch++) {
        for (int i = -r; i < h + r; i++) {
          line[i + r] = img[(index(i, h, mode) * w + x) * c + ch];
        }
        for (int y = 0; y < h; y++) {
          double v = correlate(line, y + r, taps, r);
          tmp[(y * w + x) * c + ch] = float32Steps ? (float) v : v;
        }
      }
    }
    double[] out = new double[img.length];
    for (int y = 0; y < h; y++) {
      for (int ch = 0; ch < c; ch++) {
        for (int i = -r; i < w + r; i++) {
          line[i + r] = tmp[(y * w + index(i, w, mode)) * c + ch];
        }
        for (int x = 0; x < w; x++) {
          double v = correlate(line, x + r, taps, r);
          out[(y * w + x) * c + ch] = float32Steps ? (float) v : v;
        }
      }
    }
    return out;
  }

  private static double correlate(double[] line, int at, double[] taps, int r) {
    double acc = line[at] * taps[r];
    for (int k = r; k >= 1; k--) {
      acc += (line[at - k] + line[at + k]) * taps[r - k];
    }
    return acc;
  }

  /** Maps index {@code i} into {@code [0, n)} by the border mode. */
  static int index(int i, int n, Mode mode) {
    if (i >= 0 && i < n) {
      return i;
    }
    if (mode == Mode.NEAREST) {
      return i < 0 ? 0 : n - 1;
    }
    int period = 2 * n;
    int m = Math.floorMod(i, period);
    return m < n ? m : period - 1 - m;
  }
}
