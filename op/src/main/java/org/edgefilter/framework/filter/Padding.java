package org.edgefilter.framework.filter;

/** How a low-pass filter sees beyond the border of the filtered dimensions. */
public enum Padding {
  /**
   * Mirror without repeating the edge sample ({@code c b | a b c | b a}), as TF {@code MirrorPad}
   * REFLECT; what the paper states. Needs {@code k / 2 < size} along every filtered dimension.
   */
  REFLECT,
  /**
   * Zeros that count in the divisor of a mean (the official code's {@code AvgPool} with zero
   * padding), so the borders leak low frequency into the output.
   */
  ZERO,
  /** Repeat the edge sample ({@code a a | a b c | c c}). */
  REPLICATE
}
