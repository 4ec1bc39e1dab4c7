package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class StftTest {

  @Test
  void periodicHannWindow() {
    // 0.5 - 0.5 cos(2 pi j / 4) for j = 0..3, by hand.
    assertArrayEquals(new double[] {0, 0.5, 1, 0.5}, Stft.periodicHann(4), 1e-15);
    double[] w = Stft.periodicHann(8);
    assertEquals(1.0, w[4], 1e-15);
    assertEquals(w[1], w[7], 1e-15);
  }

  @Test
  void powerMatchesAPlainDftOfCentredZeroPaddedFrames() {
    Random random = new Random(3);
    float[] x = new float[203];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) random.nextGaussian();
    }
    int nFft = 64;
    int hop = 16;
    Stft stft = new Stft(nFft, hop);
    double[][] power = stft.power(x);
    assertEquals(1 + 203 / 16, power.length);
    double[] window = Stft.periodicHann(nFft);
    for (int t = 0; t < power.length; t++) {
      for (int k = 0; k <= nFft / 2; k++) {
        double re = 0;
        double im = 0;
        for (int j = 0; j < nFft; j++) {
          int i = t * hop - nFft / 2 + j;
          double v = i >= 0 && i < x.length ? x[i] * window[j] : 0;
          re += v * Math.cos(2 * Math.PI * j * k / nFft);
          im -= v * Math.sin(2 * Math.PI * j * k / nFft);
        }
        double expected = re * re + im * im;
        assertEquals(
            expected, power[t][k], 1e-9 * Math.max(1, expected), "frame " + t + " bin " + k);
      }
    }
  }

  @Test
  void rejectsNonPowerOfTwoAndBadHop() {
    assertThrows(IllegalArgumentException.class, () -> new Stft(400, 100));
    assertThrows(IllegalArgumentException.class, () -> new Stft(256, 0));
    assertThrows(IllegalArgumentException.class, () -> new Stft(256, 257));
  }
}
