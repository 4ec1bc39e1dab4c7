package org.edgefilter.framework.data;

import java.util.SplittableRandom;

/**
 * Pads an {@code [H, W, C]} image by {@code padding} pixels on each side with a constant and takes
 * an {@code H x W} crop at a uniformly random offset: the standard CIFAR augmentation ({@code
 * torchvision.transforms.RandomCrop(32, padding=4)}, whose default fill is 0).
 *
 * @param padding pixels added on every side, at least 0
 * @param fill the value of padded pixels
 */
public record RandomCrop(int padding, float fill) implements Augmentation {

  /** Checks that {@code padding} is at least 0. */
  public RandomCrop {
    if (padding < 0) {
      throw new IllegalArgumentException("padding must be >= 0, got " + padding);
    }
  }

  /** Zero-filled padding. */
  public static RandomCrop of(int padding) {
    return new RandomCrop(padding, 0f);
  }

  @Override
  public void apply(float[] example, int[] shape, SplittableRandom rng) {
    Images.requireHwc(example, shape);
    int h = shape[0];
    int w = shape[1];
    int c = shape[2];
    // Offsets into the padded image, each uniform over the 2 * padding + 1 possible positions.
    int dy = rng.nextInt(2 * padding + 1) - padding;
    int dx = rng.nextInt(2 * padding + 1) - padding;
    if (dy == 0 && dx == 0) {
      return;
    }
    float[] source = example.clone();
    for (int y = 0; y < h; y++) {
      int sy = y + dy;
      for (int x = 0; x < w; x++) {
        int sx = x + dx;
        int out = (y * w + x) * c;
        boolean inside = sy >= 0 && sy < h && sx >= 0 && sx < w;
        int in = (sy * w + sx) * c;
        for (int k = 0; k < c; k++) {
          example[out + k] = inside ? source[in + k] : fill;
        }
      }
    }
  }
}
