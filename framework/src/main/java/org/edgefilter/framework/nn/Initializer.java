package org.edgefilter.framework.nn;

import java.util.SplittableRandom;

/**
 * Produces a parameter's initial values on the host. See {@link Initializers} for the usual ones.
 */
@FunctionalInterface
public interface Initializer {

  /**
   * Draws initial values.
   *
   * @param shape the parameter's shape
   * @param rng the parameter's own random stream, derived from the run seed and its name
   * @return row-major values, exactly as many as {@code shape} holds
   */
  float[] sample(long[] shape, SplittableRandom rng);
}
