package org.edgefilter.nerf.geometry;

/**
 * A batch of rays as flat arrays ready to feed: ray k starts at {@code origins[3k..3k+2]} and runs
 * along {@code directions[3k..3k+2]}. Directions are not normalized: their camera-space z component
 * is -1, so the ray parameter t is the depth along the camera axis and NeRF's near = 2, far = 6
 * bounds apply to t directly. The arrays are shared, not copied: treat them as read-only.
 *
 * @param origins [size, 3]
 * @param directions [size, 3]
 * @param size number of rays
 */
public record Rays(float[] origins, float[] directions, int size) {

  public Rays {
    if (origins.length != 3 * size || directions.length != 3 * size) {
      throw new IllegalArgumentException(
          "rays need origins and directions of length 3 * "
              + size
              + ", got "
              + origins.length
              + " and "
              + directions.length);
    }
  }
}
