package org.edgefilter.bench.stats;

/** Paired differences {@code treatment_i - baseline_i}. */
public final class Differences {

  private Differences() {}

  /**
   * Element-wise {@code treatment - baseline}.
   *
   * @param baseline length n
   * @param treatment length n, aligned with baseline (same seed or unit at the same index)
   * @return length n
   */
  public static double[] of(double[] baseline, double[] treatment) {
    if (baseline.length != treatment.length) {
      throw new IllegalArgumentException(
          "paired samples differ in length: " + baseline.length + " vs " + treatment.length);
    }
    double[] d = new double[baseline.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = treatment[i] - baseline[i];
    }
    return d;
  }
}
