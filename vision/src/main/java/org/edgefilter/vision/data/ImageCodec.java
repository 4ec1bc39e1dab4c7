package org.edgefilter.vision.data;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.RgbImage;

/**
 * Decodes JPEG and PNG files to 8-bit RGB (held as a framework {@link RgbImage}, exactly) with
 * java.awt / ImageIO (PNG files are written by the framework's {@link
 * org.edgefilter.framework.io.Png}).
 *
 * <p>Samples are read from the raster, not through {@code BufferedImage.getRGB}, because getRGB
 * converts a grey image from a linear grey colour space and changes its values; grey images are
 * copied to three channels as PIL's {@code convert('RGB')} does, and alpha is dropped (no
 * compositing), as OpenCV's {@code imread} in colour mode does.
 */
public final class ImageCodec {

  private ImageCodec() {}

  /** Decodes {@code encoded} (JPEG, PNG, BMP or GIF); {@code source} names it in errors. */
  public static RgbImage decode(byte[] encoded, String source) {
    BufferedImage img;
    try {
      img = ImageIO.read(new ByteArrayInputStream(encoded));
    } catch (IOException e) {
      DataFormatException bad =
          new DataFormatException(
              Path.of(source),
              source
                  + ": could not decode the image ("
                  + e.getMessage()
                  + "): the file is truncated or"
                  + " corrupt; expected a JPEG, PNG, BMP or GIF");
      bad.initCause(e);
      throw bad;
    }
    if (img == null) {
      throw new DataFormatException(
          Path.of(source),
          source + ": not an image (expected a JPEG, PNG, BMP or GIF; the bytes match none)");
    }
    return toRgb(img, source);
  }

  /**
   * Decodes every image of {@code encoded} (in parallel) into one {@code [N, side, side, 3]} byte
   * array, image {@code i} at offset {@code i * side * side * 3}.
   *
   * @param sources names of the images, index by index, for errors
   * @throws DataFormatException naming the image when one does not decode or is not {@code side} x
   *     {@code side}
   */
  public static byte[] decodeAll(List<byte[]> encoded, List<String> sources, int side) {
    int len = side * side * 3;
    byte[] pixels = new byte[encoded.size() * len];
    IntStream.range(0, encoded.size())
        .parallel()
        .forEach(
            i -> {
              RgbImage img = decode(encoded.get(i), sources.get(i));
              if (img.height() != side || img.width() != side) {
                throw new DataFormatException(
                    Path.of(sources.get(i)),
                    sources.get(i)
                        + ": image is "
                        + img.height()
                        + "x"
                        + img.width()
                        + ", expected "
                        + side
                        + "x"
                        + side);
              }
              System.arraycopy(img.toBytes(), 0, pixels, i * len, len);
            });
    return pixels;
  }

  /** Reads and decodes the image file at {@code file}. */
  public static RgbImage read(Path file) {
    try {
      return decode(Files.readAllBytes(file), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + file, e);
    }
  }

  /** Converts a decoded image to 8-bit RGB as described in the class comment. */
  public static RgbImage toRgb(BufferedImage img, String source) {
    int h = img.getHeight();
    int w = img.getWidth();
    byte[] out = new byte[h * w * 3];
    Raster raster = img.getRaster();
    int bands = raster.getNumBands();
    int bits = img.getColorModel().getComponentSize(0);
    if (img.getColorModel() instanceof IndexColorModel || bits != 8 && bits != 16) {
      int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
      for (int i = 0; i < argb.length; i++) {
        out[3 * i] = (byte) (argb[i] >> 16);
        out[3 * i + 1] = (byte) (argb[i] >> 8);
        out[3 * i + 2] = (byte) argb[i];
      }
      return RgbImage.fromBytes(h, w, out);
    }
    if (bands != 1 && bands != 2 && bands != 3 && bands != 4) {
      throw new IllegalArgumentException(
          "image " + source + " has " + bands + " bands; expected grey, grey+alpha, RGB or RGBA");
    }
    int[] row = new int[w * bands];
    // 16-bit samples go to 8 bits by rounding v / 257, as libpng's strip-16 with rounding does.
    boolean sixteen = bits == 16;
    for (int y = 0; y < h; y++) {
      raster.getPixels(0, y, w, 1, row);
      for (int x = 0; x < w; x++) {
        for (int c = 0; c < 3; c++) {
          int band = bands <= 2 ? 0 : c;
          int v = row[x * bands + band];
          if (sixteen) {
            v = (v * 255 + 32895) / 65535;
          }
          out[(y * w + x) * 3 + c] = (byte) v;
        }
      }
    }
    return RgbImage.fromBytes(h, w, out);
  }
}
