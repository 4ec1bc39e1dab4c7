package org.edgefilter.nerf.data;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/** Writes tiny Blender-style scenes (RGBA PNGs and a transforms file) for tests. */
public final class SyntheticScene {

  static final double ANGLE_X = 0.6911112070083618;

  private SyntheticScene() {}

  /**
   * An RGBA PNG whose pixel (x, y) is (10x, 20y, 7, alpha(x, y)) with alpha cycling 0, 128, 255.
   */
  public static void writeRgba(Path file, int width, int height) throws IOException {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_4BYTE_ABGR);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int a = alpha(x, y);
        image.setRGB(x, y, (a << 24) | ((10 * x) << 16) | ((20 * y) << 8) | 7);
      }
    }
    Files.createDirectories(file.getParent());
    ImageIO.write(image, "png", file.toFile());
  }

  static int alpha(int x, int y) {
    return new int[] {0, 128, 255}[(x + y) % 3];
  }

  /** Expected composited channel c of pixel (x, y) of {@link #writeRgba}. */
  static float composited(int x, int y, int c) {
    float a = alpha(x, y) / 255f;
    float v = new int[] {10 * x, 20 * y, 7}[c] / 255f;
    return v * a + (1 - a);
  }

  /** A transforms file with one frame per path; frame k's pose translates by (k, 0, 4). */
  public static void writeTransforms(Path file, List<String> paths) throws IOException {
    StringBuilder json = new StringBuilder("{\"camera_angle_x\": " + ANGLE_X + ", \"frames\": [");
    for (int k = 0; k < paths.size(); k++) {
      json.append(k == 0 ? "" : ",")
          .append("{\"file_path\": \"")
          .append(paths.get(k))
          .append("\", \"rotation\": 0.1, ")
          .append("\"transform_matrix\": [[1,0,0,")
          .append(k)
          .append("],[0,1,0,0],[0,0,1,4],")
          .append("[0,0,0,1]]}");
    }
    Files.writeString(file, json.append("]}").toString());
  }
}
