package org.edgefilter.framework.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RgbImageTest {

  @TempDir Path dir;

  @Test
  void byteToFloatDividesBy255() {
    assertEquals(0f, RgbImage.byteToFloat((byte) 0));
    assertEquals(1f, RgbImage.byteToFloat((byte) 255));
    assertEquals(1f, RgbImage.byteToFloat((byte) -1), "bytes are unsigned");
    assertEquals(128 / 255f, RgbImage.byteToFloat((byte) 128));
    assertEquals(0.2f, RgbImage.byteToFloat((byte) 51), 1e-7f);
  }

  @Test
  void floatToByteClampsAndRoundsHalfUp() {
    assertEquals(0, RgbImage.floatToByte(Float.NaN));
    assertEquals(0, RgbImage.floatToByte(-0.5f));
    assertEquals(0, RgbImage.floatToByte(0f));
    assertEquals(255, RgbImage.floatToByte(1f));
    assertEquals(255, RgbImage.floatToByte(1.7f));
    assertEquals(255, RgbImage.floatToByte(Float.POSITIVE_INFINITY));
    // 0.5 / 255 is exactly half a level: rounds up to 1; just below it rounds to 0.
    assertEquals(1, RgbImage.floatToByte(0.5f / 255f));
    assertEquals(0, RgbImage.floatToByte(0.49f / 255f));
    // 0.3 * 255 = 76.5 -> 77 (halves up); 0.25 * 255 = 63.75 -> 64; 0.1 * 255 = 25.5 -> 26.
    assertEquals(64, RgbImage.floatToByte(0.25f));
    assertEquals(26, RgbImage.floatToByte(0.1f));
    assertEquals(128, RgbImage.floatToByte(0.5f), "127.5 rounds up");
    assertEquals(254, RgbImage.floatToByte(254.4f / 255f));
  }

  @Test
  void everyByteLevelSurvivesTheFloatRoundTrip() {
    byte[] all = new byte[3 * 256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) (i / 3);
    }
    RgbImage image = RgbImage.fromBytes(16, 16, all);
    assertArrayEquals(all, image.toBytes());
    for (int level = 0; level < 256; level++) {
      int y = level / 16;
      int x = level % 16;
      assertEquals(level, image.get8(y, x, 2));
      assertEquals(level / 255f, image.get(y, x, 0));
    }
  }

  @Test
  void layoutIsRowMajorHwc() {
    byte[] hwc = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18};
    RgbImage image = RgbImage.fromBytes(2, 3, hwc); // H = 2, W = 3
    assertEquals(14, image.get8(1, 1, 1)); // (1 * 3 + 1) * 3 + 1 = 13 -> value 14
    assertEquals(9, image.get8(0, 2, 2));
    BufferedImage b = image.toBufferedImage();
    assertEquals(3, b.getWidth());
    assertEquals(2, b.getHeight());
    assertEquals((13 << 16) | (14 << 8) | 15, b.getRGB(1, 1) & 0xFFFFFF);
  }

  @Test
  void filledSetsEveryPixel() {
    RgbImage image = RgbImage.filled(2, 2, 0.25f, 0.5f, 1f);
    for (int k = 0; k < 4; k++) {
      assertEquals(0.25f, image.pixels()[3 * k]);
      assertEquals(0.5f, image.pixels()[3 * k + 1]);
      assertEquals(1f, image.pixels()[3 * k + 2]);
    }
    assertTrue(image.sameSize(RgbImage.filled(2, 2, 0, 0, 0)));
    assertFalse(image.sameSize(RgbImage.filled(2, 3, 0, 0, 0)));
  }

  @Test
  void sizesAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new RgbImage(2, 2, new float[11]));
    assertThrows(IllegalArgumentException.class, () -> new RgbImage(0, 2, new float[0]));
    assertThrows(IllegalArgumentException.class, () -> RgbImage.fromBytes(2, 2, new byte[13]));
  }

  @Test
  void pngRoundTripKeepsEightBitLevelsAndRoundsFloats() throws Exception {
    byte[] levels = new byte[3 * 4 * 5];
    for (int i = 0; i < levels.length; i++) {
      levels[i] = (byte) (i * 17 % 256);
    }
    Path exact = dir.resolve("exact.png");
    Png.write(exact, RgbImage.fromBytes(4, 5, levels));
    assertArrayEquals(levels, readRgb(exact.toFile()));

    float[] p = {-0.5f, 1.7f, Float.NaN, 0.1f, 0.25f, 0.5f};
    Path rounded = dir.resolve("sub/rounded.png");
    Png.write(rounded, new RgbImage(1, 2, p));
    assertArrayEquals(new byte[] {0, (byte) 255, 0, 26, 64, (byte) 128}, readRgb(rounded.toFile()));
    try (var listing = Files.list(rounded.getParent())) {
      assertEquals(1, listing.count(), "no temporary file left behind");
    }
  }

  /** The PNG's samples through ImageIO's ARGB view, an independent decoder path. */
  private static byte[] readRgb(File file) throws Exception {
    BufferedImage img = ImageIO.read(file);
    byte[] out = new byte[3 * img.getWidth() * img.getHeight()];
    for (int y = 0; y < img.getHeight(); y++) {
      for (int x = 0; x < img.getWidth(); x++) {
        int argb = img.getRGB(x, y);
        int o = (y * img.getWidth() + x) * 3;
        out[o] = (byte) (argb >> 16);
        out[o + 1] = (byte) (argb >> 8);
        out[o + 2] = (byte) argb;
      }
    }
    return out;
  }
}
