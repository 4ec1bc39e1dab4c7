package org.edgefilter.nerf.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.nerf.data.RgbaPng;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngImagesTest {

  @TempDir Path dir;

  @Test
  void writtenPngReadsBackWithinQuantization() throws Exception {
    Random random = new Random(4);
    float[] p = new float[3 * 6 * 5];
    for (int k = 0; k < p.length; k++) {
      p[k] = random.nextFloat();
    }
    p[0] = -0.5f;
    p[1] = 1.7f;
    RgbImage image = new RgbImage(6, 5, p);
    Path file = dir.resolve("out/view.png");
    PngImages.write(image, file);
    RgbImage back = RgbaPng.readOnWhite(file);
    assertEquals(6, back.height());
    assertEquals(5, back.width());
    assertEquals(0f, back.pixels()[0]);
    assertEquals(1f, back.pixels()[1]);
    for (int k = 2; k < p.length; k++) {
      assertEquals(p[k], back.pixels()[k], 0.5f / 255 + 1e-6f);
    }
    try (var listing = Files.list(file.getParent())) {
      assertEquals(1, listing.count(), "no temporary file left behind");
    }
  }

  @Test
  void sideBySidePlacesPanelsUnderLabels() throws Exception {
    RgbImage red = RgbImage.filled(20, 30, 1, 0, 0);
    RgbImage green = RgbImage.filled(20, 30, 0, 1, 0);
    RgbImage blue = RgbImage.filled(20, 30, 0, 0, 1);
    Path file = dir.resolve("cmp.png");
    PngImages.writeSideBySide(
        List.of(
            new PngImages.Panel("ground truth", red),
            new PngImages.Panel("baseline", green),
            new PngImages.Panel("filter", blue)),
        file);
    BufferedImage canvas = ImageIO.read(file.toFile());
    int labelStripDark = 0;
    int bottom = canvas.getHeight() - 4 - 1;
    for (int x = 0; x < canvas.getWidth(); x++) {
      for (int y = 0; y < 18; y++) {
        if ((canvas.getRGB(x, y) & 0xff) < 128) {
          labelStripDark++;
        }
      }
    }
    assertTrue(labelStripDark > 20, "labels were drawn");
    // Panels in order left to right along the bottom row of the images.
    int[] seen = new int[3];
    int last = -1;
    for (int x = 0; x < canvas.getWidth(); x++) {
      int rgb = canvas.getRGB(x, bottom) & 0xffffff;
      int which = rgb == 0xff0000 ? 0 : rgb == 0x00ff00 ? 1 : rgb == 0x0000ff ? 2 : -1;
      if (which >= 0) {
        seen[which]++;
        assertTrue(which >= last, "panels out of order");
        last = which;
      }
    }
    assertEquals(30, seen[0]);
    assertEquals(30, seen[1]);
    assertEquals(30, seen[2]);
  }
}
