package org.edgefilter.nerf.data;

/**
 * A float RGB image, [height, width, 3] row-major (index {@code (y * width + x) * 3 + c}), values
 * nominally in [0, 1]. The pixel array is shared, not copied: treat it as read-only.
 *
 * @param height H
 * @param width W
 * @param pixels [H, W, 3]
 */
public record RgbImage(int height, int width, float[] pixels) {

  public RgbImage {
    if (height <= 0 || width <= 0) {
      throw new IllegalArgumentException(
          "image size must be positive, got " + height + "x" + width);
    }
    if (pixels.length != 3 * height * width) {
      throw new IllegalArgumentException(
          "an "
              + height
              + "x"
              + width
              + "x3 image needs "
              + 3 * height * width
              + " values, got "
              + pixels.length);
    }
  }

  /** A constant image with every pixel equal to (r, g, b). */
  public static RgbImage filled(int height, int width, float r, float g, float b) {
    float[] p = new float[3 * height * width];
    for (int k = 0; k < height * width; k++) {
      p[3 * k] = r;
      p[3 * k + 1] = g;
      p[3 * k + 2] = b;
    }
    return new RgbImage(height, width, p);
  }

  /** Channel c of pixel (y, x). */
  public float get(int y, int x, int c) {
    return pixels[(y * width + x) * 3 + c];
  }

  /** Whether {@code other} has the same height and width. */
  public boolean sameSize(RgbImage other) {
    return height == other.height && width == other.width;
  }
}
