package org.edgefilter.framework.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AugmentationTest {

  private static final int H = 5;
  private static final int W = 4;
  private static final int C = 2;

  /** Every value distinct and non-zero, so a crop's shift can be recovered. */
  private static float[] image() {
    float[] v = new float[H * W * C];
    for (int i = 0; i < v.length; i++) {
      v[i] = i + 1;
    }
    return v;
  }

  /** The shifts (dy, dx) under which {@code out} equals {@code in} translated with fill 0. */
  private static Set<String> consistentShifts(float[] in, float[] out, int padding) {
    Set<String> shifts = new HashSet<>();
    for (int dy = -padding; dy <= padding; dy++) {
      for (int dx = -padding; dx <= padding; dx++) {
        boolean ok = true;
        for (int y = 0; y < H && ok; y++) {
          for (int x = 0; x < W && ok; x++) {
            for (int c = 0; c < C && ok; c++) {
              int sy = y + dy;
              int sx = x + dx;
              float expected =
                  sy >= 0 && sy < H && sx >= 0 && sx < W ? in[(sy * W + sx) * C + c] : 0f;
              ok = out[(y * W + x) * C + c] == expected;
            }
          }
        }
        if (ok) {
          shifts.add(dy + "," + dx);
        }
      }
    }
    return shifts;
  }

  @Test
  void randomCropIsAZeroPaddedTranslationCoveringEveryOffset() {
    int padding = 2;
    RandomCrop crop = RandomCrop.of(padding);
    SplittableRandom rng = new SplittableRandom(3);
    Set<String> seen = new HashSet<>();
    for (int trial = 0; trial < 400; trial++) {
      float[] out = image();
      crop.apply(out, new int[] {H, W, C}, rng);
      Set<String> shifts = consistentShifts(image(), out, padding);
      assertEquals(1, shifts.size(), "exactly one translation explains the crop");
      seen.addAll(shifts);
    }
    assertEquals((2 * padding + 1) * (2 * padding + 1), seen.size(), "all offsets occur");
  }

  @Test
  void flipMirrorsColumnsKeepingChannels() {
    float[] out = image();
    new HorizontalFlip(1.0).apply(out, new int[] {H, W, C}, new SplittableRandom(0));
    float[] in = image();
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        for (int c = 0; c < C; c++) {
          assertEquals(in[(y * W + (W - 1 - x)) * C + c], out[(y * W + x) * C + c]);
        }
      }
    }
    float[] unchanged = image();
    new HorizontalFlip(0.0).apply(unchanged, new int[] {H, W, C}, new SplittableRandom(0));
    assertArrayEquals(image(), unchanged);
  }

  @Test
  void halfOfTheImagesAreFlipped() {
    SplittableRandom rng = new SplittableRandom(11);
    int flipped = 0;
    int trials = 2000;
    for (int i = 0; i < trials; i++) {
      float[] out = image();
      HorizontalFlip.half().apply(out, new int[] {H, W, C}, rng);
      if (out[0] != 1f) {
        flipped++;
      }
    }
    // Binomial(2000, 0.5): standard deviation ~22, so +-110 is about five deviations.
    assertTrue(Math.abs(flipped - trials / 2) < 110, "flipped " + flipped + " of " + trials);
  }

  @Test
  void sameStreamGivesSameAugmentation() {
    Augmentation both = RandomCrop.of(1).andThen(HorizontalFlip.half());
    float[] a = image();
    float[] b = image();
    both.apply(a, new int[] {H, W, C}, Seeds.rng(9, 1, 2));
    both.apply(b, new int[] {H, W, C}, Seeds.rng(9, 1, 2));
    assertArrayEquals(a, b);
  }
}
