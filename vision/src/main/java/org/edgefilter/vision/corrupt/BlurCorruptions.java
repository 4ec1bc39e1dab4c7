package org.edgefilter.vision.corrupt;

import java.util.random.RandomGenerator;

/** The blur corruptions: defocus, glass, motion, zoom and (extra) Gaussian blur. */
final class BlurCorruptions {

  private BlurCorruptions() {}

  /**
   * defocus_blur: each channel of {@code x = img / 255} correlated ({@code cv2.filter2D},
   * reflect-101) with {@code disk(r, s)}: on a 17x17 grid of coordinates -8..8, 1 where {@code X^2
   * + Y^2 <= r^2}, divided by the count (float32), then {@code cv2.GaussianBlur} 3x3 with sigma
   * {@code s}; then {@code uint8(clip * 255)}.
   */
  static final class DefocusBlur implements CorruptionFunction {
    private final double[][] params;

    DefocusBlur(Resolution r) {
      params =
          r.pick(
              new double[][] {{.3, .4}, {.4, .5}, {.5, .6}, {1, .2}, {1.5, .1}},
              new double[][] {{.5, .6}, {1, .1}, {1.5, .1}, {2.5, .01}, {3, .1}});
    }

    /** The 17x17 float32 kernel, row-major. */
    static float[] disk(double radius, double aliasBlur) {
      int n = 17;
      float[] d = new float[n * n];
      int count = 0;
      for (int y = -8; y <= 8; y++) {
        for (int x = -8; x <= 8; x++) {
          if (x * x + y * y <= radius * radius) {
            d[(y + 8) * n + x + 8] = 1f;
            count++;
          }
        }
      }
      float total = count;
      for (int i = 0; i < d.length; i++) {
        d[i] = d[i] / total;
      }
      return OpenCvOps.gaussianBlur3(d, n, n, aliasBlur);
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] p = params[severity - 1];
      float[] k32 = disk(p[0], p[1]);
      double[] kernel = new double[k32.length];
      for (int i = 0; i < kernel.length; i++) {
        kernel[i] = k32[i];
      }
      double[] x = Pixels.toUnit(image);
      double[] out = new double[x.length];
      double[] plane = new double[side * side];
      for (int c = 0; c < 3; c++) {
        for (int i = 0; i < plane.length; i++) {
          plane[i] = x[i * 3 + c];
        }
        double[] f = OpenCvOps.filter2D(plane, side, side, kernel, 17, 17);
        for (int i = 0; i < plane.length; i++) {
          out[i * 3 + c] = f[i];
        }
      }
      return Pixels.unitToUint8(out);
    }
  }

  /**
   * glass_blur: {@code y = uint8(G(x, sigma) * 255)} (Gaussian, nearest border); then {@code iters}
   * times, for rows h and columns w from {@code S - d} down to {@code d + 1}, draw {@code dx} then
   * {@code dy} uniformly from the integers in {@code [-d, d - 1]} and copy pixel {@code (h + dy, w
   * + dx)} onto {@code (h, w)} in place (the script's tuple "swap" of NumPy views is a one-way
   * copy); finally {@code uint8(clip(G(y / 255, sigma)) * 255)}.
   */
  static final class GlassBlur implements CorruptionFunction {
    private final double[][] params;

    GlassBlur(Resolution r) {
      params =
          r.pick(
              new double[][] {{.05, 1, 1}, {.25, 1, 1}, {.4, 1, 1}, {.25, 1, 2}, {.4, 1, 2}},
              new double[][] {{.1, 1, 1}, {.5, 1, 1}, {.6, 1, 2}, {.7, 2, 1}, {.9, 2, 2}});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] p = params[severity - 1];
      double sigma = p[0];
      int d = (int) p[1];
      int iterations = (int) p[2];
      double[] blurred =
          GaussianFilter.apply(
              Pixels.toUnit(image), side, side, 3, sigma, 4, GaussianFilter.Mode.NEAREST, false);
      int[] y = new int[blurred.length];
      for (int i = 0; i < y.length; i++) {
        y[i] = Pixels.truncate(blurred[i] * 255) & 0xFF;
      }
      for (int it = 0; it < iterations; it++) {
        for (int h = side - d; h > d; h--) {
          for (int w = side - d; w > d; w--) {
            int dx = rng.nextInt(2 * d) - d;
            int dy = rng.nextInt(2 * d) - d;
            int src = ((h + dy) * side + (w + dx)) * 3;
            int dst = (h * side + w) * 3;
            y[dst] = y[src];
            y[dst + 1] = y[src + 1];
            y[dst + 2] = y[src + 2];
          }
        }
      }
      double[] x = new double[y.length];
      for (int i = 0; i < x.length; i++) {
        x[i] = y[i] / 255.0;
      }
      return Pixels.unitToUint8(
          GaussianFilter.apply(x, side, side, 3, sigma, 4, GaussianFilter.Mode.NEAREST, false));
    }
  }

  /**
   * motion_blur: ImageMagick's motion blur ({@link MotionBlur}) of the uint8 image with radius R,
   * sigma and an angle drawn from {@code U(-45, 45)} degrees; the result is already uint8.
   */
  static final class MotionBlurCorruption implements CorruptionFunction {
    private final double[][] params;

    MotionBlurCorruption(Resolution r) {
      params =
          r.pick(
              new double[][] {{6, 1}, {6, 1.5}, {6, 2}, {8, 2}, {9, 2.5}},
              new double[][] {{10, 1}, {10, 1.5}, {10, 2}, {10, 2.5}, {12, 3}});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] p = params[severity - 1];
      double angle = -45 + 90 * rng.nextDouble();
      return MotionBlur.apply(image, side, side, 3, p[0], p[1], angle);
    }
  }

  /**
   * zoom_blur, in float32: {@code acc = sum_z clippedZoom(x, z)} over {@code z = 1 + k * delta}, k
   * = 0..count-1 (NumPy's {@code arange(1, E, 0.01)} with {@code delta = 1.01 - 1}; counts 7, 12,
   * 16, 21, 26 for severities 1..5, because float arange includes the end point for E = 1.06 and
   * 1.11 only), then {@code (x + acc) / (count + 1)}, so the clean image counts twice.
   */
  static final class ZoomBlur implements CorruptionFunction {
    private static final int[] COUNTS = {7, 12, 16, 21, 26};

    ZoomBlur(Resolution r) {
      // The same factors at both resolutions.
    }

    /** The zoom factors of a severity. */
    static double[] factors(int severity) {
      int count = COUNTS[severity - 1];
      double delta = (1.0 + 0.01) - 1.0;
      double[] z = new double[count];
      for (int k = 0; k < count; k++) {
        z[k] = 1.0 + k * delta;
      }
      return z;
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      float[] x = Pixels.toUnitFloat(image);
      double[] xd = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        xd[i] = x[i];
      }
      float[] acc = new float[x.length];
      double[] factors = factors(severity);
      for (double z : factors) {
        double[] zoomed = ClippedZoom.apply(xd, side, 3, z);
        for (int i = 0; i < acc.length; i++) {
          acc[i] += (float) zoomed[i];
        }
      }
      float n = factors.length + 1;
      float[] out = new float[x.length];
      for (int i = 0; i < out.length; i++) {
        out[i] = (x[i] + acc[i]) / n;
      }
      return Pixels.unitToUint8(out);
    }
  }

  /** gaussian_blur (extra): {@code uint8(clip(G(x, sigma)) * 255)}, nearest border, truncate 4. */
  static final class GaussianBlur implements CorruptionFunction {
    private final double[] sigma;

    GaussianBlur(Resolution r) {
      sigma = r.pick(new double[] {.4, .6, .7, .8, 1}, new double[] {.5, .75, 1, 1.25, 1.5});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      return Pixels.unitToUint8(
          GaussianFilter.apply(
              Pixels.toUnit(image),
              side,
              side,
              3,
              sigma[severity - 1],
              4,
              GaussianFilter.Mode.NEAREST,
              false));
    }
  }
}
