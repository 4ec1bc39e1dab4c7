package org.edgefilter.audio.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ResamplerTest {

  /** RMS over the interior, away from the filter's start-up and tail. */
  private static double rms(float[] x, int margin) {
    double sum = 0;
    for (int i = margin; i < x.length - margin; i++) {
      sum += (double) x[i] * x[i];
    }
    return Math.sqrt(sum / (x.length - 2 * margin));
  }

  private static double db(double ratio) {
    return 20 * Math.log10(ratio);
  }

  /** Magnitude of a Hann-windowed DFT of the interior at {@code hz} (plain loop, no FFT). */
  private static double magnitudeAt(float[] x, int rate, double hz, int margin) {
    int n = x.length - 2 * margin;
    double re = 0;
    double im = 0;
    for (int i = 0; i < n; i++) {
      double w = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / n);
      double phase = 2 * Math.PI * hz * i / rate;
      re += w * x[margin + i] * Math.cos(phase);
      im -= w * x[margin + i] * Math.sin(phase);
    }
    return Math.hypot(re, im);
  }

  @Test
  void keepsAOneKilohertzToneAt44100To8000() {
    float[] in = WavFiles.sine(1000, 0.8, 44100, 44100);
    float[] out = Resampler.create(44100, 8000).apply(in);
    assertEquals(8000, out.length);
    double best = -1;
    double bestHz = -1;
    for (double hz = 10; hz < 4000; hz += 5) {
      double m = magnitudeAt(out, 8000, hz, 100);
      if (m > best) {
        best = m;
        bestHz = hz;
      }
    }
    assertEquals(1000.0, bestHz, 0.0, "spectral peak of the resampled tone");
    double gainDb = db(rms(out, 100) / (0.8 / Math.sqrt(2)));
    assertEquals(0.0, gainDb, 0.05, "passband gain in dB");
  }

  @Test
  void suppressesA6KilohertzToneThatWouldAliasTo2Kilohertz() {
    float[] in = WavFiles.sine(6000, 0.8, 44100, 44100);
    float[] out = Resampler.create(44100, 8000).apply(in);
    double attenuationDb = -db(rms(out, 100) / rms(in, 0));
    assertTrue(attenuationDb > 40, "6 kHz attenuated by only " + attenuationDb + " dB");

    // The same check catches sample dropping: picking every 5.5125th sample folds the tone to
    // 2 kHz at full level.
    float[] dropped = new float[8000];
    for (int i = 0; i < dropped.length; i++) {
      dropped[i] = in[(int) Math.round(i * 44100.0 / 8000) % in.length];
    }
    assertTrue(-db(rms(dropped, 100) / rms(in, 0)) < 1, "sample dropping keeps the alias");
  }

  @Test
  void meetsItsBandEdges() {
    Resampler r = Resampler.create(44100, 8000);
    assertEquals(3600.0, r.passbandEdgeHz(), 1e-9);
    assertEquals(4000.0, r.stopbandEdgeHz(), 1e-9);
    double passDb =
        db(rms(r.apply(WavFiles.sine(3500, 0.5, 44100, 44100)), 100) / (0.5 / Math.sqrt(2)));
    assertEquals(0.0, passDb, 0.1, "3.5 kHz is in the passband");
    double stopDb =
        -db(rms(r.apply(WavFiles.sine(4200, 0.5, 44100, 44100)), 100) / (0.5 / Math.sqrt(2)));
    assertTrue(stopDb > 60, "4.2 kHz (folds to 3.8 kHz) attenuated by only " + stopDb + " dB");
  }

  @Test
  void upsamplingKeepsTheToneAndItsLevel() {
    float[] in = WavFiles.sine(1000, 0.5, 8000, 8000);
    float[] out = Resampler.create(8000, 44100).apply(in);
    assertEquals(44100, out.length);
    double gainDb = db(rms(out, 600) / (0.5 / Math.sqrt(2)));
    assertEquals(0.0, gainDb, 0.05);
    assertTrue(
        magnitudeAt(out, 44100, 1000, 600) > 100 * magnitudeAt(out, 44100, 7000, 600),
        "no image of the tone at 8 kHz - 1 kHz");
  }

  @Test
  void phaseTableMatchesDirectEvaluation() {
    Random random = new Random(7);
    float[] noise = new float[5000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (float) random.nextGaussian() * 0.3f;
    }
    int[][] pairs = {{44100, 8000}, {8000, 11025}, {48000, 16000}, {22050, 8000}};
    for (int[] p : pairs) {
      float[] table = Resampler.create(p[0], p[1]).apply(noise);
      float[] direct = Resampler.direct(p[0], p[1]).apply(noise);
      assertArrayEquals(direct, table, 1e-6f, p[0] + " -> " + p[1]);
    }
  }

  @Test
  void lengthsAndIdentity() {
    Resampler r = Resampler.create(44100, 8000);
    assertEquals(8000, r.outputLength(44100));
    assertEquals(1, r.outputLength(3), "ceil(3 x 80 / 441)");
    assertEquals(0, r.apply(new float[0]).length);
    assertEquals(555, r.taps(), "Kaiser length for 80 dB over a 400 Hz band at 44.1 kHz");

    float[] x = {1, 2, 3};
    float[] same = Resampler.create(8000, 8000).apply(x);
    assertArrayEquals(x, same, 0f);
    assertNotSame(x, same);
    assertThrows(IllegalArgumentException.class, () -> Resampler.create(0, 8000));
    assertThrows(IllegalArgumentException.class, () -> Resampler.create(8000, 16000, 1.2, 80));
  }

  @Test
  void besselI0MatchesTabulatedValues() {
    // Abramowitz and Stegun, Handbook of Mathematical Functions, table 9.8 (I0(x) = e^x * table).
    assertEquals(1.0, Resampler.besselI0(0), 0);
    assertEquals(1.266065877752008, Resampler.besselI0(1), 1e-14);
    assertEquals(27.23987182360445, Resampler.besselI0(5), 1e-11);
  }
}
