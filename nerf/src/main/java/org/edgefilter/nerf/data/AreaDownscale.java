package org.edgefilter.nerf.data;

import org.edgefilter.framework.io.RgbImage;

/**
 * Downscales an image by an integer factor k by averaging each k x k block (area averaging, what
 * OpenCV's {@code INTER_AREA} does for integer factors).
 *
 * <p>The blocks are averaged after compositing on white. Averaging the composited colors is what a
 * k-times coarser sensor would record; the NeRF loaders' {@code half_res} instead resizes the RGBA
 * image and composites afterwards, which differs only at the object's silhouette.
 */
public final class AreaDownscale {

  private AreaDownscale() {}

  /**
   * The downscaled image.
   *
   * @param image [H, W, 3]
   * @param factor k >= 1 dividing H and W
   * @return [H/k, W/k, 3]; the same instance when k = 1
   */
  public static RgbImage apply(RgbImage image, int factor) {
    if (factor < 1 || image.height() % factor != 0 || image.width() % factor != 0) {
      throw new IllegalArgumentException(
          "downscale factor "
              + factor
              + " must be >= 1 and divide the image size "
              + image.height()
              + "x"
              + image.width());
    }
    if (factor == 1) {
      return image;
    }
    int h = image.height() / factor;
    int w = image.width() / factor;
    int srcW = image.width();
    float[] src = image.pixels();
    float[] out = new float[3 * h * w];
    float norm = 1f / (factor * factor);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        float r = 0;
        float g = 0;
        float b = 0;
        for (int dy = 0; dy < factor; dy++) {
          int s = ((y * factor + dy) * srcW + x * factor) * 3;
          for (int dx = 0; dx < factor; dx++, s += 3) {
            r += src[s];
            g += src[s + 1];
            b += src[s + 2];
          }
        }
        int o = (y * w + x) * 3;
        out[o] = r * norm;
        out[o + 1] = g * norm;
        out[o + 2] = b * norm;
      }
    }
    return new RgbImage(h, w, out);
  }
}
