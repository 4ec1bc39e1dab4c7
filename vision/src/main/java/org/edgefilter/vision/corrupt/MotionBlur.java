package org.edgefilter.vision.corrupt;

/**
 * ImageMagick 6's {@code MagickMotionBlurImage(radius R, sigma, angle)} on an 8-bit image, as the
 * scripts call it through Wand (shared/corruptions.md, section 0, checked there bit-exact against
 * ImageMagick 6.9.11 Q16).
 *
 * <p>The kernel is a one-sided Gaussian line of {@code N = 2 ceil(R) + 1} taps {@code k_i =
 * exp(-i^2 / (2 sigma^2)) / sum_j exp(-j^2 / (2 sigma^2))}, tap 0 being the pixel itself, at
 * offsets {@code dx_i = ceil(i cos(theta) - 0.5)}, {@code dy_i = ceil(i sin(theta) - 0.5)} (x the
 * column, y the row, pointing down); samples beyond the border repeat the edge. In 8-bit units
 * {@code s = sum_i k_i in(x + dx_i, y + dy_i)}, and the Q16 result written back to an 8-bit PNG is
 * {@code floor(floor(257 s + 0.5) / 257)}.
 */
final class MotionBlur {

  private MotionBlur() {}

  /**
   * Blurs each channel of an 8-bit {@code [h, w, c]} image; {@code angleDegrees} as IM takes it.
   */
  static byte[] apply(
      byte[] img, int h, int w, int c, double radius, double sigma, double angleDegrees) {
    int n = 2 * (int) Math.ceil(radius) + 1;
    double[] k = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      k[i] = Math.exp(-((double) i * i) / (2 * sigma * sigma));
      sum += k[i];
    }
    for (int i = 0; i < n; i++) {
      k[i] /= sum;
    }
    double theta = Math.toRadians(angleDegrees);
    int[] dx = new int[n];
    int[] dy = new int[n];
    for (int i = 0; i < n; i++) {
      dx[i] = (int) Math.ceil(i * Math.cos(theta) - 0.5);
      dy[i] = (int) Math.ceil(i * Math.sin(theta) - 0.5);
    }
    byte[] out = new byte[img.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        for (int ch = 0; ch < c; ch++) {
          double s = 0;
          for (int i = 0; i < n; i++) {
            int yy = Math.min(Math.max(y + dy[i], 0), h - 1);
            int xx = Math.min(Math.max(x + dx[i], 0), w - 1);
            s += k[i] * (img[(yy * w + xx) * c + ch] & 0xFF);
          }
          double q16 = Math.floor(257 * s + 0.5);
          int v = (int) Math.floor(q16 / 257);
          out[(y * w + x) * c + ch] = (byte) Math.min(255, Math.max(0, v));
        }
      }
    }
    return out;
  }
}
