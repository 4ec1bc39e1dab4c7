package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MelFilterbankTest {

  @Test
  void slaneyScaleMatchesLibrosaDocumentedValues() {
    // librosa.hz_to_mel docs (htk=False): hz_to_mel(60) = 0.9; hz_to_mel([110, 220, 440]) =
    // [1.65, 3.3, 6.6]. mel_filter (docs.rs, a port of librosa) documents
    // hz_to_mel(11025) = 49.91059448015905. Slaney's break point: 1000 Hz = 15 mel.
    assertEquals(0.9, MelScale.SLANEY.hzToMel(60), 1e-12);
    assertEquals(1.65, MelScale.SLANEY.hzToMel(110), 1e-12);
    assertEquals(3.3, MelScale.SLANEY.hzToMel(220), 1e-12);
    assertEquals(6.6, MelScale.SLANEY.hzToMel(440), 1e-12);
    assertEquals(15.0, MelScale.SLANEY.hzToMel(1000), 1e-12);
    assertEquals(49.91059448015905, MelScale.SLANEY.hzToMel(11025), 1e-12);
    // librosa.mel_to_hz docs: mel_to_hz(3) = 200; mel_to_hz([1, 2, 3, 4, 5]) =
    // [66.667, 133.333, 200, 266.667, 333.333].
    assertEquals(200.0, MelScale.SLANEY.melToHz(3), 1e-12);
    assertEquals(66.667, MelScale.SLANEY.melToHz(1), 5e-4);
    assertEquals(333.333, MelScale.SLANEY.melToHz(5), 5e-4);
    for (double hz : new double[] {0, 50, 999, 1000, 1001, 4000, 11025}) {
      assertEquals(hz, MelScale.SLANEY.melToHz(MelScale.SLANEY.hzToMel(hz)), 1e-9);
    }
  }

  @Test
  void htkScaleFollowsItsFormula() {
    // mel = 2595 log10(1 + f / 700) (librosa.mel_frequencies docs; HTK Book): at 1000 Hz,
    // 2595 * log10(17 / 7) = 999.98553713962... (by hand: log10(2.428571...) = 0.385350...).
    assertEquals(999.9855371396, MelScale.HTK.hzToMel(1000), 1e-9);
    assertEquals(0.0, MelScale.HTK.hzToMel(0), 0);
    for (double hz : new double[] {0, 60, 1000, 4000, 8000}) {
      assertEquals(hz, MelScale.HTK.melToHz(MelScale.HTK.hzToMel(hz)), 1e-9);
    }
  }

  @Test
  void slaneyFilterbankMatchesLibrosaReferenceValues() {
    // librosa.filters.mel(sr=22050, n_fft=2048) (n_mels=128, htk=False, norm='slaney'): the
    // librosa docs print melfb[0][1] = 0.016; the full leading values of rows 0 and 1 in double
    // precision are documented by the mel_filter crate's example (docs.rs/mel_filter, fn mel).
    MelFilterbank fb =
        MelFilterbank.create(22050, 2048, 128, 0, 11025, MelScale.SLANEY, MelNorm.SLANEY);
    assertEquals(128, fb.mels());
    assertEquals(1025, fb.bins());
    double[] row0 = {
      0, 0.016182853208219942, 0.032365706416439884, 0.028990088037379964, 0.012807234829160026, 0
    };
    double[] row1 = {
      0,
      0,
      0,
      0.009779235793639925,
      0.025962089001859864,
      0.035393705451959974,
      0.01921085224374004,
      0.003027999035520103,
      0
    };
    for (int k = 0; k < row0.length; k++) {
      assertEquals(row0[k], fb.weight(0, k), 1e-12, "row 0 bin " + k);
    }
    for (int k = 0; k < row1.length; k++) {
      assertEquals(row1[k], fb.weight(1, k), 1e-12, "row 1 bin " + k);
    }
  }

  @Test
  void unnormalizedTrianglesPartitionUnityBetweenTheOuterCentres() {
    int sr = 16000;
    int nFft = 512;
    int nMels = 26;
    double fmin = 100;
    double fmax = 7000;
    MelFilterbank fb =
        MelFilterbank.create(sr, nFft, nMels, fmin, fmax, MelScale.HTK, MelNorm.NONE);
    double firstCentre =
        MelScale.HTK.melToHz(
            MelScale.HTK.hzToMel(fmin)
                + (MelScale.HTK.hzToMel(fmax) - MelScale.HTK.hzToMel(fmin)) / (nMels + 1));
    double lastCentre =
        MelScale.HTK.melToHz(
            MelScale.HTK.hzToMel(fmin)
                + (MelScale.HTK.hzToMel(fmax) - MelScale.HTK.hzToMel(fmin)) * nMels / (nMels + 1));
    for (int k = 0; k < fb.bins(); k++) {
      double f = k * (double) sr / nFft;
      double sum = 0;
      double peak = 0;
      for (int m = 0; m < nMels; m++) {
        sum += fb.weight(m, k);
        peak = Math.max(peak, fb.weight(m, k));
      }
      assertTrue(peak <= 1.0 + 1e-12);
      if (f >= firstCentre && f <= lastCentre) {
        assertEquals(1.0, sum, 1e-9, "adjacent triangles sum to 1 at " + f + " Hz");
      }
      if (f <= fmin || f >= fmax) {
        assertEquals(0.0, sum, 1e-12, "nothing outside [fmin, fmax] at " + f + " Hz");
      }
    }
  }

  @Test
  void slaneyNormDividesEachTriangleByHalfItsWidth() {
    MelFilterbank plain =
        MelFilterbank.create(8000, 256, 40, 0, 4000, MelScale.SLANEY, MelNorm.NONE);
    MelFilterbank area =
        MelFilterbank.create(8000, 256, 40, 0, 4000, MelScale.SLANEY, MelNorm.SLANEY);
    double step = MelScale.SLANEY.hzToMel(4000) / 41;
    for (int m = 0; m < 40; m++) {
      double width = MelScale.SLANEY.melToHz(step * (m + 2)) - MelScale.SLANEY.melToHz(step * m);
      for (int k = 0; k < plain.bins(); k++) {
        assertEquals(plain.weight(m, k) * 2 / width, area.weight(m, k), 1e-15);
      }
    }
  }

  @Test
  void rejectsFiltersThatCoverNoBin() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MelFilterbank.create(8000, 64, 128, 0, 4000, MelScale.SLANEY, MelNorm.SLANEY));
    assertTrue(e.getMessage().contains("covers no FFT bin"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> MelFilterbank.create(8000, 256, 40, 0, 5000, MelScale.SLANEY, MelNorm.SLANEY));
  }

  @Test
  void applyIsTheWeightedSum() {
    MelFilterbank fb =
        MelFilterbank.create(8000, 256, 40, 0, 4000, MelScale.SLANEY, MelNorm.SLANEY);
    double[] power = new double[fb.bins()];
    for (int k = 0; k < power.length; k++) {
      power[k] = (k * 37 % 11) + 0.5;
    }
    double[] out = new double[40];
    fb.apply(power, out);
    double[][] w = fb.weights();
    for (int m = 0; m < 40; m++) {
      double expected = 0;
      for (int k = 0; k < power.length; k++) {
        expected += w[m][k] * power[k];
      }
      assertEquals(expected, out[m], 1e-12);
    }
  }
}
