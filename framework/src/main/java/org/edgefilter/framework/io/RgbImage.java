package org.edgefilter.framework.io;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.util.Objects;

/**
 * The project's one RGB image: {@code [H, W, 3]} row-major floats, R G B per pixel at index {@code
 * (y * width + x) * 3 + c}, nominally in [0, 1]. Rendered and composited images (NeRF) hold any
 * float; decoded 8-bit images (vision) come in through {@link #fromBytes} and go out through {@link
 * #toBytes} unchanged.
 *
 * <p>Conversions, exactly:
 *
 * <ul>
 *   <li>8-bit to float ({@link #fromBytes}, {@link #byteToFloat}): {@code v = b / 255f} for the
 *       unsigned byte {@code b}, the float nearest to {@code b / 255} (so 0 -> 0, 255 -> 1).
 *   <li>float to 8-bit ({@link #toBytes}, {@link #floatToByte}, {@link #get8}, {@link
 *       #toBufferedImage}): NaN and {@code v <= 0} give 0, {@code v >= 1} gives 255, otherwise
 *       {@code Math.round(v * 255f)}, the nearest level with halves rounded up (0.5 / 255 -> 1).
 *       NeRF's {@code to8b} truncates instead, which darkens by half a level on average.
 *   <li>The round trip 8-bit -> float -> 8-bit is the identity for all 256 levels: {@code b / 255f
 *       * 255f} is within {@code 255 * 2^-23} of {@code b}, far from a rounding boundary.
 * </ul>
 *
 * <p>The pixel array is kept, not copied: treat it as read-only once the image is built.
 *
 * @param height rows H, positive
 * @param width columns W, positive
 * @param pixels {@code [H, W, 3]}, length {@code 3 * H * W}
 */
public record RgbImage(int height, int width, float[] pixels) {

  /** Checks the size and the pixel count. */
  public RgbImage {
    Objects.requireNonNull(pixels, "pixels");
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

  /**
   * An image from 8-bit samples, each converted by {@link #byteToFloat}.
   *
   * @param hwc {@code [H, W, 3]} row-major, 0..255 as unsigned bytes (read, not kept)
   */
  public static RgbImage fromBytes(int height, int width, byte[] hwc) {
    Objects.requireNonNull(hwc, "hwc");
    if (height <= 0 || width <= 0 || hwc.length != 3 * height * width) {
      throw new IllegalArgumentException(
          "an RGB image of "
              + height
              + "x"
              + width
              + " needs "
              + 3 * height * width
              + " bytes, got "
              + hwc.length);
    }
    float[] p = new float[hwc.length];
    for (int i = 0; i < hwc.length; i++) {
      p[i] = byteToFloat(hwc[i]);
    }
    return new RgbImage(height, width, p);
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

  /** The unsigned byte {@code b} as a float in [0, 1]: {@code (b & 0xFF) / 255f}. */
  public static float byteToFloat(byte b) {
    return (b & 0xFF) / 255f;
  }

  /**
   * {@code v} as an 8-bit level 0..255: NaN and {@code v <= 0} give 0, {@code v >= 1} gives 255,
   * otherwise {@code Math.round(v * 255f)} (halves round up).
   */
  public static int floatToByte(float v) {
    if (!(v > 0)) {
      return 0;
    }
    return v >= 1 ? 255 : Math.round(v * 255f);
  }

  /** Channel {@code c} of pixel ({@code y}, {@code x}) as stored. */
  public float get(int y, int x, int c) {
    return pixels[(y * width + x) * 3 + c];
  }

  /** Channel {@code c} of pixel ({@code y}, {@code x}) as an 8-bit level ({@link #floatToByte}). */
  public int get8(int y, int x, int c) {
    return floatToByte(get(y, x, c));
  }

  /** {@code [H, W, 3]} 8-bit samples (a new array), each converted by {@link #floatToByte}. */
  public byte[] toBytes() {
    byte[] out = new byte[pixels.length];
    for (int i = 0; i < pixels.length; i++) {
      out[i] = (byte) floatToByte(pixels[i]);
    }
    return out;
  }

  /**
   * An 8-bit RGB {@link BufferedImage} ({@code TYPE_3BYTE_BGR}) of this image, samples converted by
   * {@link #floatToByte}; what {@link Png#write(java.nio.file.Path, RgbImage)} encodes.
   */
  public BufferedImage toBufferedImage() {
    BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    WritableRaster raster = img.getRaster();
    int[] row = new int[width * 3];
    for (int y = 0; y < height; y++) {
      for (int i = 0; i < row.length; i++) {
        row[i] = floatToByte(pixels[y * row.length + i]);
      }
      raster.setPixels(0, y, width, 1, row);
    }
    return img;
  }

  /** Whether {@code other} has the same height and width. */
  public boolean sameSize(RgbImage other) {
    return height == other.height && width == other.width;
  }
}
