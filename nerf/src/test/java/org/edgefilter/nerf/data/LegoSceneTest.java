package org.edgefilter.nerf.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.edgefilter.framework.io.RgbImage;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.geometry.RayGenerator;
import org.edgefilter.nerf.geometry.Rays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared real lego scene (400x400, 100 train, 25 test views; data/README.md). */
class LegoSceneTest {

  private static final double ANGLE_X = 0.6911112070083618;
  private Path scene;

  @BeforeEach
  void locate() {
    Optional<Path> root = TestData.root();
    assumeTrue(root.isPresent(), "EDGEFILTER_DATA is not set: skipping the real lego data tests");
    scene = root.get().resolve("nerf_lego_400");
  }

  @Test
  void transformsMatchThePublishedScene() {
    BlenderTransforms train = BlenderTransforms.read(scene.resolve("transforms_train.json"));
    BlenderTransforms test = BlenderTransforms.read(scene.resolve("transforms_test.json"));
    assertEquals(ANGLE_X, train.cameraAngleX());
    assertEquals(100, train.frames().size());
    assertEquals(25, test.frames().size());
    assertEquals("./test/r_8", test.frames().get(1).filePath());
    // Blender scene cameras sit on a sphere of radius ~4.03 around the object.
    for (BlenderFrame f : train.frames()) {
      double[] c = f.pose().center();
      assertEquals(4.03, Math.sqrt(c[0] * c[0] + c[1] * c[1] + c[2] * c[2]), 0.01);
    }
  }

  @Test
  void readsAllViewsWithTheRightCamera() {
    ViewSet train = BlenderReader.read(scene, Split.TRAIN);
    ViewSet test = BlenderReader.read(scene, Split.TEST);
    assertEquals(100, train.size());
    assertEquals(25, test.size());
    assertEquals(400, train.camera().width());
    assertEquals(555.555, train.camera().focal(), 1e-3);
    RgbImage first = train.get(0).image();
    for (int c = 0; c < 3; c++) {
      assertTrue(first.get(0, 0, c) > 0.99f, "top-left pixel is white background");
    }
    double mean = 0;
    for (float v : first.pixels()) {
      mean += v / first.pixels().length;
    }
    assertTrue(mean > 0.5 && mean < 0.98, "the object covers part of the view: mean " + mean);
    // Every optical axis passes close to the world origin, where the object is.
    for (View v : train.views()) {
      Rays rays = RayGenerator.allPixels(v.camera(), v.pose(), PixelConvention.CENTER);
      int center = 200 * 400 + 200;
      double[] o = {
        rays.origins()[3 * center], rays.origins()[3 * center + 1], rays.origins()[3 * center + 2]
      };
      double[] d = {
        rays.directions()[3 * center],
        rays.directions()[3 * center + 1],
        rays.directions()[3 * center + 2]
      };
      assertTrue(distanceOfOriginToLine(o, d) < 0.05, "view " + v.id() + " looks at the origin");
    }
  }

  @Test
  void fewShotSplitAtQuarterResolution() {
    FewShotScene fewShot = FewShotScene.load(scene, FewShotSplit.DIETNERF_8, 4);
    assertEquals(8, fewShot.train().size());
    assertEquals("./train/r_26", fewShot.train().get(0).filePath());
    assertEquals(25, fewShot.test().size());
    assertEquals(100, fewShot.train().camera().width());
    assertEquals(555.555 / 4, fewShot.train().camera().focal(), 1e-3);
    RayBatch rays = fewShot.train().allRays(PixelConvention.CENTER);
    assertEquals(8 * 100 * 100, rays.size());
    ViewSet custom = BlenderReader.read(scene, Split.TRAIN, 4, List.of(0, 50));
    assertEquals(50, custom.get(1).id());
  }

  private static double distanceOfOriginToLine(double[] o, double[] d) {
    double dd = d[0] * d[0] + d[1] * d[1] + d[2] * d[2];
    double s = -(o[0] * d[0] + o[1] * d[1] + o[2] * d[2]) / dd;
    double x = o[0] + s * d[0];
    double y = o[1] + s * d[1];
    double z = o[2] + s * d[2];
    return Math.sqrt(x * x + y * y + z * z);
  }
}
