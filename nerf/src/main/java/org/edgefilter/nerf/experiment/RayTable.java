package org.edgefilter.nerf.experiment;

import org.edgefilter.nerf.data.RayBatch;
import org.edgefilter.nerf.data.ViewSet;
import org.edgefilter.nerf.geometry.PixelConvention;

/**
 * Every pixel's ray and color of a set of training views, precomputed once, so a batch of random
 * pixel positions becomes a {@link RayBatch} by copying (position {@code v * H * W + j * W + i}).
 */
final class RayTable {

  private final RayBatch all;

  RayTable(ViewSet views, PixelConvention convention) {
    this.all = views.allRays(convention);
  }

  /** Number of rays (pixels). */
  int size() {
    return all.size();
  }

  /** The rays at {@code positions}, in that order: each array [positions.length, 3]. */
  RayBatch gather(int[] positions) {
    int n = positions.length;
    float[] origins = new float[3 * n];
    float[] directions = new float[3 * n];
    float[] rgb = new float[3 * n];
    for (int k = 0; k < n; k++) {
      int p = positions[k];
      if (p < 0 || p >= all.size()) {
        throw new IndexOutOfBoundsException("ray " + p + " outside 0.." + (all.size() - 1));
      }
      System.arraycopy(all.origins(), 3 * p, origins, 3 * k, 3);
      System.arraycopy(all.directions(), 3 * p, directions, 3 * k, 3);
      System.arraycopy(all.rgb(), 3 * p, rgb, 3 * k, 3);
    }
    return new RayBatch(origins, directions, rgb, n);
  }
}
