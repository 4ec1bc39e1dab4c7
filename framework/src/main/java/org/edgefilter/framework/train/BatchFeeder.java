package org.edgefilter.framework.train;

import java.util.SplittableRandom;

/**
 * Makes the feeds of one training batch from dataset positions, e.g. {@code (indices, rng) ->
 * Feeds.create().batch(x, y, data.batch(indices, augmentation, rng))}.
 */
@FunctionalInterface
public interface BatchFeeder {

  /**
   * @param indices the batch's dataset positions
   * @param rng the batch's random stream (augmentation), derived from the seed, epoch and batch
   * @return feeds the trainer closes after the step
   */
  Feeds feed(int[] indices, SplittableRandom rng);
}
