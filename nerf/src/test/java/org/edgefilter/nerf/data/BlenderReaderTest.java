package org.edgefilter.nerf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.edgefilter.framework.io.DataFormatException;
import org.edgefilter.framework.io.RgbImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlenderReaderTest {

  @TempDir Path scene;

  @BeforeEach
  void writeScene() throws Exception {
    for (int k = 0; k < 3; k++) {
      SyntheticScene.writeRgba(scene.resolve("train/r_" + k + ".png"), 6, 4);
    }
    SyntheticScene.writeTransforms(
        scene.resolve("transforms_train.json"),
        List.of("./train/r_0", "./train/r_1", "./train/r_2"));
  }

  @Test
  void compositesOnWhiteAndSetsTheCamera() {
    ViewSet views = BlenderReader.read(scene, Split.TRAIN);
    assertEquals(3, views.size());
    View v = views.get(1);
    assertEquals(1, v.id());
    assertEquals("./train/r_1", v.filePath());
    assertEquals(0.5 * 6 / Math.tan(0.5 * SyntheticScene.ANGLE_X), v.camera().focal(), 1e-9);
    assertEquals(1.0, v.pose().center()[0]);
    assertEquals(4.0, v.pose().center()[2]);
    RgbImage image = v.image();
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 6; x++) {
        for (int c = 0; c < 3; c++) {
          assertEquals(SyntheticScene.composited(x, y, c), image.get(y, x, c), 1e-6f);
        }
      }
    }
    // Fully transparent pixels are pure white whatever their color.
    assertEquals(1f, image.get(0, 0, 0));
  }

  @Test
  void selectsViewIdsInTheOrderAsked() {
    ViewSet views = BlenderReader.read(scene, Split.TRAIN, 1, List.of(2, 0));
    assertEquals(2, views.get(0).id());
    assertEquals(0, views.get(1).id());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BlenderReader.read(scene, Split.TRAIN, 1, List.of(5)));
    assertTrue(e.getMessage().contains("transforms_train.json"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> BlenderReader.read(scene, Split.TRAIN, 1, List.of(1, 1)));
  }

  @Test
  void downscaleAveragesBlocksAndScalesFocal() {
    ViewSet full = BlenderReader.read(scene, Split.TRAIN);
    ViewSet half = BlenderReader.read(scene, Split.TRAIN, 2, List.of());
    RgbImage big = full.get(0).image();
    RgbImage small = half.get(0).image();
    assertEquals(2, small.height());
    assertEquals(3, small.width());
    assertEquals(full.camera().focal() / 2, half.camera().focal(), 1e-9);
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        for (int c = 0; c < 3; c++) {
          float mean =
              (big.get(2 * y, 2 * x, c)
                      + big.get(2 * y, 2 * x + 1, c)
                      + big.get(2 * y + 1, 2 * x, c)
                      + big.get(2 * y + 1, 2 * x + 1, c))
                  / 4;
          assertEquals(mean, small.get(y, x, c), 1e-6f);
        }
      }
    }
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BlenderReader.read(scene, Split.TRAIN, 4, List.of()));
    // Images decode in parallel, so any of the frames may be the one reported.
    assertTrue(e.getMessage().matches("(?s).*train/r_[0-2]\\.png.*"), e.getMessage());
  }

  @Test
  void missingImageNamesTheFile() throws Exception {
    Files.delete(scene.resolve("train/r_2.png"));
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> BlenderReader.read(scene, Split.TRAIN));
    assertTrue(e.getMessage().contains("r_2.png"), e.getMessage());
  }

  @Test
  void missingTransformsFileNamesTheFile() {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> BlenderReader.read(scene, Split.TEST));
    assertTrue(e.getMessage().contains("transforms_test.json"), e.getMessage());
  }

  @Test
  void malformedMatricesNameTheFileAndFrame() throws Exception {
    String good = "[[1,0,0,0],[0,1,0,0],[0,0,1,4],[0,0,0,1]]";
    String[] bad = {
      "[[1,0,0,0],[0,1,0,0],[0,0,1,4]]",
      "[[1,0,0],[0,1,0],[0,0,1],[0,0,0]]",
      "[[1,0,0,0],[0,1,0,0],[0,0,1,\"four\"],[0,0,0,1]]",
      "[[1,0,0,0],[0,1,0,0],[0,0,1,4],[0,0,1,1]]",
      "\"identity\""
    };
    for (String matrix : bad) {
      Path file = scene.resolve("transforms_train.json");
      Files.writeString(
          file,
          "{\"camera_angle_x\": 0.7, \"frames\": ["
              + "{\"file_path\": \"./train/r_0\", \"transform_matrix\": "
              + good
              + "},"
              + "{\"file_path\": \"./train/r_1\", \"transform_matrix\": "
              + matrix
              + "}]}");
      DataFormatException e =
          assertThrows(DataFormatException.class, () -> BlenderReader.read(scene, Split.TRAIN));
      assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("frame 1 (./train/r_1)"), e.getMessage());
    }
  }

  @Test
  void missingCameraAngleIsReported() throws Exception {
    Path file = scene.resolve("transforms_train.json");
    Files.writeString(file, "{\"frames\": []}");
    DataFormatException e =
        assertThrows(DataFormatException.class, () -> BlenderReader.read(scene, Split.TRAIN));
    assertTrue(e.getMessage().contains("camera_angle_x"), e.getMessage());
  }

  @Test
  void allRaysFollowViewsThenRowMajorPixels() {
    ViewSet views = BlenderReader.read(scene, Split.TRAIN, 1, List.of(1, 2));
    RayBatch all = views.allRays(org.edgefilter.nerf.geometry.PixelConvention.CENTER);
    assertEquals(2 * 24, all.size());
    int k = 24 + 3 * 6 + 5; // view 2, row 3, column 5
    assertEquals(views.get(1).image().get(3, 5, 1), all.rgb()[3 * k + 1]);
    assertEquals(2f, all.origins()[3 * k]);
    var expected =
        org.edgefilter.nerf.geometry.RayGenerator.allPixels(
            views.camera(),
            views.get(1).pose(),
            org.edgefilter.nerf.geometry.PixelConvention.CENTER);
    for (int c = 0; c < 3; c++) {
      assertEquals(expected.directions()[3 * (3 * 6 + 5) + c], all.directions()[3 * k + c]);
    }
  }
}
