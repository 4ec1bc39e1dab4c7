package org.edgefilter.framework.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.edgefilter.framework.io.Png;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {

  @TempDir Path dir;

  /** Reads {@code file} as a PNG and checks its size and that something was drawn. */
  private static BufferedImage assertPng(Path file, int width, int height) throws Exception {
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(Png.isPng(bytes), file + " starts with the PNG signature");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
    assertEquals(width, image.getWidth());
    assertEquals(height, image.getHeight());
    Set<Integer> colors = new HashSet<>();
    for (int y = 0; y < height; y += 3) {
      for (int x = 0; x < width; x += 3) {
        colors.add(image.getRGB(x, y));
      }
    }
    assertTrue(colors.size() > 5, "a chart has more than a few colours: " + colors.size());
    return image;
  }

  @Test
  void lineChartWithSeveralSeries() throws Exception {
    Path file = dir.resolve("loss.png");
    LinePlot.builder()
        .setTitle("train loss")
        .optXLabel("step")
        .optYLabel("loss")
        .optSize(640, 400)
        .optLogY(true)
        .addSeries("baseline", new double[] {1, 2, 3}, new double[] {2.3, 1.1, 0.7})
        .addSeries("edge filter", new double[] {1, 2, 3}, new double[] {2.3, 0.9, 0.5})
        .build()
        .writePng(file);
    assertPng(file, 640, 400);
  }

  @Test
  void groupedBarsWithErrorBars() throws Exception {
    Path file = dir.resolve("acc.png");
    BarPlot.builder()
        .setTitle("TENT accuracy")
        .setCategories(List.of("gauss", "shot", "fog"))
        .optYLabel("accuracy")
        .optSize(700, 450)
        .optYRange(0, 1)
        .addSeries("baseline", new double[] {0.6, 0.62, 0.8}, new double[] {0.02, 0.01, 0.03})
        .addSeries("edge filter", new double[] {0.65, 0.66, 0.79})
        .build()
        .writePng(file);
    assertPng(file, 700, 450);
  }

  @Test
  void longCategoryNamesTurnOnlyWhenTheyWouldCollide() {
    List<String> fifteen =
        List.of(
            "gaussian_noise",
            "shot_noise",
            "impulse_noise",
            "defocus_blur",
            "glass_blur",
            "motion_blur",
            "zoom_blur",
            "snow",
            "frost",
            "fog",
            "brightness",
            "contrast",
            "elastic_transform",
            "pixelate",
            "jpeg_compression");
    // 1200 px over 15 groups leaves 68 px a label: "gaussian_noise" needs about 120.
    assertTrue(BarPlot.crowded(fifteen, 1200));
    assertFalse(BarPlot.crowded(List.of("gauss", "shot", "fog"), 700));
  }

  @Test
  void scatterAndDotPlots() throws Exception {
    Path scatter = dir.resolve("scatter.png");
    ScatterPlot.builder()
        .setTitle("density vs accuracy")
        .optXLabel("density")
        .addSeries("runs", new double[] {0.3, 0.4, 0.5}, new double[] {0.7, 0.72, 0.69})
        .build()
        .writePng(scatter);
    assertPng(scatter, 800, 500);
    Path dots = dir.resolve("dots.png");
    DotPlot.builder()
        .setTitle("per seed")
        .setCategories(List.of("clean", "tent"))
        .optSize(500, 300)
        .addSeries("baseline", new double[][] {{0.9, 0.91, 0.9}, {0.7, 0.72}})
        .addSeries("edge", new double[][] {{0.92}, {}})
        .build()
        .writePng(dots);
    assertPng(dots, 500, 300);
  }

  @Test
  void badInputIsAClearError() {
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                LinePlot.builder()
                    .setTitle("t")
                    .addSeries("s", new double[] {1, 2}, new double[] {1, Double.NaN}));
    assertTrue(nan.getMessage().contains("series 's' at index 1"), nan.getMessage());
    IllegalArgumentException count =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                BarPlot.builder()
                    .setTitle("t")
                    .setCategories(List.of("a", "b"))
                    .addSeries("s", new double[] {1})
                    .build());
    assertTrue(count.getMessage().contains("1 values for 2 categories"), count.getMessage());
  }

  @Test
  void dataUriEmbedsThePngBytes() throws Exception {
    byte[] png =
        LinePlot.builder()
            .setTitle("t")
            .optSize(100, 80)
            .addSeries("s", new double[] {0, 1}, new double[] {0, 1})
            .build()
            .toPng();
    Path file = dir.resolve("t.png");
    Png.write(file, png);
    String uri = Png.dataUri(file);
    assertTrue(uri.startsWith("data:image/png;base64,"), uri.substring(0, 30));
    byte[] decoded = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
    assertEquals(java.util.Arrays.toString(png), java.util.Arrays.toString(decoded));
    assertThrows(IllegalArgumentException.class, () -> Png.dataUri(new byte[] {1, 2, 3}));
  }
}
