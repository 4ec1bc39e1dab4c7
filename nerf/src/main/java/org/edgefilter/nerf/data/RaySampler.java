package org.edgefilter.nerf.data;

import java.util.Random;
import org.edgefilter.nerf.geometry.PixelConvention;
import org.edgefilter.nerf.geometry.RayGenerator;

/**
 * Random batches of rays over all pixels of a view set, for training with random rays per step
 * (NeRF's "batching" mode).
 *
 * <p>Each epoch is a seeded random permutation of every (view, pixel) pair; batches walk through
 * it, and a batch that crosses the end of an epoch continues in a freshly shuffled one. So every
 * pixel is visited exactly once per epoch, and the same seed gives the same batches. Rays are
 * generated on demand, so memory is one int per pixel (the permutation) plus the images.
 */
public final class RaySampler {

  private final ViewSet views;
  private final RayGenerator[] generators;
  private final Random random;
  private final int[] order;
  private final int perView;
  private int cursor;
  private long epoch;

  /**
   * A sampler over every pixel of {@code views}.
   *
   * @param seed drives the permutation of every epoch
   */
  public RaySampler(ViewSet views, PixelConvention convention, long seed) {
    if (views.pixelCount() > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException(views.pixelCount() + " pixels are too many to sample");
    }
    this.views = views;
    this.generators = new RayGenerator[views.size()];
    for (int v = 0; v < views.size(); v++) {
      View view = views.get(v);
      generators[v] = new RayGenerator(view.camera(), view.pose(), convention);
    }
    this.perView = views.camera().pixelCount();
    this.random = new Random(seed);
    this.order = new int[(int) views.pixelCount()];
    for (int k = 0; k < order.length; k++) {
      order[k] = k;
    }
    shuffle();
  }

  /**
   * The next batch.
   *
   * @param batchSize number of rays, >= 1
   * @return origins, directions and rgb, each [batchSize, 3]
   */
  public RayBatch next(int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be >= 1, got " + batchSize);
    }
    float[] origins = new float[3 * batchSize];
    float[] directions = new float[3 * batchSize];
    float[] rgb = new float[3 * batchSize];
    for (int b = 0; b < batchSize; b++) {
      if (cursor == order.length) {
        shuffle();
      }
      int ray = order[cursor++];
      int v = ray / perView;
      int pixel = ray % perView;
      generators[v].write(pixel, origins, directions, b);
      System.arraycopy(views.get(v).image().pixels(), 3 * pixel, rgb, 3 * b, 3);
    }
    return new RayBatch(origins, directions, rgb, batchSize);
  }

  /** Epochs started so far (1 after construction). */
  public long epoch() {
    return epoch;
  }

  /** Total number of rays in one epoch. */
  public int raysPerEpoch() {
    return order.length;
  }

  private void shuffle() {
    for (int k = order.length - 1; k > 0; k--) {
      int j = random.nextInt(k + 1);
      int t = order[k];
      order[k] = order[j];
      order[j] = t;
    }
    cursor = 0;
    epoch++;
  }
}
