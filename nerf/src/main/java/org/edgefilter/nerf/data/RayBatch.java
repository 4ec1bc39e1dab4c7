package org.edgefilter.nerf.data;

/**
 * Rays with their target colors, as flat arrays ready to feed. Directions are unnormalized with
 * camera-space z = -1 (see {@link org.edgefilter.nerf.geometry.Rays}). Arrays are shared, not
 * copied.
 *
 * @param origins [size, 3]
 * @param directions [size, 3]
 * @param rgb [size, 3] target colors in [0, 1]
 * @param size number of rays
 */
public record RayBatch(float[] origins, float[] directions, float[] rgb, int size) {

  public RayBatch {
    if (origins.length != 3 * size || directions.length != 3 * size || rgb.length != 3 * size) {
      throw new IllegalArgumentException(
          "a batch of " + size + " rays needs three arrays of length " + 3 * size);
    }
  }
}
