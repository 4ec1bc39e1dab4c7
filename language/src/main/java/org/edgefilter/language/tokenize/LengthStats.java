package org.edgefilter.language.tokenize;

import java.util.Arrays;

/**
 * Summary of sequence lengths (e.g. untruncated encoding lengths of a split), to choose a model's
 * maximum sequence length. Percentiles use the nearest-rank definition: the p-th percentile of n
 * sorted values is the value at 1-based rank {@code ceil(p / 100 * n)}.
 *
 * @param count number of sequences
 * @param mean mean length
 * @param p50 median
 * @param p90 90th percentile
 * @param p99 99th percentile
 * @param max longest
 */
public record LengthStats(int count, double mean, int p50, int p90, int p99, int max) {

  /** Summarizes {@code lengths} (at least one value). */
  public static LengthStats of(int[] lengths) {
    if (lengths.length == 0) {
      throw new IllegalArgumentException("no lengths to summarize");
    }
    int[] sorted = lengths.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (int length : sorted) {
      sum += length;
    }
    return new LengthStats(
        sorted.length,
        sum / sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 90),
        percentile(sorted, 99),
        sorted[sorted.length - 1]);
  }

  /** Nearest-rank percentile of ascending {@code sorted}, {@code 0 < p <= 100}. */
  static int percentile(int[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /**
   * Fraction of lengths above {@code limit} (the share a {@code maxLength = limit} would truncate).
   */
  public static double fractionAbove(int[] lengths, int limit) {
    long above = Arrays.stream(lengths).filter(length -> length > limit).count();
    return above / (double) lengths.length;
  }
}
