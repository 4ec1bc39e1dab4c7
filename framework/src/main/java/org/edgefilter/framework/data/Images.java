package org.edgefilter.framework.data;

import java.util.Arrays;

/** Shape checks shared by the image augmentations. */
final class Images {

  private Images() {}

  static void requireHwc(float[] example, int[] shape) {
    if (shape.length != 3) {
      throw new IllegalArgumentException(
          "image augmentation expects a per-example shape [H, W, C], got "
              + Arrays.toString(shape));
    }
    long length = (long) shape[0] * shape[1] * shape[2];
    if (length != example.length) {
      throw new IllegalArgumentException(
          "example has "
              + example.length
              + " values but shape "
              + Arrays.toString(shape)
              + " needs "
              + length);
    }
  }
}
