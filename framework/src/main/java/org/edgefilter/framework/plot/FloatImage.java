package org.edgefilter.framework.plot;

import java.util.Objects;

/**
 * An image as floats in [0, 1], row-major, channels last: {@code [height, width, channels]} with 1
 * (gray) or 3 (RGB) channels, the layout the models and readers use.
 *
 * @param pixels {@code [height * width * channels]}; not copied, do not modify afterwards
 * @param height rows
 * @param width columns
 * @param channels 1 or 3
 */
public record FloatImage(float[] pixels, int height, int width, int channels) {

  public FloatImage {
    Objects.requireNonNull(pixels, "pixels");
    if (height <= 0 || width <= 0) {
      throw new IllegalArgumentException(
          "image size must be positive, got " + height + "x" + width);
    }
    if (channels != 1 && channels != 3) {
      throw new IllegalArgumentException(
          "an image has 1 (gray) or 3 (RGB) channels, got " + channels);
    }
    if ((long) height * width * channels != pixels.length) {
      throw new IllegalArgumentException(
          "pixels has "
              + pixels.length
              + " values, expected "
              + height
              + "*"
              + width
              + "*"
              + channels
              + " = "
              + (long) height * width * channels);
    }
  }

  /** An RGB image from {@code [height, width, 3]} floats. */
  public static FloatImage rgb(float[] hwc, int height, int width) {
    return new FloatImage(hwc, height, width, 3);
  }

  /** A gray image from {@code [height, width]} floats. */
  public static FloatImage gray(float[] hw, int height, int width) {
    return new FloatImage(hw, height, width, 1);
  }

  /**
   * The packed {@code 0xRRGGBB} of pixel {@code (y, x)}: each value times 255, rounded and clamped
   * to [0, 255]; a NaN is an error naming the pixel.
   */
  public int rgbAt(int y, int x) {
    int base = (y * width + x) * channels;
    int r = toByte(pixels[base], y, x);
    if (channels == 1) {
      return (r << 16) | (r << 8) | r;
    }
    int g = toByte(pixels[base + 1], y, x);
    int b = toByte(pixels[base + 2], y, x);
    return (r << 16) | (g << 8) | b;
  }

  private static int toByte(float v, int y, int x) {
    if (Float.isNaN(v)) {
      throw new IllegalArgumentException("pixel (" + y + ", " + x + ") is NaN");
    }
    return (int) Math.max(0, Math.min(255, Math.round(v * 255.0)));
  }
}
