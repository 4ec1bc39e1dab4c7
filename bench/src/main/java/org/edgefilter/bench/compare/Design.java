package org.edgefilter.bench.compare;

/** How the two arms' values were matched. */
public enum Design {
  /** Both arms ran the same seeds; one difference per shared seed. */
  PAIRED_BY_SEED,
  /**
   * A metric family such as {@code tent/<corruption>/5}: one difference per entry of the varying
   * segment (e.g. per corruption), each entry's value the mean over that arm's seeds.
   */
  PAIRED_BY_UNIT,
  /** The arms share fewer than 2 seeds: two independent samples. */
  UNPAIRED
}
