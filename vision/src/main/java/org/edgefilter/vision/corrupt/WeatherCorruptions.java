package org.edgefilter.vision.corrupt;

import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.edgefilter.framework.io.RgbImage;

/** The weather corruptions: snow, frost, fog and (extra) spatter. */
final class WeatherCorruptions {

  private WeatherCorruptions() {}

  /**
   * snow, with {@code x} in float32: draw a field {@code L ~ N(mu, sigma^2)} of H x W, {@code L =
   * clippedZoom(L, z)}, zero it below {@code thr}, make it 8-bit ({@code uint8(clip(L) * 255)}),
   * motion-blur it ({@link MotionBlur}, radius R, sigma {@code sm}, angle {@code U(-135, -45)}) and
   * divide by 255 to get F; then {@code x' = b x + (1 - b) max(x, 1.5 gray + 0.5)} with {@code gray
   * = 0.299 R + 0.587 G + 0.114 B} (OpenCV RGB2GRAY on float32), and {@code out = clip(x' + F +
   * rot180(F))}. Draws: the normal field (row-major), then the angle.
   */
  static final class Snow implements CorruptionFunction {
    private final double[][] params;

    Snow(Resolution r) {
      double[] beta =
          r.pick(new double[] {.95, .9, .9, .85, .8}, new double[] {.8, .8, .7, .65, .6});
      double[][] base = {
        {0.1, 0.2, 1, 0.6, 8, 3},
        {0.1, 0.2, 1, 0.5, 10, 4},
        {0.15, 0.3, 1.75, 0.55, 10, 4},
        {0.25, 0.3, 2.25, 0.6, 12, 6},
        {0.3, 0.3, 1.25, 0.65, 14, 12}
      };
      params = new double[5][];
      for (int s = 0; s < 5; s++) {
        params[s] = java.util.Arrays.copyOf(base[s], 7);
        params[s][6] = beta[s];
      }
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] c = params[severity - 1];
      int n = side * side;
      double[] layer = new double[n];
      for (int i = 0; i < n; i++) {
        layer[i] = c[0] + c[1] * rng.nextGaussian();
      }
      layer = ClippedZoom.apply(layer, side, 1, c[2]);
      byte[] l8 = new byte[n];
      for (int i = 0; i < n; i++) {
        double v = layer[i] < c[3] ? 0 : layer[i];
        l8[i] = Pixels.truncate(Pixels.clipUnitTimes255(v));
      }
      double angle = -135 + 90 * rng.nextDouble();
      byte[] blurred = MotionBlur.apply(l8, side, side, 1, c[4], c[5], angle);
      float beta = (float) c[6];
      float oneMinusBeta = (float) (1 - c[6]);
      float[] x = Pixels.toUnitFloat(image);
      double[] out = new double[x.length];
      for (int p = 0; p < n; p++) {
        float gray = x[3 * p] * 0.299f + x[3 * p + 1] * 0.587f + x[3 * p + 2] * 0.114f;
        float bright = gray * 1.5f + 0.5f;
        double f = (blurred[p] & 0xFF) / 255.0;
        double fRot = (blurred[n - 1 - p] & 0xFF) / 255.0;
        for (int k = 0; k < 3; k++) {
          float v = x[3 * p + k];
          float mixed = beta * v + oneMinusBeta * Math.max(v, bright);
          out[3 * p + k] = (mixed + f) + fRot;
        }
      }
      return Pixels.unitToUint8(out);
    }
  }

  /**
   * frost: pick overlay {@code randint(5)} (frost1..frost5), a random crop {@code r0 = randint(0,
   * H' - S)}, {@code c0 = randint(0, W' - S)} (upper bounds exclusive) of the resized overlay, and
   * {@code out = uint8(clip(a img + b crop, 0, 255))} in the 0..255 domain.
   */
  static final class Frost implements CorruptionFunction {
    private final double[][] params;
    private final Supplier<FrostOverlays> overlays;

    Frost(Resolution r, Supplier<FrostOverlays> overlays) {
      params =
          r.pick(
              new double[][] {{1, .2}, {1, .3}, {.9, .4}, {.85, .4}, {.75, .45}},
              new double[][] {{1, .3}, {.9, .4}, {.8, .45}, {.75, .5}, {.7, .55}});
      this.overlays = overlays;
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] c = params[severity - 1];
      FrostOverlays all = overlays.get();
      RgbImage frost = all.get(rng.nextInt(all.count()));
      int r0 = rng.nextInt(frost.height() - side);
      int c0 = rng.nextInt(frost.width() - side);
      byte[] out = new byte[image.length];
      for (int y = 0; y < side; y++) {
        for (int x = 0; x < side; x++) {
          for (int k = 0; k < 3; k++) {
            double v =
                c[0] * (image[(y * side + x) * 3 + k] & 0xFF)
                    + c[1] * frost.get8(r0 + y, c0 + x, k);
            out[(y * side + x) * 3 + k] = Pixels.truncate(Math.min(255, Math.max(0, v)));
          }
        }
      }
      return out;
    }
  }

  /**
   * fog: {@code x' = x + c P} with the plasma fractal {@code P} of side S and decay {@code d}
   * ({@link PlasmaFractal}) added to all channels, then {@code clip(x' M / (M + c))} with {@code M}
   * the maximum of the clean image over all pixels and channels.
   */
  static final class Fog implements CorruptionFunction {
    private final double[][] params;

    Fog(Resolution r) {
      params =
          r.pick(
              new double[][] {{.2, 3}, {.5, 3}, {.75, 2.5}, {1, 2}, {1.5, 1.75}},
              new double[][] {{.4, 3}, {.7, 3}, {1, 2.5}, {1.5, 2}, {2, 1.75}});
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] c = params[severity - 1];
      double[] x = Pixels.toUnit(image);
      double max = 0;
      for (double v : x) {
        max = Math.max(max, v);
      }
      double[] plasma = PlasmaFractal.generate(side, c[1], rng);
      for (int i = 0; i < x.length; i++) {
        double v = x[i] + c[0] * plasma[i / 3];
        x[i] = v * max / (max + c[0]);
      }
      return Pixels.unitToUint8(x);
    }
  }

  /**
   * spatter (extra), with {@code x} in float32 and parameters (mu, sigma, sigma_b, thr, k, mud):
   * {@code L ~ N(mu, sigma^2)} of H x W, {@code L = G(L, sigma_b)} (nearest), zero below thr.
   *
   * <p>Water (mud = 0): {@code L8 = uint8(L * 255)} (wrapping above 255 as the script's cast does);
   * {@code E = Canny(L8, 50, 150)}; {@code D = min(distanceTransform(255 - E), 20)}; {@code D =
   * uint8(box3(D))}; {@code D = equalizeHist(D)}; {@code D = filter2D_u8(D, [[-2,-1,0],[-1,1,1],
   * [0,1,2]])}; {@code D = float(box3_u8(D))}; {@code m = L8 D / max(L8 D) * k}; {@code out =
   * clip(x + m (175, 238, 238) / 255)} (pale turquoise). Where {@code max(L8 D)} is 0 the script
   * divides by zero and its NaNs become a black image; this port returns the clean image instead (a
   * deliberate deviation, shared/corruptions.md section 5, quirk 11).
   *
   * <p>Mud (mud = 1): {@code M = G(float32(L > thr), k)} (nearest, float32), zero below 0.8, and
   * {@code out = clip(x (1 - M) + M (63, 42, 20) / 255)} (brown).
   */
  static final class Spatter implements CorruptionFunction {
    private static final int[] KERNEL = {-2, -1, 0, -1, 1, 1, 0, 1, 2};
    private final double[][] params;

    Spatter(Resolution r) {
      params =
          r.pick(
              new double[][] {
                {.62, .1, .7, .7, .5, 0},
                {.65, .1, .8, .7, .5, 0},
                {.65, .3, 1, .69, .5, 0},
                {.65, .1, .7, .69, .6, 1},
                {.65, .1, .5, .68, .6, 1}
              },
              new double[][] {
                {.62, .1, .7, .7, .6, 0},
                {.65, .1, .8, .7, .6, 0},
                {.65, .3, 1, .69, .6, 0},
                {.65, .1, .7, .68, .6, 1},
                {.65, .1, .5, .67, .6, 1}
              });
    }

    @Override
    public byte[] apply(byte[] image, int side, int severity, RandomGenerator rng) {
      double[] c = params[severity - 1];
      int n = side * side;
      double[] liquid = new double[n];
      for (int i = 0; i < n; i++) {
        liquid[i] = c[0] + c[1] * rng.nextGaussian();
      }
      liquid =
          GaussianFilter.apply(liquid, side, side, 1, c[2], 4, GaussianFilter.Mode.NEAREST, false);
      for (int i = 0; i < n; i++) {
        if (liquid[i] < c[3]) {
          liquid[i] = 0;
        }
      }
      float[] x = Pixels.toUnitFloat(image);
      return c[5] == 0
          ? water(x, image, liquid, side, (float) c[4])
          : mud(x, liquid, side, c[3], c[4]);
    }

    private static byte[] water(float[] x, byte[] clean, double[] liquid, int side, float k) {
      int n = side * side;
      byte[] l8 = new byte[n];
      for (int i = 0; i < n; i++) {
        l8[i] = (byte) (long) (liquid[i] * 255);
      }
      byte[] edges = OpenCvOps.canny(l8, side, side, 50, 150);
      byte[] notEdges = new byte[n];
      for (int i = 0; i < n; i++) {
        notEdges[i] = (byte) (255 - (edges[i] & 0xFF));
      }
      float[] dist = OpenCvOps.distanceTransform(notEdges, side, side);
      for (int i = 0; i < n; i++) {
        dist[i] = dist[i] > 20f ? 20f : dist[i];
      }
      float[] boxed = OpenCvOps.box3(dist, side, side);
      byte[] d8 = new byte[n];
      for (int i = 0; i < n; i++) {
        d8[i] = (byte) (int) boxed[i];
      }
      d8 = OpenCvOps.equalizeHist(d8);
      d8 = OpenCvOps.filter2D3x3U8(d8, side, side, KERNEL);
      d8 = OpenCvOps.box3(d8, side, side);
      float[] m = new float[n];
      float max = 0;
      for (int i = 0; i < n; i++) {
        m[i] = (l8[i] & 0xFF) * (float) (d8[i] & 0xFF);
        max = Math.max(max, m[i]);
      }
      if (max == 0) {
        return clean.clone();
      }
      float[] color = {(float) (175 / 255.0), (float) (238 / 255.0), (float) (238 / 255.0)};
      float[] out = new float[x.length];
      for (int i = 0; i < n; i++) {
        float mi = m[i] / max * k;
        for (int ch = 0; ch < 3; ch++) {
          out[3 * i + ch] = x[3 * i + ch] + mi * color[ch];
        }
      }
      return Pixels.unitToUint8(out);
    }

    private static byte[] mud(float[] x, double[] liquid, int side, double thr, double k) {
      int n = side * side;
      double[] mask = new double[n];
      for (int i = 0; i < n; i++) {
        mask[i] = liquid[i] > thr ? 1 : 0;
      }
      mask = GaussianFilter.apply(mask, side, side, 1, k, 4, GaussianFilter.Mode.NEAREST, true);
      float[] color = {(float) (63 / 255.0), (float) (42 / 255.0), (float) (20 / 255.0)};
      float[] out = new float[x.length];
      for (int i = 0; i < n; i++) {
        float mi = (float) mask[i];
        if (mi < 0.8f) {
          mi = 0;
        }
        for (int ch = 0; ch < 3; ch++) {
          out[3 * i + ch] = x[3 * i + ch] * (1 - mi) + color[ch] * mi;
        }
      }
      return Pixels.unitToUint8(out);
    }
  }
}
