package org.edgefilter.nerf.data;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.RgbImage;

/**
 * Decodes a PNG to RGB composited on a white background, the way NeRF treats the Blender scenes
 * ({@code white_bkgd}): {@code rgb * a + (1 - a)} with rgb and a scaled to [0, 1] (8 or 16 bit).
 * Gray, gray+alpha, RGB, RGBA and palette PNGs are accepted; without alpha, a = 1.
 */
public final class RgbaPng {

  private RgbaPng() {}

  /**
   * Reads {@code file} and composites it on white.
   *
   * @return [H, W, 3] in [0, 1]
   * @throws UncheckedIOException naming the file when it is missing
   * @throws DataFormatException naming the file when it is not a readable image
   */
  public static RgbImage readOnWhite(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UncheckedIOException(
          new IOException("missing image " + file + " (expected a PNG file there)"));
    }
    BufferedImage image;
    try {
      image = ImageIO.read(file.toFile());
    } catch (IOException e) {
      DataFormatException bad =
          new DataFormatException(
              file,
              file
                  + ": could not decode the PNG ("
                  + e.getMessage()
                  + "): the file is truncated or corrupt; replace it with the scene's");
      bad.initCause(e);
      throw bad;
    }
    if (image == null) {
      throw new DataFormatException(file, file + ": not an image (expected a PNG)");
    }
    return compositeOnWhite(image);
  }

  /** Composites a decoded image on white: [H, W, 3] in [0, 1]. */
  public static RgbImage compositeOnWhite(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    float[] out = new float[3 * w * h];
    if (image.getColorModel() instanceof ComponentColorModel) {
      compositeComponents(image.getRaster(), image.getColorModel().hasAlpha(), out);
    } else {
      compositeArgb(image, out);
    }
    return new RgbImage(h, w, out);
  }

  /** Interleaved samples in PNG band order (gray[,alpha] or R,G,B[,A]) at any bit depth. */
  private static void compositeComponents(Raster raster, boolean hasAlpha, float[] out) {
    int w = raster.getWidth();
    int h = raster.getHeight();
    int bands = raster.getNumBands();
    int colorBands = hasAlpha ? bands - 1 : bands;
    if (colorBands != 1 && colorBands != 3) {
      throw new IllegalArgumentException("unsupported PNG layout with " + bands + " bands");
    }
    float[] scale = new float[bands];
    for (int b = 0; b < bands; b++) {
      scale[b] = 1f / ((1 << raster.getSampleModel().getSampleSize(b)) - 1);
    }
    int[] row = new int[w * bands];
    for (int y = 0; y < h; y++) {
      raster.getPixels(0, y, w, 1, row);
      for (int x = 0; x < w; x++) {
        int s = x * bands;
        float a = hasAlpha ? row[s + bands - 1] * scale[bands - 1] : 1f;
        int o = (y * w + x) * 3;
        for (int c = 0; c < 3; c++) {
          int band = colorBands == 1 ? 0 : c;
          out[o + c] = row[s + band] * scale[band] * a + (1f - a);
        }
      }
    }
  }

  /** Palette and packed images: go through 8-bit ARGB. */
  private static void compositeArgb(BufferedImage image, float[] out) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
    for (int k = 0; k < w * h; k++) {
      int p = argb[k];
      float a = ((p >>> 24) & 0xff) / 255f;
      out[3 * k] = ((p >>> 16) & 0xff) / 255f * a + (1f - a);
      out[3 * k + 1] = ((p >>> 8) & 0xff) / 255f * a + (1f - a);
      out[3 * k + 2] = (p & 0xff) / 255f * a + (1f - a);
    }
  }
}
