package org.edgefilter.vision.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** Corruption outputs worked out by hand from the definitions in shared/corruptions.md. */
class HandComputedCorruptionsTest {

  private static int at(byte[] img, int row, int col, int c) {
    return img[(row * 32 + col) * 3 + c] & 0xFF;
  }

  private static byte[] filled(int r, int g, int b) {
    byte[] img = new byte[3072];
    for (int p = 0; p < 1024; p++) {
      img[3 * p] = (byte) r;
      img[3 * p + 1] = (byte) g;
      img[3 * p + 2] = (byte) b;
    }
    return img;
  }

  @Test
  void brightnessScalesByValueAndTurnsBlackGrey() {
    byte[] img = filled(100, 50, 25);
    img[0] = img[1] = img[2] = 0;
    byte[] out = new DigitalCorruptions.Brightness(Resolution.CIFAR).apply(img, 32, 1, null);
    // black: V = 0 -> 0.05, S = 0 -> grey 0.05 * 255 = 12.75 -> 12
    assertEquals(12, at(out, 0, 0, 0));
    assertEquals(12, at(out, 0, 0, 2));
    // (100, 50, 25): V = 100/255 -> 100/255 + 0.05, hue and saturation kept, so every channel is
    // scaled by (100/255 + 0.05) / (100/255) = 1.1275: 112.75, 56.375, 28.1875 -> 112, 56, 28
    assertEquals(112, at(out, 5, 5, 0));
    assertEquals(56, at(out, 5, 5, 1));
    assertEquals(28, at(out, 5, 5, 2));
  }

  @Test
  void contrastPullsTowardTheChannelMean() {
    byte[] img = filled(0, 0, 255);
    for (int p = 512; p < 1024; p++) {
      img[3 * p] = (byte) 255;
    }
    byte[] out = new DigitalCorruptions.Contrast(Resolution.CIFAR).apply(img, 32, 1, null);
    // red mean 0.5, c = 0.75: 0 -> 0.125 * 255 = 31.875 -> 31; 1 -> 0.875 * 255 = 223.125 -> 223
    assertEquals(31, at(out, 0, 0, 0));
    assertEquals(223, at(out, 31, 31, 0));
    // constant channels stay: green 0, blue 255
    assertEquals(0, at(out, 3, 3, 1));
    assertEquals(255, at(out, 3, 3, 2));
  }

  @Test
  void pixelateAveragesThenRepeats() {
    // column j holds 7 j in every row and channel; severity 1 resizes 32 -> 30 -> 32 with BOX.
    byte[] img = new byte[3072];
    for (int p = 0; p < 1024; p++) {
      for (int c = 0; c < 3; c++) {
        img[3 * p + c] = (byte) (7 * (p % 32));
      }
    }
    byte[] out = new DigitalCorruptions.Pixelate(Resolution.CIFAR).apply(img, 32, 1, null);
    // Down, scale 32/30: output 7 has centre 8.0 and covers inputs 7 and 8 (t = -0.469, 0.469),
    // weights 1/2 each in 22-bit fixed point: (2^21 + (49 + 56) 2^21) >> 22 = 53. Up, scale
    // 30/32: output o copies input floor((o + 0.5) 0.9375), so outputs 7 and 8 both take 53.
    assertEquals(53, at(out, 10, 7, 0));
    assertEquals(53, at(out, 10, 8, 1));
    // output 0 <- small 0 <- input 0; output 31 <- small 29 (centre 31.47, only input 31) = 217
    assertEquals(0, at(out, 0, 0, 2));
    assertEquals(217, at(out, 31, 31, 0));
  }

  @Test
  void gaussianNoiseWithAFixedDraw() {
    RandomGenerator plusOne =
        new RandomGenerator() {
          @Override
          public long nextLong() {
            throw new UnsupportedOperationException();
          }

          @Override
          public double nextGaussian() {
            return 1.0;
          }
        };
    byte[] img = filled(100, 250, 0);
    byte[] out = new NoiseCorruptions.GaussianNoise(Resolution.CIFAR).apply(img, 32, 1, plusOne);
    // sigma 0.04: 100/255 + 0.04 = 0.43216 -> 110.2 -> 110; 250/255 + 0.04 > 1 -> 255;
    // 0 + 0.04 -> 10.2 -> 10
    assertEquals(110, at(out, 7, 9, 0));
    assertEquals(255, at(out, 7, 9, 1));
    assertEquals(10, at(out, 7, 9, 2));
    byte[] out5 =
        new NoiseCorruptions.GaussianNoise(Resolution.TINY_IMAGENET)
            .apply(filled(100, 250, 0), 32, 5, plusOne);
    // Tiny-ImageNet severity 5, sigma 0.18: 100/255 + 0.18 -> 145.9 -> 145
    assertEquals(145, at(out5, 0, 0, 0));
  }
}
