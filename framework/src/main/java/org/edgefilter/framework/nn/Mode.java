package org.edgefilter.framework.nn;

/** How a tower built from shared layers behaves. */
public enum Mode {
  /**
   * Training: normalization uses batch statistics and records moving-average updates for the train
   * step; dropout is active.
   */
  TRAIN,
  /** Evaluation: normalization uses its moving averages; dropout is off. */
  EVAL,
  /**
   * Test-time adaptation (BN-Norm, TENT): normalization uses the statistics of the current batch
   * but leaves the moving averages untouched; dropout is off.
   */
  ADAPT;

  /** Whether normalization layers normalize with the current batch's statistics. */
  public boolean usesBatchStatistics() {
    return this != EVAL;
  }
}
