package org.edgefilter.vision.corrupt;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Image operations checked against their definitions and published constants. */
class PrimitivesTest {

  @Test
  void gaussianRadiiMatchTheFactsSheet() {
    // shared/corruptions.md: CIFAR gaussian_blur radii 2,2,3,3,4; glass 0,1,2,1,2; elastic
    // (truncate 3) -,19,6,4,3; Tiny gaussian_blur 2,3,4,5,6.
    double[] blur = {.4, .6, .7, .8, 1};
    double[] glass = {.05, .25, .4, .25, .4};
    double[] elastic = {32 * .2, 32 * .06, 32 * .04, 32 * .03};
    double[] tiny = {.5, .75, 1, 1.25, 1.5};
    int[] rb = new int[5];
    int[] rg = new int[5];
    int[] rt = new int[5];
    int[] re = new int[4];
    for (int i = 0; i < 5; i++) {
      rb[i] = GaussianFilter.radius(blur[i], 4);
      rg[i] = GaussianFilter.radius(glass[i], 4);
      rt[i] = GaussianFilter.radius(tiny[i], 4);
    }
    for (int i = 0; i < 4; i++) {
      re[i] = GaussianFilter.radius(elastic[i], 3);
    }
    assertArrayEquals(new int[] {2, 2, 3, 3, 4}, rb);
    assertArrayEquals(new int[] {0, 1, 2, 1, 2}, rg);
    assertArrayEquals(new int[] {2, 3, 4, 5, 6}, rt);
    assertArrayEquals(new int[] {19, 6, 4, 3}, re);
  }

  @Test
  void gaussianFilterMatchesAPlainConvolution() {
    // Reference: a direct 2-D sum with separable weights exp(-k^2 / 2 sigma^2) / Z, edge clamped.
    int h = 7;
    int w = 9;
    double sigma = 0.8;
    double[] img = new double[h * w];
    SplittableRandom rng = new SplittableRandom(4);
    for (int i = 0; i < img.length; i++) {
      img[i] = rng.nextDouble();
    }
    double[] out = GaussianFilter.apply(img, h, w, 1, sigma, 4, GaussianFilter.Mode.NEAREST, false);
    int r = 3;
    double z = 0;
    for (int k = -r; k <= r; k++) {
      z += Math.exp(-k * k / (2 * sigma * sigma));
    }
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        double s = 0;
        for (int i = -r; i <= r; i++) {
          for (int j = -r; j <= r; j++) {
            int yy = Math.min(Math.max(y + i, 0), h - 1);
            int xx = Math.min(Math.max(x + j, 0), w - 1);
            s += Math.exp(-(i * i + j * j) / (2 * sigma * sigma)) / (z * z) * img[yy * w + xx];
          }
        }
        assertEquals(s, out[y * w + x], 1e-12);
      }
    }
    // reflect mode is half-sample symmetric
    assertEquals(0, GaussianFilter.index(-1, 5, GaussianFilter.Mode.REFLECT));
    assertEquals(1, GaussianFilter.index(-2, 5, GaussianFilter.Mode.REFLECT));
    assertEquals(4, GaussianFilter.index(5, 5, GaussianFilter.Mode.REFLECT));
  }

  @Test
  void numpySumOrderGivesTheExactSum() {
    double[] a = new double[300];
    for (int i = 0; i < a.length; i++) {
      a[i] = i % 7 * 0.5;
    }
    double exact = 0;
    for (double v : a) {
      exact += v;
    }
    assertEquals(exact, Pixels.numpySum(a, 0, a.length), 0);
  }

  @Test
  void poissonHasMeanAndVarianceLambda() {
    for (double lambda : new double[] {0.7, 6, 42.5, 500}) {
      SplittableRandom rng = new SplittableRandom(11);
      int n = 100_000;
      double s = 0;
      double s2 = 0;
      for (int i = 0; i < n; i++) {
        long k = Poisson.sample(lambda, rng);
        s += k;
        s2 += (double) k * k;
      }
      double mean = s / n;
      double var = s2 / n - mean * mean;
      // standard error of the mean is sqrt(lambda / n); allow 5 of them
      assertEquals(lambda, mean, 5 * Math.sqrt(lambda / n), "mean for " + lambda);
      assertEquals(lambda, var, 0.03 * lambda + 0.02, "variance for " + lambda);
    }
  }

  @Test
  void jpegUsesIjgTablesAndFourTwoZeroSampling() {
    // jpeg_quality_scaling(80) = 40: luminance DC 16 * 40 / 100 = 6.4 -> (640 + 50) / 100 = 6
    assertEquals(6, JpegRoundTrip.scaledTable(JpegRoundTrip.LUMINANCE, 80)[0]);
    assertArrayEquals(
        JpegRoundTrip.LUMINANCE, JpegRoundTrip.scaledTable(JpegRoundTrip.LUMINANCE, 50));
    // quality 40: 5000 / 40 = 125; 99 * 125 = 12375 -> (12375 + 50) / 100 = 124
    assertEquals(124, JpegRoundTrip.scaledTable(JpegRoundTrip.CHROMINANCE, 40)[63]);
    byte[] img = new byte[32 * 32 * 3];
    for (int i = 0; i < img.length; i++) {
      img[i] = (byte) (i * 13);
    }
    byte[] jpg = JpegRoundTrip.encode(img, 32, 32, 58);
    int[] zigzag = {
      0, 1, 8, 16, 9, 2, 3, 10, 17, 24, 32, 25, 18, 11, 4, 5, 12, 19, 26, 33, 40, 48, 41, 34, 27,
      20, 13, 6, 7, 14, 21, 28, 35, 42, 49, 56, 57, 50, 43, 36, 29, 22, 15, 23, 30, 37, 44, 51, 58,
      59, 52, 45, 38, 31, 39, 46, 53, 60, 61, 54, 47, 55, 62, 63
    };
    int tables = 0;
    boolean sof = false;
    for (int i = 2; i + 4 < jpg.length; ) {
      if ((jpg[i] & 0xFF) != 0xFF) {
        break;
      }
      int marker = jpg[i + 1] & 0xFF;
      int len = (jpg[i + 2] & 0xFF) << 8 | (jpg[i + 3] & 0xFF);
      if (marker == 0xDB) {
        for (int p = i + 4; p < i + 2 + len; p += 65) {
          int id = jpg[p] & 0x0F;
          int[] expected =
              JpegRoundTrip.scaledTable(
                  id == 0 ? JpegRoundTrip.LUMINANCE : JpegRoundTrip.CHROMINANCE, 58);
          for (int k = 0; k < 64; k++) {
            assertEquals(expected[zigzag[k]], jpg[p + 1 + k] & 0xFF, "table " + id + " " + k);
          }
          tables++;
        }
      } else if (marker == 0xC0) {
        sof = true;
        assertEquals(3, jpg[i + 9]);
        assertEquals(0x22, jpg[i + 11] & 0xFF);
        assertEquals(0x11, jpg[i + 14] & 0xFF);
        assertEquals(0x11, jpg[i + 17] & 0xFF);
      } else if (marker == 0xDA) {
        break;
      }
      i += 2 + len;
    }
    assertEquals(2, tables);
    assertTrue(sof, "no baseline SOF0 marker");
  }

  @Test
  void distanceTransformUsesTheFiveByFiveChamfer() {
    byte[] img = new byte[9 * 9];
    java.util.Arrays.fill(img, (byte) 255);
    img[4 * 9 + 4] = 0;
    float[] d = OpenCvOps.distanceTransform(img, 9, 9);
    assertEquals(0f, d[4 * 9 + 4]);
    assertEquals(1f, d[4 * 9 + 5], 1e-4);
    assertEquals(1.4f, d[5 * 9 + 5], 1e-4);
    assertEquals(2.1969f, d[5 * 9 + 6], 1e-4);
    assertEquals(3f, d[4 * 9 + 7], 1e-4);
  }

  @Test
  void plasmaFractalSpansZeroToOneAndZoomOneIsIdentity() {
    double[] m = PlasmaFractal.generate(32, 2, new SplittableRandom(5));
    double min = 1;
    double max = 0;
    for (double v : m) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    assertEquals(0, min);
    assertEquals(1, max);
    double[] img = new double[32 * 32 * 3];
    for (int i = 0; i < img.length; i++) {
      img[i] = i;
    }
    assertArrayEquals(img, ClippedZoom.apply(img, 32, 3, 1.0));
    // snow's z = 2.25 on 32: crop 15 at offset 8, zoomed to 34, trim 1 (shared/corruptions.md)
    // Bilinear interpolation reproduces a linear ramp exactly: output (0, 0) samples the crop at
    // (1 * 14 / 33, 1 * 14 / 33), i.e. the image at (8 + 14/33, 8 + 14/33).
    double[] z = ClippedZoom.apply(img, 32, 3, 2.25);
    double c = 8 + 14.0 / 33;
    assertEquals((c * 32 + c) * 3, z[0], 1e-9);
  }

  @Test
  void hsvRoundTripsAndMatchesKnownColours() {
    double[] hsv = new double[3];
    double[] rgb = new double[3];
    Hsv.fromRgb(0, 0, 1, hsv);
    assertArrayEquals(new double[] {2.0 / 3, 1, 1}, hsv, 1e-15);
    Hsv.fromRgb(1, 1, 0, hsv);
    assertArrayEquals(new double[] {1.0 / 6, 1, 1}, hsv, 1e-15);
    SplittableRandom rng = new SplittableRandom(2);
    for (int i = 0; i < 1000; i++) {
      double r = rng.nextDouble();
      double g = rng.nextDouble();
      double b = rng.nextDouble();
      Hsv.fromRgb(r, g, b, hsv);
      Hsv.toRgb(hsv[0], hsv[1], hsv[2], rgb);
      assertArrayEquals(new double[] {r, g, b}, rgb, 1e-12);
    }
  }
}
