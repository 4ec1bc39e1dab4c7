package org.edgefilter.nerf.geometry;

/**
 * Where inside a pixel its ray passes.
 *
 * <p>The original NeRF code ({@code get_rays} in bmild/nerf) uses the integer pixel coordinates, so
 * pixel (0, 0) is shot through its top-left corner and the image's rays are off by half a pixel.
 * nerfstudio ({@code Cameras.get_image_coords(pixel_offset=0.5)} in {@code
 * nerfstudio/cameras/cameras.py}) shoots through the pixel center, which is what the pixel's color
 * is an average around. The default here is {@link #CENTER}; {@link #CORNER} reproduces the
 * original code exactly. For a 400 px image the two differ by 0.5 px, about 0.05 degrees.
 */
public enum PixelConvention {
  /** Ray through the pixel center: offset 0.5 (nerfstudio). The default. */
  CENTER(0.5),
  /** Ray through the integer pixel coordinate: offset 0 (original NeRF code). */
  CORNER(0.0);

  private final double offset;

  PixelConvention(double offset) {
    this.offset = offset;
  }

  /** The offset added to a pixel's integer column and row before projecting. */
  public double offset() {
    return offset;
  }
}
