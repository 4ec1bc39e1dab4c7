package org.edgefilter.vision.corrupt;

import java.util.random.RandomGenerator;

/** One corruption: a uint8 {@code [S, S, 3]} image in, a new one out. */
interface CorruptionFunction {

  /**
   * Corrupts {@code image} (HWC, {@code side x side x 3}, not modified) at {@code severity} 1..5,
   * drawing randomness only from {@code rng}.
   */
  byte[] apply(byte[] image, int side, int severity, RandomGenerator rng);
}
