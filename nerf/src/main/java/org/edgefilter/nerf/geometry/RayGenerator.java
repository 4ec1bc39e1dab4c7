package org.edgefilter.nerf.geometry;

/**
 * Rays through the pixels of a pinhole camera in the Blender / OpenGL convention (NeRF, Mildenhall
 * et al. 2020, and its {@code get_rays}).
 *
 * <p>For pixel column i and row j (row 0 at the top) with offset o from the {@link
 * PixelConvention}, the camera-space direction is {@code ((i + o - W/2) / f, -(j + o - H/2) / f,
 * -1)}: x right, y up, looking down -z. It is rotated into the world by the pose's 3x3 block; the
 * origin is the pose's translation. Directions are left unnormalized (see {@link Rays}).
 */
public final class RayGenerator {

  private final Camera camera;
  private final CameraPose pose;
  private final PixelConvention convention;
  private final double[] r;
  private final float[] center;

  /** A generator for one camera at one pose. */
  public RayGenerator(Camera camera, CameraPose pose, PixelConvention convention) {
    this.camera = camera;
    this.pose = pose;
    this.convention = convention;
    this.r = new double[9];
    for (int row = 0; row < 3; row++) {
      for (int col = 0; col < 3; col++) {
        r[3 * row + col] = pose.get(row, col);
      }
    }
    double[] c = pose.center();
    this.center = new float[] {(float) c[0], (float) c[1], (float) c[2]};
  }

  /** All W*H rays of the image in row-major pixel order (ray index = j * W + i). */
  public static Rays allPixels(Camera camera, CameraPose pose, PixelConvention convention) {
    RayGenerator generator = new RayGenerator(camera, pose, convention);
    int n = camera.pixelCount();
    float[] origins = new float[3 * n];
    float[] directions = new float[3 * n];
    for (int k = 0; k < n; k++) {
      generator.write(k, origins, directions, k);
    }
    return new Rays(origins, directions, n);
  }

  /**
   * Writes the ray of one pixel into flat arrays.
   *
   * @param pixel row-major pixel index {@code j * W + i}
   * @param origins receives 3 values at {@code 3 * slot}
   * @param directions receives 3 values at {@code 3 * slot}
   * @param slot ray index in the output arrays
   */
  public void write(int pixel, float[] origins, float[] directions, int slot) {
    if (pixel < 0 || pixel >= camera.pixelCount()) {
      throw new IndexOutOfBoundsException(
          "pixel " + pixel + " outside a " + camera.width() + "x" + camera.height() + " image");
    }
    int i = pixel % camera.width();
    int j = pixel / camera.width();
    double o = convention.offset();
    double x = (i + o - 0.5 * camera.width()) / camera.focal();
    double y = -(j + o - 0.5 * camera.height()) / camera.focal();
    double z = -1.0;
    int d = 3 * slot;
    for (int row = 0; row < 3; row++) {
      directions[d + row] = (float) (r[3 * row] * x + r[3 * row + 1] * y + r[3 * row + 2] * z);
      origins[d + row] = center[row];
    }
  }

  /** The camera this generator shoots from. */
  public Camera camera() {
    return camera;
  }

  /** The camera-to-world pose. */
  public CameraPose pose() {
    return pose;
  }
}
