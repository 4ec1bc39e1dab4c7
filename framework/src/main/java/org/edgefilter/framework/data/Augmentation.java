package org.edgefilter.framework.data;

import java.util.SplittableRandom;

/**
 * A random transformation of one example, applied on the host before batching.
 *
 * <p>Implementations change {@code example} in place and must keep its shape. All randomness comes
 * from {@code rng}, which the caller derives from the run seed, the epoch and the batch position,
 * so the same example at the same place in training is always transformed the same way.
 */
@FunctionalInterface
public interface Augmentation {

  /**
   * Transforms one example in place.
   *
   * @param example the example's values, row-major in {@code shape} (for images {@code [H, W, C]})
   * @param shape the per-example shape, without a batch dimension
   * @param rng the random source for this example
   */
  void apply(float[] example, int[] shape, SplittableRandom rng);

  /** This augmentation followed by {@code next}, both drawing from the same generator. */
  default Augmentation andThen(Augmentation next) {
    return (example, shape, rng) -> {
      apply(example, shape, rng);
      next.apply(example, shape, rng);
    };
  }

  /** The augmentation that leaves examples unchanged. */
  static Augmentation none() {
    return (example, shape, rng) -> {};
  }
}
