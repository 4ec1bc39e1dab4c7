package org.edgefilter.vision.data;

import java.util.Objects;

/**
 * One 8-bit RGB image.
 *
 * @param height rows H
 * @param width columns W
 * @param pixels HWC {@code [H, W, 3]} row-major, R G B per pixel, 0..255 as unsigned bytes (kept,
 *     not copied)
 */
public record RgbImage(int height, int width, byte[] pixels) {

  /** Checks the pixel count. */
  public RgbImage {
    Objects.requireNonNull(pixels, "pixels");
    if (height <= 0 || width <= 0 || pixels.length != height * width * 3) {
      throw new IllegalArgumentException(
          "an RGB image of "
              + height
              + "x"
              + width
              + " needs "
              + (height * width * 3)
              + " bytes, got "
              + pixels.length);
    }
  }

  /** Channel {@code c} of pixel ({@code row}, {@code col}), 0..255. */
  public int get(int row, int col, int c) {
    return pixels[(row * width + col) * 3 + c] & 0xFF;
  }
}
