package org.edgefilter.nerf.geometry;

/**
 * Intrinsics of a square-pixel pinhole camera with its principal point at the image center.
 *
 * @param width image width W in pixels
 * @param height image height H in pixels
 * @param focal focal length f in pixels
 */
public record Camera(int width, int height, double focal) {

  public Camera {
    if (width <= 0 || height <= 0) {
      throw new IllegalArgumentException(
          "camera size must be positive, got " + width + "x" + height);
    }
    if (!(focal > 0) || Double.isInfinite(focal)) {
      throw new IllegalArgumentException(
          "focal length must be a positive finite number, got " + focal);
    }
  }

  /**
   * The camera of a Blender synthetic frame: {@code focal = 0.5 * W / tan(0.5 * cameraAngleX)}, the
   * relation between horizontal field of view and focal length the NeRF loader uses.
   *
   * @param cameraAngleX horizontal field of view in radians ({@code camera_angle_x})
   */
  public static Camera fromFieldOfView(int width, int height, double cameraAngleX) {
    if (!(cameraAngleX > 0 && cameraAngleX < Math.PI)) {
      throw new IllegalArgumentException("camera_angle_x must be in (0, pi), got " + cameraAngleX);
    }
    return new Camera(width, height, 0.5 * width / Math.tan(0.5 * cameraAngleX));
  }

  /**
   * The camera after downscaling the image by an integer factor: the size and the focal length both
   * divide by it, so the field of view is unchanged.
   */
  public Camera downscaled(int factor) {
    if (factor < 1 || width % factor != 0 || height % factor != 0) {
      throw new IllegalArgumentException(
          "downscale factor "
              + factor
              + " must be >= 1 and divide the size "
              + width
              + "x"
              + height);
    }
    return new Camera(width / factor, height / factor, focal / factor);
  }

  /** Number of pixels, {@code W * H}. */
  public int pixelCount() {
    return width * height;
  }
}
