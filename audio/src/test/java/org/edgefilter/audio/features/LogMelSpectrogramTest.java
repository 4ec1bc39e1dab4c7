package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LogMelSpectrogramTest {

  private static final FeatureConfig CONFIG = FeatureConfig.fsdd();

  @Test
  void silenceSitsOnTheFloor() {
    Spectrogram s = new LogMelSpectrogram(CONFIG).compute(new float[8000]);
    assertArrayEquals(new long[] {101, 40, 1}, s.shape());
    for (float v : s.values()) {
      assertEquals(-100f, v, 0f, "10 log10(1e-10)");
    }
  }

  @Test
  void binCentredToneHasTheExpectedLevel() {
    // A sine of amplitude A at exactly bin k0 (1000 Hz = bin 32 of a 256-point FFT at 8 kHz)
    // through a periodic Hann window of length N: the window's DFT is N/2 at bin 0 and -N/4 at
    // bins +-1, so the one-sided power is (A N / 4)^2 at k0 and (A N / 8)^2 at k0 +- 1, zero
    // elsewhere (hand-derived). The mel value is 10 log10 of the filterbank's weighted sum.
    double a = 0.5;
    int n = 256;
    int k0 = 32;
    float[] x = new float[8000];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (a * Math.sin(2 * Math.PI * 1000.0 * i / 8000));
    }
    LogMelSpectrogram logMel = new LogMelSpectrogram(CONFIG);
    Spectrogram s = logMel.compute(x);
    MelFilterbank fb = logMel.filterbank();
    double centre = Math.pow(a * n / 4, 2);
    double side = Math.pow(a * n / 8, 2);
    int t = 50;
    for (int m = 0; m < 40; m++) {
      double p = fb.weight(m, k0) * centre + (fb.weight(m, k0 - 1) + fb.weight(m, k0 + 1)) * side;
      double expected = 10 * Math.log10(Math.max(p, 1e-10));
      assertEquals(expected, s.get(t, m), 1e-3 + Math.abs(expected) * 1e-5, "band " + m);
    }
  }

  @Test
  void framesAreCentredOnHopMultiples() {
    LogMelSpectrogram logMel = new LogMelSpectrogram(CONFIG);
    assertEquals(1 + 1000 / 80, logMel.compute(new float[1000]).frames());
    assertEquals(1, logMel.compute(new float[79]).frames());
    // An impulse at sample 800 = frame 10's centre: frame 10 is the loudest.
    float[] impulse = new float[8000];
    impulse[800] = 1;
    Spectrogram s = logMel.compute(impulse);
    double best = Double.NEGATIVE_INFINITY;
    int bestFrame = -1;
    for (int t = 0; t < s.frames(); t++) {
      if (s.get(t, 20) > best) {
        best = s.get(t, 20);
        bestFrame = t;
      }
    }
    assertEquals(10, bestFrame);
  }
}
