package org.edgefilter.bench.stats;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's (1979) step-down adjustment, which controls the family-wise error rate: with the m
 * available p-values sorted ascending, {@code p_adj(i) = max_{j <= i} min(1, (m - j + 1) p(j))}
 * (the definition of R's {@code p.adjust(p, "holm")}).
 */
public final class Holm {

  private Holm() {}

  /**
   * Adjusts a family of p-values.
   *
   * @param p raw p-values, length m; NaN entries (tests that could not run) are not part of the
   *     family and stay NaN
   * @return adjusted p-values in the input order, length m
   */
  public static double[] adjust(double[] p) {
    Integer[] order = new Integer[p.length];
    int m = 0;
    for (int i = 0; i < p.length; i++) {
      if (!Double.isNaN(p[i])) {
        if (p[i] < 0 || p[i] > 1) {
          throw new IllegalArgumentException(
              "p-value " + p[i] + " at index " + i + " outside [0, 1]");
        }
        order[m++] = i;
      }
    }
    Integer[] available = Arrays.copyOf(order, m);
    Arrays.sort(available, Comparator.comparingDouble(i -> p[i]));
    double[] adjusted = new double[p.length];
    Arrays.fill(adjusted, Double.NaN);
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int i = available[rank];
      running = Math.max(running, Math.min(1.0, (m - rank) * p[i]));
      adjusted[i] = running;
    }
    return adjusted;
  }

  /** The number of p-values that form the family (the non-NaN entries). */
  public static int familySize(double[] p) {
    int m = 0;
    for (double v : p) {
      if (!Double.isNaN(v)) {
        m++;
      }
    }
    return m;
  }
}
