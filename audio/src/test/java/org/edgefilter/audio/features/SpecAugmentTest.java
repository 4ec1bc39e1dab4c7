package org.edgefilter.audio.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpecAugmentTest {

  private static Spectrogram random(int frames, int mels, long seed) {
    Random r = new Random(seed);
    float[] v = new float[frames * mels];
    for (int i = 0; i < v.length; i++) {
      v[i] = (float) r.nextGaussian() + 3;
    }
    return new Spectrogram(frames, mels, v);
  }

  @Test
  void sameSeedSameMasksDifferentSeedsDiffer() {
    Spectrogram s = random(50, 20, 1);
    SpecAugment aug = new SpecAugment(2, 5, 2, 10);
    assertArrayEquals(aug.apply(s, 42).values(), aug.apply(s, 42).values(), 0f);
    boolean anyDiffers = false;
    for (long seed = 0; seed < 10 && !anyDiffers; seed++) {
      anyDiffers = !Arrays.equals(aug.apply(s, seed).values(), aug.apply(s, seed + 100).values());
    }
    assertTrue(anyDiffers);
  }

  @Test
  void frequencyMaskCoversWholeContiguousBandsWithTheMean() {
    Spectrogram s = random(30, 16, 2);
    float fill = (float) s.mean();
    for (long seed = 0; seed < 50; seed++) {
      Spectrogram out = new SpecAugment(1, 6, 0, 0).apply(s, seed);
      int first = -1;
      int width = 0;
      for (int m = 0; m < 16; m++) {
        boolean masked = true;
        for (int t = 0; t < 30; t++) {
          boolean changed = out.get(t, m) != s.get(t, m);
          masked &= out.get(t, m) == fill;
          if (changed) {
            assertEquals(fill, out.get(t, m), 0f);
          }
        }
        if (masked) {
          if (first < 0) {
            first = m;
          }
          assertEquals(first + width, m, "masked bands are contiguous");
          width++;
        } else {
          for (int t = 0; t < 30; t++) {
            assertEquals(s.get(t, m), out.get(t, m), 0f, "unmasked band untouched");
          }
        }
      }
      assertTrue(width <= 6, "width " + width);
    }
  }

  @Test
  void timeMasksStayWithinTheirWidthAndZeroMasksChangeNothing() {
    Spectrogram s = random(40, 8, 3);
    for (long seed = 0; seed < 50; seed++) {
      Spectrogram out = new SpecAugment(0, 0, 1, 7).apply(s, seed);
      int maskedFrames = 0;
      for (int t = 0; t < 40; t++) {
        boolean changed = false;
        for (int m = 0; m < 8; m++) {
          changed |= out.get(t, m) != s.get(t, m);
        }
        maskedFrames += changed ? 1 : 0;
      }
      assertTrue(maskedFrames <= 7, "masked " + maskedFrames + " frames");
    }
    assertArrayEquals(s.values(), new SpecAugment(0, 5, 0, 5).apply(s, 9).values(), 0f);
    assertFalse(s.values() == new SpecAugment(0, 5, 0, 5).apply(s, 9).values(), "a new array");
  }
}
