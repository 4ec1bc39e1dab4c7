package org.edgefilter.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageGridTest {

  @TempDir Path dir;

  @Test
  void placesAKnownPixelWhereTheLayoutSays() throws Exception {
    // 2x3 grid of 4x5 RGB images, scale 2, padding 3, no labels.
    int h = 4, w = 5, scale = 2, pad = 3;
    ImageGrid.Builder builder = ImageGrid.builder(2, 3).optScale(scale).optPadding(pad);
    for (int r = 0; r < 2; r++) {
      for (int c = 0; c < 3; c++) {
        builder.set(r, c, FloatImage.rgb(new float[h * w * 3], h, w)); // black
      }
    }
    float[] marked = new float[h * w * 3];
    // Pixel (y=2, x=3) of cell (1, 2) is (1.0, 0.5, 0.0) -> 0xFF8000 (0.5 * 255 = 127.5 -> 128).
    int base = (2 * w + 3) * 3;
    marked[base] = 1f;
    marked[base + 1] = 0.5f;
    builder.set(1, 2, FloatImage.rgb(marked, h, w));
    Path file = dir.resolve("grid.png");
    builder.build().writePng(file);
    BufferedImage image = ImageIO.read(Files.newInputStream(file));
    // By hand: width = 3 + 3 * (10 + 3) = 42, height = 3 + 2 * (8 + 3) = 25.
    assertEquals(42, image.getWidth());
    assertEquals(25, image.getHeight());
    // Cell (1, 2) starts at x = 3 + 2 * 13 = 29, y = 3 + 1 * 11 = 14; pixel (2, 3) scaled by 2.
    int x0 = 29 + 3 * 2;
    int y0 = 14 + 2 * 2;
    for (int dy = 0; dy < 2; dy++) {
      for (int dx = 0; dx < 2; dx++) {
        assertEquals(0xFF8000, image.getRGB(x0 + dx, y0 + dy) & 0xFFFFFF);
      }
    }
    assertEquals(0x000000, image.getRGB(x0 - 1, y0) & 0xFFFFFF, "neighbour is the black image");
    assertEquals(0xFFFFFF, image.getRGB(1, 1) & 0xFFFFFF, "padding is white");
    assertEquals(0xFFFFFF, image.getRGB(28, 14) & 0xFFFFFF, "gap left of the cell is white");
  }

  @Test
  void labelsShiftCellsByTheReportedOrigin() {
    int h = 6, w = 6;
    float[] blue = new float[h * w * 3];
    for (int i = 0; i < blue.length; i += 3) {
      // (0.2, 0.6, 1.0) * 255 = (51, 153, 255) = 0x3399FF: not a gray that label text could give.
      blue[i] = 0.2f;
      blue[i + 1] = 0.6f;
      blue[i + 2] = 1f;
    }
    ImageGrid grid =
        ImageGrid.builder(2, 2)
            .optRowLabels(List.of("gaussian_noise", "fog"))
            .optColumnLabels(List.of("clean", "filtered"))
            .set(0, 0, FloatImage.gray(new float[h * w], h, w))
            .set(1, 1, FloatImage.rgb(blue, h, w))
            .build();
    BufferedImage image = grid.toImage();
    assertEquals(grid.width(), image.getWidth());
    assertEquals(grid.height(), image.getHeight());
    // The bounding box of the colour is exactly the cell the grid reports.
    int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if ((image.getRGB(x, y) & 0xFFFFFF) == 0x3399FF) {
          minX = Math.min(minX, x);
          minY = Math.min(minY, y);
          maxX = Math.max(maxX, x);
          maxY = Math.max(maxY, y);
        }
      }
    }
    Point origin = grid.cellOrigin(1, 1);
    assertEquals(origin, new Point(minX, minY));
    assertEquals(new Point(origin.x + w - 1, origin.y + h - 1), new Point(maxX, maxY));
    assertTrue(origin.x > 2 + 2 * (w + 2), "row labels push cells right: " + origin);
    assertTrue(origin.y > 2 + (h + 2), "column labels push cells down: " + origin);
    // Label text was drawn: some dark pixels in the left margin.
    boolean ink = false;
    for (int y = 0; y < image.getHeight() && !ink; y++) {
      for (int x = 0; x < grid.cellOrigin(0, 0).x - 2 && !ink; x++) {
        ink = (image.getRGB(x, y) & 0xFF) < 128;
      }
    }
    assertTrue(ink, "row label text is visible");
  }

  @Test
  void valuesAreClampedAndNanOrMismatchedSizesAreErrors() {
    FloatImage image = FloatImage.rgb(new float[] {-0.5f, 1.5f, 0.5f}, 1, 1);
    assertEquals(0x00FF80, image.rgbAt(0, 0));
    assertEquals(0x333333, FloatImage.gray(new float[] {0.2f}, 1, 1).rgbAt(0, 0));
    FloatImage nan = FloatImage.gray(new float[] {Float.NaN}, 1, 1);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ImageGrid.builder(1, 1).set(0, 0, nan).build().toImage());
    assertTrue(e.getMessage().contains("(0, 0) is NaN"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            ImageGrid.builder(1, 2)
                .set(0, 0, FloatImage.gray(new float[4], 2, 2))
                .set(0, 1, FloatImage.gray(new float[6], 2, 3)));
    assertThrows(IllegalArgumentException.class, () -> FloatImage.rgb(new float[5], 1, 2));
  }
}
