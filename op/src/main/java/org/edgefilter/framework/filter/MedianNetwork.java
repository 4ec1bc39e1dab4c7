package org.edgefilter.framework.filter;

import java.util.ArrayList;
import java.util.List;

/**
 * A min/max selection network that finds the median of {@code n} values (n odd): Batcher's odd-even
 * merge sort for the next power of two, with the comparators that touch the virtual {@code +inf}
 * inputs beyond {@code n} removed, pruned backwards to the comparators whose outputs can reach the
 * middle wire. Each comparator {@code (lo, hi)} replaces the pair by {@code (min, max)}; a
 * comparator that feeds only one later wire computes only that side.
 *
 * <p>Batcher, "Sorting networks and their applications", AFIPS 1968; the index formulation is
 * Knuth, TAOCP vol. 3, 5.3.4.
 */
final class MedianNetwork {

  /**
   * One comparator: wires {@code lo < hi}; {@code needMin} / {@code needMax} say whether the
   * minimum (to {@code lo}) and the maximum (to {@code hi}) are read later.
   */
  record Comparator(int lo, int hi, boolean needMin, boolean needMax) {}

  private final int size;
  private final List<Comparator> comparators;

  private MedianNetwork(int size, List<Comparator> comparators) {
    this.size = size;
    this.comparators = comparators;
  }

  /**
   * The pruned network for the median of {@code n} (odd) inputs; wire {@code n / 2} is the output.
   */
  static MedianNetwork forSize(int n) {
    if (n <= 0 || n % 2 == 0) {
      throw new IllegalArgumentException("median network size must be odd and positive: " + n);
    }
    List<int[]> sorting = sortingNetwork(n);
    boolean[] needed = new boolean[n];
    needed[n / 2] = true;
    List<Comparator> reversed = new ArrayList<>();
    for (int c = sorting.size() - 1; c >= 0; c--) {
      int lo = sorting.get(c)[0];
      int hi = sorting.get(c)[1];
      boolean needMin = needed[lo];
      boolean needMax = needed[hi];
      if (needMin || needMax) {
        reversed.add(new Comparator(lo, hi, needMin, needMax));
        needed[lo] = true;
        needed[hi] = true;
      }
    }
    List<Comparator> forward = new ArrayList<>(reversed.size());
    for (int i = reversed.size() - 1; i >= 0; i--) {
      forward.add(reversed.get(i));
    }
    return new MedianNetwork(n, List.copyOf(forward));
  }

  /** Batcher's odd-even merge sort comparators for {@code n} inputs (wires beyond n dropped). */
  static List<int[]> sortingNetwork(int n) {
    int m = 1;
    while (m < n) {
      m <<= 1;
    }
    List<int[]> out = new ArrayList<>();
    for (int p = 1; p < m; p <<= 1) {
      for (int k = p; k >= 1; k >>= 1) {
        for (int j = k % p; j + k < m; j += 2 * k) {
          for (int i = 0; i < k && i + j + k < m; i++) {
            int a = i + j;
            int b = i + j + k;
            if (a / (2 * p) == b / (2 * p) && b < n) {
              out.add(new int[] {a, b});
            }
          }
        }
      }
    }
    return out;
  }

  int size() {
    return size;
  }

  List<Comparator> comparators() {
    return comparators;
  }

  /** Runs the network on plain values (for tests and as documentation of the semantics). */
  float median(float[] values) {
    if (values.length != size) {
      throw new IllegalArgumentException("expected " + size + " values, got " + values.length);
    }
    float[] w = values.clone();
    for (Comparator c : comparators) {
      float a = w[c.lo()];
      float b = w[c.hi()];
      w[c.lo()] = Math.min(a, b);
      w[c.hi()] = Math.max(a, b);
    }
    return w[size / 2];
  }
}
