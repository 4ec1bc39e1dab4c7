package org.edgefilter.framework.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpectraTest {

  private static final double EPS = 1e-9;

  @Test
  void constantMapHasAllEnergyAtDc() {
    int n = 2, h = 8, w = 8, c = 3;
    float[] x = new float[n * h * w * c];
    java.util.Arrays.fill(x, 2.5f);
    Spectrum s = Spectra.radial2d(x, n, h, w, c);
    double[] magnitude = s.magnitude();
    assertEquals(2.5, magnitude[0], EPS, "normalized DC magnitude is the mean");
    for (int b = 1; b < s.bins(); b++) {
      assertEquals(0, magnitude[b], EPS, "bin " + b);
    }
    assertEquals(6.25, s.totalEnergy(), EPS, "energy sums to the mean square");
    assertEquals(1.0, s.lowFrequencyEnergyFraction(0), EPS);
  }

  @Test
  void checkerboardHasAllEnergyAtTheHighestRadius() {
    for (int[] size : new int[][] {{8, 8}, {6, 10}}) {
      int h = size[0], w = size[1];
      float[] x = new float[h * w];
      for (int y = 0; y < h; y++) {
        for (int col = 0; col < w; col++) {
          x[y * w + col] = (y + col) % 2 == 0 ? 1 : -1;
        }
      }
      Spectrum s = Spectra.radial2d(x, 1, h, w, 1);
      // (-1)^(y+x) is the single frequency (h/2, w/2): radius max(h,w) * sqrt(1/4 + 1/4).
      int expectedBin = (int) Math.round(Math.max(h, w) * Math.sqrt(0.5));
      assertEquals(expectedBin, s.bins() - 1, h + "x" + w);
      assertEquals(expectedBin, s.peakBin(), h + "x" + w);
      assertEquals(1.0, s.energy()[expectedBin], EPS);
      assertEquals(0.0, s.lowFrequencyEnergyFraction(expectedBin - 1), EPS);
    }
  }

  @Test
  void cosinePeaksAtItsFrequency() {
    int h = 16, w = 16, k0 = 3;
    float[] x = new float[h * w];
    for (int y = 0; y < h; y++) {
      for (int col = 0; col < w; col++) {
        x[y * w + col] = (float) (1 + Math.cos(2 * Math.PI * k0 * col / w));
      }
    }
    Spectrum s = Spectra.radial2d(x, 1, h, w, 1);
    // By hand: DC carries 1 (energy 1); cos splits into (0, 3) and (0, 13), 1/2 each (energy 1/2).
    double[] energy = s.energy();
    assertEquals(1.0, energy[0], 1e-6);
    assertEquals(0.5, energy[k0], 1e-6);
    assertEquals(1.0 / s.counts()[k0], s.magnitude()[k0], 1e-6);
    assertEquals(2.0 / 3, s.lowFrequencyEnergyFraction(2.9), 1e-6);
    assertEquals(1.0, s.lowFrequencyEnergyFraction(k0), 1e-6);
    // Excluding DC, the peak is the cosine's bin.
    double[] magnitude = s.magnitude();
    for (int b = 1; b < s.bins(); b++) {
      assertTrue(b == k0 || magnitude[b] < magnitude[k0] - 1e-3, "bin " + b);
    }
  }

  @Test
  void radialSpectrumMatchesADirectDft() {
    Random random = new Random(11);
    for (int[] shape : new int[][] {{2, 6, 10, 3}, {1, 8, 16, 2}, {1, 5, 5, 1}, {1, 1, 7, 1}}) {
      int n = shape[0], h = shape[1], w = shape[2], c = shape[3];
      float[] x = new float[n * h * w * c];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) random.nextGaussian();
      }
      double[][] expected = directRadial(x, n, h, w, c);
      Spectrum s = Spectra.radial2d(x, n, h, w, c);
      assertArrayClose(expected[0], s.magnitude(), java.util.Arrays.toString(shape));
      assertArrayClose(expected[1], s.energy(), java.util.Arrays.toString(shape));
      double meanSquare = 0;
      for (float v : x) {
        meanSquare += (double) v * v / x.length;
      }
      assertEquals(meanSquare, s.totalEnergy(), 1e-9, "Parseval");
    }
  }

  @Test
  void sequenceSpectrumMatchesADirectDftAndPeaks() {
    Random random = new Random(5);
    for (int length : new int[] {12, 16, 7}) {
      int batch = 2, channels = 3;
      float[] x = new float[batch * length * channels];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) random.nextGaussian();
      }
      double[][] expected = direct1d(x, batch, length, channels);
      Spectrum s = Spectra.axis1(x, batch, length, channels);
      assertEquals(length / 2 + 1, s.bins());
      assertArrayClose(expected[0], s.magnitude(), "L=" + length);
      assertArrayClose(expected[1], s.energy(), "L=" + length);
    }
    // cos(2 pi 2 t / 16) along the tokens of every channel peaks at bin 2.
    int length = 16, channels = 4;
    float[] x = new float[length * channels];
    for (int t = 0; t < length; t++) {
      for (int ch = 0; ch < channels; ch++) {
        x[t * channels + ch] = (float) Math.cos(2 * Math.PI * 2 * t / length);
      }
    }
    Spectrum s = Spectra.axis1(x, 1, length, channels);
    assertEquals(2, s.peakBin());
    assertEquals(0.5, s.energy()[2], 1e-6);
    assertEquals(0.0, s.lowFrequencyEnergyFraction(1), 1e-6);
  }

  @Test
  void wrongShapeIsAClearError() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Spectra.radial2d(new float[10], 1, 3, 3, 1));
    assertTrue(e.getMessage().contains("[1, 3, 3, 1]"), e.getMessage());
  }

  /** The definition spelled out: a direct double sum per frequency, then ring averages. */
  private static double[][] directRadial(float[] x, int n, int h, int w, int c) {
    int size = Math.max(h, w);
    int maxBin = 0;
    int[][] bin = new int[h][w];
    for (int ky = 0; ky < h; ky++) {
      for (int kx = 0; kx < w; kx++) {
        double fy = Math.min(ky, h - ky) / (double) h; // |signed frequency|, same radius
        double fx = Math.min(kx, w - kx) / (double) w;
        bin[ky][kx] = (int) Math.round(size * Math.hypot(fy, fx));
        maxBin = Math.max(maxBin, bin[ky][kx]);
      }
    }
    double[] magnitude = new double[maxBin + 1];
    double[] energy = new double[maxBin + 1];
    int[] count = new int[maxBin + 1];
    for (int ky = 0; ky < h; ky++) {
      for (int kx = 0; kx < w; kx++) {
        count[bin[ky][kx]]++;
      }
    }
    for (int s = 0; s < n; s++) {
      for (int ch = 0; ch < c; ch++) {
        for (int ky = 0; ky < h; ky++) {
          for (int kx = 0; kx < w; kx++) {
            double re = 0, im = 0;
            for (int y = 0; y < h; y++) {
              for (int col = 0; col < w; col++) {
                double v = x[((s * h + y) * w + col) * c + ch];
                double angle = -2 * Math.PI * ((double) ky * y / h + (double) kx * col / w);
                re += v * Math.cos(angle);
                im += v * Math.sin(angle);
              }
            }
            double abs = Math.hypot(re, im) / (h * w);
            magnitude[bin[ky][kx]] += abs / (n * c * count[bin[ky][kx]]);
            energy[bin[ky][kx]] += abs * abs / (n * c);
          }
        }
      }
    }
    return new double[][] {magnitude, energy};
  }

  private static double[][] direct1d(float[] x, int batch, int length, int channels) {
    int bins = length / 2 + 1;
    double[] magnitude = new double[bins];
    double[] energy = new double[bins];
    int[] count = new int[bins];
    for (int k = 0; k < length; k++) {
      count[Math.min(k, length - k)]++;
    }
    for (int b = 0; b < batch; b++) {
      for (int ch = 0; ch < channels; ch++) {
        for (int k = 0; k < length; k++) {
          double re = 0, im = 0;
          for (int t = 0; t < length; t++) {
            double v = x[(b * length + t) * channels + ch];
            re += v * Math.cos(-2 * Math.PI * k * t / length);
            im += v * Math.sin(-2 * Math.PI * k * t / length);
          }
          double abs = Math.hypot(re, im) / length;
          int bin = Math.min(k, length - k);
          magnitude[bin] += abs / (batch * channels * count[bin]);
          energy[bin] += abs * abs / (batch * channels);
        }
      }
    }
    return new double[][] {magnitude, energy};
  }

  private static void assertArrayClose(double[] expected, double[] actual, String what) {
    assertEquals(expected.length, actual.length, what + " bins");
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-9, what + " bin " + i);
    }
  }
}
