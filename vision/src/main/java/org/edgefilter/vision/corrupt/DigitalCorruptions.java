package org.edgefilter.vision.corrupt;

import java.util.random.RandomGenerator;

/**
 * The digital corruptions (brightness, contrast, elastic_transform, pixelate, jpeg_compression) and
 * the extra saturate.
 */
final class DigitalCorruptions {

  private DigitalCorruptions() {}

  /**
   * brightness: {@code x} to HSV (scikit-image, {@link Hsv}), {@code V = clip(V + c, 0, 1)}, back
   * to RGB, {@code uint8(clip * 255)}; in effect each pixel is scaled by {@code min(V + c, 1) / V}
   * and black becomes grey {@code (c, c, c)}.
   */
  static final class Brightness implements CorruptionFunction {
    private final double[] delta;

    Brightness(Resolution r) {
      delta = r.pick(new double[] {.05, .1, .15, .2, .3}, new double[] {.1, .2, .3, .4, .5});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double c = delta[severity - 1];
      return hsvMap(image, hsv -> hsv[2] = clip01(hsv[2] + c));
    }
  }

  /** saturate (extra): as brightness, with {@code S = clip(S mul + add, 0, 1)}. */
  static final class Saturate implements CorruptionFunction {
    private final double[][] params;

    Saturate(Resolution r) {
      params =
          r.pick(
              new double[][] {{.3, 0}, {.1, 0}, {1.5, 0}, {2, .1}, {2.5, .2}},
              new double[][] {{.3, 0}, {.1, 0}, {2, 0}, {5, .1}, {30, .2}});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] c = params[severity - 1];
      return hsvMap(image, hsv -> hsv[1] = clip01(hsv[1] * c[0] + c[1]));
    }
  }

  private interface HsvEdit {
    void edit(double[] hsv);
  }

  private static byte[] hsvMap(byte[] image, HsvEdit edit) {
    double[] x = Pixels.toUnit(image);
    double[] hsv = new double[3];
    double[] rgb = new double[3];
    for (int p = 0; p < x.length; p += 3) {
      Hsv.fromRgb(x[p], x[p + 1], x[p + 2], hsv);
      edit.edit(hsv);
      Hsv.toRgb(hsv[0], hsv[1], hsv[2], rgb);
      x[p] = rgb[0];
      x[p + 1] = rgb[1];
      x[p + 2] = rgb[2];
    }
    return Pixels.unitToUint8(x);
  }

  private static double clip01(double v) {
    return v < 0 ? 0 : v > 1 ? 1 : v;
  }

  /**
   * contrast: with {@code m} the per-channel mean of {@code x} over the image, {@code out =
   * uint8(clip((x - m) c + m) * 255)}.
   */
  static final class Contrast implements CorruptionFunction {
    private final double[] factor;

    Contrast(Resolution r) {
      factor = r.pick(new double[] {.75, .5, .4, .3, .15}, new double[] {.4, .3, .2, .1, .05});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double c = factor[severity - 1];
      double[] x = Pixels.toUnit(image);
      double[] mean = new double[3];
      for (int i = 0; i < x.length; i++) {
        mean[i % 3] += x[i];
      }
      int n = x.length / 3;
      for (int k = 0; k < 3; k++) {
        mean[k] /= n;
      }
      for (int i = 0; i < x.length; i++) {
        x[i] = (x[i] - mean[i % 3]) * c + mean[i % 3];
      }
      return Pixels.unitToUint8(x);
    }
  }

  /**
   * pixelate: Pillow BOX resize ({@link PilBoxResize}) to {@code int(S c)} square, then back to S;
   * the downscale averages the pixels whose centres fall in each footprint, the upscale is
   * nearest-neighbour.
   */
  static final class Pixelate implements CorruptionFunction {
    private final double[] factor;

    Pixelate(Resolution r) {
      factor = r.pick(new double[] {.95, .9, .85, .75, .65}, new double[] {.9, .8, .7, .6, .5});
    }

    /** The intermediate side {@code int(S c)}: 30, 28, 27, 24, 20 for CIFAR. */
    int smallSide(int side, int severity) {
      return (int) (side * factor[severity - 1]);
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      int small = smallSide(side, severity);
      byte[] down = PilBoxResize.resize(image, side, side, small, small);
      return PilBoxResize.resize(down, small, small, side, side);
    }
  }

  /** jpeg_compression: a JPEG round trip at IJG quality q ({@link JpegRoundTrip}). */
  static final class JpegCompression implements CorruptionFunction {
    private final int[] quality;

    JpegCompression(Resolution r) {
      quality = r.pick(new int[] {80, 65, 58, 50, 40}, new int[] {65, 58, 50, 40, 25});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      return JpegRoundTrip.apply(image, side, side, quality[severity - 1]);
    }
  }

  /**
   * elastic_transform, with {@code x} in float32 and {@code (alpha, sigma, A) = S * fractions}:
   *
   * <ol>
   *   <li>a random affine warp: anchors {@code (cs+q, cs+q), (cs+q, cs-q), (cs-q, cs-q)} as (x, y)
   *       with {@code cs = S // 2}, {@code q = S // 3}, each coordinate moved by {@code U(-A, A)}
   *       (6 draws, row-major, float32); {@code M = getAffineTransform}, applied with {@link
   *       OpenCvOps#warpAffine} (bilinear, reflect-101);
   *   <li>displacements {@code dx = float32(alpha G(U(-1, 1)^{S x S}, sigma, reflect, t = 3))},
   *       then {@code dy} the same from a second field drawn afterwards (drawn even when alpha is
   *       0);
   *   <li>{@code out[i][j][k] = bilinear(img, row = i + dy[i][j], col = j + dx[i][j])}, i.e.
   *       scipy's {@code map_coordinates(order=1, mode='reflect')}: the two integer neighbours of
   *       each coordinate, their indices mapped half-sample symmetrically; then {@code uint8(clip *
   *       255)}.
   * </ol>
   */
  static final class ElasticTransform implements CorruptionFunction {
    private final double[][] fractions;

    ElasticTransform(Resolution r) {
      fractions =
          r.pick(
              new double[][] {
                {0, 0, .08}, {.05, .2, .07}, {.08, .06, .06}, {.1, .04, .05}, {.1, .03, .03}
              },
              new double[][] {
                {0, 0, .08}, {.05, .3, .06}, {.1, .08, .06}, {.1, .03, .03}, {.16, .03, .02}
              });
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] f = fractions[severity - 1];
      double alpha = side * f[0];
      double sigma = side * f[1];
      double a = side * f[2];
      float[] x = Pixels.toUnitFloat(image);
      float cs = side / 2;
      float q = side / 3;
      float[] pts1 = {cs + q, cs + q, cs + q, cs - q, cs - q, cs - q};
      double[] src = new double[6];
      double[] dst = new double[6];
      for (int i = 0; i < 6; i++) {
        float shift = (float) (-a + (a - -a) * rng.nextDouble());
        src[i] = pts1[i];
        dst[i] = pts1[i] + shift;
      }
      double[] m = OpenCvOps.affineTransform(src, dst);
      float[] warped = OpenCvOps.warpAffine(x, side, side, 3, m);
      float[] dx = displacement(side, alpha, sigma, rng);
      float[] dy = displacement(side, alpha, sigma, rng);
      float[] out = new float[x.length];
      for (int i = 0; i < side; i++) {
        for (int j = 0; j < side; j++) {
          double row = i + (double) dy[i * side + j];
          double col = j + (double) dx[i * side + j];
          int r0 = (int) Math.floor(row);
          int c0 = (int) Math.floor(col);
          double ty = row - r0;
          double tx = col - c0;
          int ra = GaussianFilter.index(r0, side, GaussianFilter.Mode.REFLECT);
          int rb = GaussianFilter.index(r0 + 1, side, GaussianFilter.Mode.REFLECT);
          int ca = GaussianFilter.index(c0, side, GaussianFilter.Mode.REFLECT);
          int cb = GaussianFilter.index(c0 + 1, side, GaussianFilter.Mode.REFLECT);
          for (int k = 0; k < 3; k++) {
            double v =
                (1 - ty) * (1 - tx) * warped[(ra * side + ca) * 3 + k]
                    + (1 - ty) * tx * warped[(ra * side + cb) * 3 + k]
                    + ty * (1 - tx) * warped[(rb * side + ca) * 3 + k]
                    + ty * tx * warped[(rb * side + cb) * 3 + k];
            out[(i * side + j) * 3 + k] = (float) v;
          }
        }
      }
      return Pixels.unitToUint8(out);
    }

    private static float[] displacement(int side, double alpha, double sigma, RandomGenerator rng) {
      double[] field = new double[side * side];
      for (int i = 0; i < field.length; i++) {
        field[i] = -1 + 2 * rng.nextDouble();
      }
      double[] smooth =
          GaussianFilter.apply(field, side, side, 1, sigma, 3, GaussianFilter.Mode.REFLECT, false);
      float[] d = new float[field.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = (float) (smooth[i] * alpha);
      }
      return d;
    }
  }
}
