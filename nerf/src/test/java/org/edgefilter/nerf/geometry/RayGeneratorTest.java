package org.edgefilter.nerf.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RayGeneratorTest {

  private static final double EPS = 1e-6;

  @Test
  void centerPixelOfIdentityCameraLooksDownMinusZ() {
    // 5x3 image: pixel (2, 1) has its center exactly on the optical axis.
    Rays rays =
        RayGenerator.allPixels(
            new Camera(5, 3, 2.0), CameraPose.identity(), PixelConvention.CENTER);
    int k = 1 * 5 + 2;
    assertArrayEquals(new float[] {0, 0, -1}, slice(rays.directions(), k), (float) EPS);
    assertArrayEquals(new float[] {0, 0, 0}, slice(rays.origins(), k), 0f);
  }

  @Test
  void cornerConventionPutsIntegerCoordinateOnAxis() {
    // Original NeRF: pixel (W/2, H/2) of a 4x4 image is on the axis.
    Rays rays =
        RayGenerator.allPixels(
            new Camera(4, 4, 3.0), CameraPose.identity(), PixelConvention.CORNER);
    assertArrayEquals(new float[] {0, 0, -1}, slice(rays.directions(), 2 * 4 + 2), (float) EPS);
  }

  @Test
  void cornerPixelAngleIsAtanOfHalfSizeOverFocal() {
    double angleX = 0.6911112070083618;
    Camera camera = Camera.fromFieldOfView(400, 400, angleX);
    // Corner convention: pixel (0, 0) is the image corner, half a size off axis in x and y.
    float[] d =
        first(RayGenerator.allPixels(camera, CameraPose.identity(), PixelConvention.CORNER));
    assertEquals(Math.atan(200 / camera.focal()), Math.atan2(-d[0], -d[2]), EPS);
    assertEquals(0.5 * angleX, Math.atan2(-d[0], -d[2]), EPS);
    assertEquals(Math.atan(200 / camera.focal()), Math.atan2(d[1], -d[2]), EPS);
    double offAxis = Math.acos(-d[2] / norm(d));
    assertEquals(Math.atan(Math.sqrt(2) * 200 / camera.focal()), offAxis, EPS);
    // Center convention: the corner pixel's center is (W/2 - 0.5) pixels off axis.
    float[] c =
        first(RayGenerator.allPixels(camera, CameraPose.identity(), PixelConvention.CENTER));
    assertEquals(Math.atan(199.5 / camera.focal()), Math.atan2(-c[0], -c[2]), EPS);
  }

  @Test
  void rotatedCameraRotatesDirectionsAndTranslatesOrigins() {
    // 90 degrees about world y: camera -z (forward) becomes world -x.
    double[] rot = {0, 0, 1, 0, 1, 0, -1, 0, 0};
    CameraPose pose = CameraPose.of(rot, new double[] {1, 2, 3});
    Rays rays = RayGenerator.allPixels(new Camera(5, 3, 2.0), pose, PixelConvention.CENTER);
    assertArrayEquals(new float[] {-1, 0, 0}, slice(rays.directions(), 7), (float) EPS);
    assertArrayEquals(new float[] {1, 2, 3}, slice(rays.origins(), 0), (float) EPS);

    // An arbitrary rotation (Rodrigues) applied to the camera-space direction, pixel by pixel.
    Random random = new Random(7);
    double[] axis = {random.nextGaussian(), random.nextGaussian(), random.nextGaussian()};
    double[] r = rodrigues(axis, 1.234);
    Camera camera = new Camera(6, 4, 3.5);
    Rays rotated =
        RayGenerator.allPixels(
            camera, CameraPose.of(r, new double[] {0, 0, 0}), PixelConvention.CENTER);
    Rays plain = RayGenerator.allPixels(camera, CameraPose.identity(), PixelConvention.CENTER);
    for (int k = 0; k < camera.pixelCount(); k++) {
      float[] p = slice(plain.directions(), k);
      float[] expected = new float[3];
      for (int i = 0; i < 3; i++) {
        expected[i] = (float) (r[3 * i] * p[0] + r[3 * i + 1] * p[1] + r[3 * i + 2] * p[2]);
      }
      assertArrayEquals(expected, slice(rotated.directions(), k), 1e-5f);
      assertEquals(norm(p), norm(slice(rotated.directions(), k)), 1e-5);
    }
  }

  @Test
  void pixelsAreRowMajorWithRowZeroAtTheTop() {
    Rays rays =
        RayGenerator.allPixels(
            new Camera(4, 2, 1.0), CameraPose.identity(), PixelConvention.CENTER);
    float[] topLeft = slice(rays.directions(), 0);
    float[] nextInRow = slice(rays.directions(), 1);
    float[] below = slice(rays.directions(), 4);
    assertEquals(1.0f, nextInRow[0] - topLeft[0], 1e-6f);
    assertEquals(-1.0f, below[1] - topLeft[1], 1e-6f);
    assertEquals(0.5f, topLeft[1], 1e-6f);
  }

  @Test
  void focalScalesWithDownscaleAndFieldOfView() {
    Camera full = Camera.fromFieldOfView(400, 400, 0.6911112070083618);
    assertEquals(0.5 * 400 / Math.tan(0.5 * 0.6911112070083618), full.focal(), 1e-9);
    Camera quarter = full.downscaled(4);
    assertEquals(100, quarter.width());
    assertEquals(full.focal() / 4, quarter.focal(), 1e-9);
    assertThrows(IllegalArgumentException.class, () -> full.downscaled(3));
  }

  @Test
  void poseRejectsBadLastRow() {
    double[] m = CameraPose.identity().rowMajor();
    m[12] = 0.5;
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CameraPose.ofRowMajor(m));
    assertEquals(true, e.getMessage().contains("[0, 0, 0, 1]"));
  }

  private static double[] rodrigues(double[] axis, double angle) {
    double n = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
    double x = axis[0] / n;
    double y = axis[1] / n;
    double z = axis[2] / n;
    double c = Math.cos(angle);
    double s = Math.sin(angle);
    double t = 1 - c;
    return new double[] {
      t * x * x + c,
      t * x * y - s * z,
      t * x * z + s * y,
      t * x * y + s * z,
      t * y * y + c,
      t * y * z - s * x,
      t * x * z - s * y,
      t * y * z + s * x,
      t * z * z + c
    };
  }

  private static float[] first(Rays rays) {
    return slice(rays.directions(), 0);
  }

  static float[] slice(float[] a, int k) {
    return new float[] {a[3 * k], a[3 * k + 1], a[3 * k + 2]};
  }

  private static double norm(float[] v) {
    return Math.sqrt(v[0] * v[0] + v[1] * v[1] + v[2] * v[2]);
  }
}
