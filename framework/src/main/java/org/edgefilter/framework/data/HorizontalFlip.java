package org.edgefilter.framework.data;

import java.util.SplittableRandom;

/**
 * Mirrors an {@code [H, W, C]} image left to right with probability {@code probability} ({@code
 * torchvision.transforms.RandomHorizontalFlip}, default probability 0.5).
 *
 * @param probability chance of flipping, in [0, 1]
 */
public record HorizontalFlip(double probability) implements Augmentation {

  /** Checks that {@code probability} is in [0, 1]. */
  public HorizontalFlip {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in [0, 1], got " + probability);
    }
  }

  /** Flips half of the images. */
  public static HorizontalFlip half() {
    return new HorizontalFlip(0.5);
  }

  @Override
  public void apply(float[] example, int[] shape, SplittableRandom rng) {
    Images.requireHwc(example, shape);
    // Draw even when the probability is 0 or 1 so the stream position does not depend on it.
    if (rng.nextDouble() >= probability) {
      return;
    }
    int h = shape[0];
    int w = shape[1];
    int c = shape[2];
    for (int y = 0; y < h; y++) {
      for (int left = 0, right = w - 1; left < right; left++, right--) {
        int a = (y * w + left) * c;
        int b = (y * w + right) * c;
        for (int k = 0; k < c; k++) {
          float t = example[a + k];
          example[a + k] = example[b + k];
          example[b + k] = t;
        }
      }
    }
  }
}
