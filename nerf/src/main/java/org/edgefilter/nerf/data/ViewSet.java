package org.edgefilter.nerf.data;

import java.util.List;
import org.edgefilter.nerf.geometry.Camera;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.geometry.RayGenerator;

/**
 * Views that share one camera (size and focal length), such as a split of a Blender scene.
 *
 * @param views at least one view, all with the same {@link Camera}
 */
public record ViewSet(List<View> views) {

  public ViewSet {
    views = List.copyOf(views);
    if (views.isEmpty()) {
      throw new IllegalArgumentException("a view set needs at least one view");
    }
    Camera first = views.get(0).camera();
    for (View v : views) {
      if (!v.camera().equals(first)) {
        throw new IllegalArgumentException(
            "view " + v.filePath() + " has camera " + v.camera() + ", expected " + first);
      }
    }
  }

  /** The shared camera. */
  public Camera camera() {
    return views.get(0).camera();
  }

  /** Number of views. */
  public int size() {
    return views.size();
  }

  /** View k in this set's order. */
  public View get(int k) {
    return views.get(k);
  }

  /** Total number of pixels (= rays) over all views. */
  public long pixelCount() {
    return (long) views.size() * camera().pixelCount();
  }

  /**
   * Every pixel's ray and color, view after view, each view in row-major pixel order: ray index
   * {@code v * W * H + j * W + i}.
   *
   * @return origins, directions and rgb, each [V * H * W, 3]
   */
  public RayBatch allRays(PixelConvention convention) {
    long total = 3 * pixelCount();
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(
          pixelCount() + " rays do not fit in flat Java arrays; use a RaySampler instead");
    }
    int perView = camera().pixelCount();
    float[] origins = new float[(int) total];
    float[] directions = new float[(int) total];
    float[] rgb = new float[(int) total];
    for (int v = 0; v < views.size(); v++) {
      View view = views.get(v);
      RayGenerator generator = new RayGenerator(view.camera(), view.pose(), convention);
      for (int p = 0; p < perView; p++) {
        generator.write(p, origins, directions, v * perView + p);
      }
      System.arraycopy(view.image().pixels(), 0, rgb, 3 * v * perView, 3 * perView);
    }
    return new RayBatch(origins, directions, rgb, (int) pixelCount());
  }
}
