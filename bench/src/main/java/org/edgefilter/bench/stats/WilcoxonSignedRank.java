package org.edgefilter.bench.stats;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Wilcoxon signed-rank test of "the paired differences are symmetric about zero", two-sided.
 *
 * <p>The statistic is {@code W+}, the sum of the ranks of |d| over the positive differences (R's
 * {@code V}). Ties in |d| get mid-ranks. Zero differences follow {@link ZeroMethod}. Under the null
 * hypothesis each non-zero difference is positive or negative with probability 1/2 independently,
 * so conditional on the observed ranks {@code W+} is a sum of independent {@code r_i *
 * Bernoulli(1/2)}:
 *
 * <ul>
 *   <li>{@link Method#EXACT}: that distribution is enumerated by dynamic programming over the
 *       doubled (integer) mid-ranks, so it is exact also with ties and with Pratt's zeros (the
 *       conditional permutation test of Pratt 1959). The two-sided p-value is {@code min(1, 2
 *       min(P(W+ <= w), P(W+ >= w)))}; the smallest p it can give is {@code 2 / 2^n}, e.g. 0.5 for
 *       n = 2.
 *   <li>{@link Method#NORMAL}: {@code E[W+] = sum(r)/2}, {@code Var[W+] = sum(r^2)/4}, which equals
 *       {@code n(n+1)(2n+1)/24 - sum(t^3 - t)/48} for mid-ranks with tie groups of size t (the tie
 *       correction), with a continuity correction of 1/2 towards the mean; the convention of R's
 *       {@code wilcox.test(..., paired = TRUE, exact = FALSE, correct = TRUE)}.
 * </ul>
 *
 * <p>Floating-point noise from subtracting metrics would turn equal differences into distinct ones,
 * so values of |d| within {@code 1e-9 * max|d|} of each other are tied, and |d| within that
 * tolerance of zero is a zero difference.
 */
public final class WilcoxonSignedRank {

  /** Name of the test as it appears in reports. */
  public static final String NAME = "Wilcoxon signed-rank test";

  /**
   * With {@link Method#AUTO}, the exact distribution is used up to this many non-zero differences.
   */
  public static final int EXACT_MAX_N = 50;

  static final double RELATIVE_TIE_TOLERANCE = 1e-9;

  /** What to do with zero differences. */
  public enum ZeroMethod {
    /** Wilcoxon (1945): drop zero differences, then rank the rest; n is the count of non-zero d. */
    WILCOXON,
    /**
     * Pratt (1959): rank all |d| including the zeros, then drop the zeros' ranks from the
     * statistic, so the zeros still push the other ranks up.
     */
    PRATT
  }

  /** How the p-value is computed. */
  public enum Method {
    /** Exact for at most {@link #EXACT_MAX_N} non-zero differences, normal approximation above. */
    AUTO,
    EXACT,
    NORMAL
  }

  private final ZeroMethod zeroMethod;
  private final Method method;

  /**
   * @param zeroMethod zero-difference convention
   * @param method exact, normal, or automatic choice by size
   */
  public WilcoxonSignedRank(ZeroMethod zeroMethod, Method method) {
    this.zeroMethod = Objects.requireNonNull(zeroMethod, "zeroMethod");
    this.method = Objects.requireNonNull(method, "method");
  }

  /**
   * Tests the paired differences {@code d} (treatment minus baseline).
   *
   * @param d length n paired differences
   * @return W+ with the two-sided p-value, or the reason there is none (no non-zero difference, n =
   *     1)
   */
  public TestResult test(double[] d) {
    Ranked ranked = rank(d, zeroMethod);
    int n = ranked.nonZeroRanks().length;
    List<String> notes = new ArrayList<>();
    notes.add(zeroNote(ranked.zeros()));
    if (ranked.tieGroups() > 0) {
      notes.add(ranked.tieGroups() + " group(s) of tied |d| got mid-ranks");
    }
    if (n == 0) {
      return TestResult.unavailable(
          NAME, 0, d.length == 0 ? "no pairs" : "every difference is zero: nothing to rank", notes);
    }
    if (n == 1) {
      return TestResult.unavailable(
          NAME, 1, "n = 1 non-zero difference: no test is possible", notes);
    }
    notes.addAll(SmallSample.notes(n));
    double wPlus = ranked.positiveRankSum();
    boolean exact = method == Method.EXACT || (method == Method.AUTO && n <= EXACT_MAX_N);
    if (exact) {
      double minP = Math.min(1.0, 2.0 / Math.pow(2, n));
      if (minP > 0.05) {
        notes.add(
            "with n = "
                + n
                + " the exact two-sided test cannot give p below "
                + new BigDecimal(minP)
                    .round(new MathContext(3))
                    .stripTrailingZeros()
                    .toPlainString());
      }
      return TestResult.of(
          NAME,
          n,
          wPlus,
          Double.NaN,
          exactP(ranked),
          minP,
          ranked.tieGroups() > 0 || ranked.zeros() > 0 && zeroMethod == ZeroMethod.PRATT
              ? "exact (conditional on the observed mid-ranks)"
              : "exact",
          notes);
    }
    return TestResult.of(
        NAME,
        n,
        wPlus,
        Double.NaN,
        normalP(ranked),
        0,
        "normal approximation with tie and continuity correction",
        notes);
  }

  private String zeroMethodLabel() {
    return zeroMethod == ZeroMethod.WILCOXON
        ? "Wilcoxon's convention (zeros dropped before ranking)"
        : "Pratt's convention (zeros ranked, then left out of the statistic)";
  }

  private String zeroNote(int zeros) {
    return zeros == 0
        ? "no zero differences (" + zeroMethodLabel() + ")"
        : zeros + " zero difference(s) handled by " + zeroMethodLabel();
  }

  /** Mid-ranks of |d| (after the zero convention) split into the non-zero entries and signs. */
  record Ranked(double[] nonZeroRanks, boolean[] positive, int zeros, int tieGroups) {
    double positiveRankSum() {
      double s = 0;
      for (int i = 0; i < nonZeroRanks.length; i++) {
        if (positive[i]) {
          s += nonZeroRanks[i];
        }
      }
      return s;
    }
  }

  static Ranked rank(double[] d, ZeroMethod zeroMethod) {
    double scale = 0;
    for (double v : d) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("non-finite difference " + v);
      }
      scale = Math.max(scale, Math.abs(v));
    }
    double tol = RELATIVE_TIE_TOLERANCE * scale;
    int zeros = 0;
    for (double v : d) {
      if (Math.abs(v) <= tol) {
        zeros++;
      }
    }
    // Entries that take part in ranking: all for Pratt, the non-zero ones for Wilcoxon.
    List<double[]> entries = new ArrayList<>(); // {|d|, sign (+1, -1, 0)}
    for (double v : d) {
      boolean zero = Math.abs(v) <= tol;
      if (zero && zeroMethod == ZeroMethod.WILCOXON) {
        continue;
      }
      entries.add(new double[] {zero ? 0 : Math.abs(v), zero ? 0 : Math.signum(v)});
    }
    entries.sort((x, y) -> Double.compare(x[0], y[0]));
    int m = entries.size();
    double[] ranks = new double[m];
    int tieGroups = 0;
    int i = 0;
    while (i < m) {
      int j = i;
      while (j + 1 < m && entries.get(j + 1)[0] - entries.get(i)[0] <= tol) {
        j++;
      }
      // Positions i..j (0-based) share the mean of ranks i+1..j+1.
      double midRank = (i + j + 2) / 2.0;
      for (int k = i; k <= j; k++) {
        ranks[k] = midRank;
      }
      if (j > i && entries.get(i)[1] != 0) {
        tieGroups++;
      }
      i = j + 1;
    }
    int nonZero = m - (zeroMethod == ZeroMethod.PRATT ? zeros : 0);
    double[] nonZeroRanks = new double[nonZero];
    boolean[] positive = new boolean[nonZero];
    int k = 0;
    for (int e = 0; e < m; e++) {
      if (entries.get(e)[1] == 0) {
        continue;
      }
      nonZeroRanks[k] = ranks[e];
      positive[k] = entries.get(e)[1] > 0;
      k++;
    }
    return new Ranked(nonZeroRanks, positive, zeros, tieGroups);
  }

  /** The exact conditional distribution of W+ by counting sign patterns per doubled rank sum. */
  static double exactP(Ranked ranked) {
    double[] ranks = ranked.nonZeroRanks();
    int n = ranks.length;
    int[] doubled = new int[n];
    int total = 0;
    for (int i = 0; i < n; i++) {
      doubled[i] = (int) Math.round(2 * ranks[i]);
      total += doubled[i];
    }
    // counts[s] = number of subsets of ranks whose doubled sum is s; at most 2^50, exact in a long.
    long[] counts = new long[total + 1];
    counts[0] = 1;
    int reach = 0;
    for (int r : doubled) {
      for (int s = reach; s >= 0; s--) {
        if (counts[s] != 0) {
          counts[s + r] += counts[s];
        }
      }
      reach += r;
    }
    int observed = (int) Math.round(2 * ranked.positiveRankSum());
    long lower = 0;
    long upper = 0;
    for (int s = 0; s <= total; s++) {
      if (s <= observed) {
        lower += counts[s];
      }
      if (s >= observed) {
        upper += counts[s];
      }
    }
    double all = Math.pow(2, n);
    return Math.min(1.0, 2 * Math.min(lower, upper) / all);
  }

  static double normalP(Ranked ranked) {
    double sum = 0;
    double sumSq = 0;
    for (double r : ranked.nonZeroRanks()) {
      sum += r;
      sumSq += r * r;
    }
    double mean = sum / 2;
    double sd = Math.sqrt(sumSq / 4);
    double distance = Math.max(0, Math.abs(ranked.positiveRankSum() - mean) - 0.5);
    double z = distance / sd;
    return Math.min(1.0, 2 * new NormalDistribution(null, 0, 1).cumulativeProbability(-z));
  }
}
