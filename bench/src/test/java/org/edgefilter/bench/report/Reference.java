package org.edgefilter.bench.report;

import java.util.Arrays;
import java.util.Random;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Plain-loop reference implementations used to check the report's numbers independently of the
 * production code (a different RNG, a different quantile loop, textbook formulas).
 */
final class Reference {

  private static final NormalDistribution NORMAL = new NormalDistribution();

  private Reference() {}

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  static double sd(double[] x) {
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }

  /** Gamma at a positive integer or half-integer, by the recurrences from Gamma(1), Gamma(1/2). */
  static double gamma(double x) {
    double g = Math.abs(x - Math.rint(x)) < 1e-12 ? 1 : Math.sqrt(Math.PI);
    for (double k = Math.abs(x - Math.rint(x)) < 1e-12 ? 1 : 0.5; k < x - 1e-9; k += 1) {
      g *= k;
    }
    return g;
  }

  /** Hedges' J(df) = Gamma(df/2) / (sqrt(df/2) Gamma((df-1)/2)). */
  static double hedgesJ(int df) {
    return gamma(df / 2.0) / (Math.sqrt(df / 2.0) * gamma((df - 1) / 2.0));
  }

  /** Exact two-sided Wilcoxon p for distinct non-zero differences, by enumerating signs. */
  static double wilcoxonExact(double[] d) {
    double[] nz = Arrays.stream(d).filter(v -> v != 0).toArray();
    int n = nz.length;
    double[] rank = new double[n];
    for (int i = 0; i < n; i++) {
      int less = 0;
      int equal = 0;
      for (double w : nz) {
        if (Math.abs(w) < Math.abs(nz[i])) {
          less++;
        } else if (Math.abs(w) == Math.abs(nz[i])) {
          equal++;
        }
      }
      rank[i] = less + (equal + 1) / 2.0;
    }
    double observed = 0;
    for (int i = 0; i < n; i++) {
      if (nz[i] > 0) {
        observed += rank[i];
      }
    }
    long lower = 0;
    long upper = 0;
    for (int mask = 0; mask < (1 << n); mask++) {
      double s = 0;
      for (int i = 0; i < n; i++) {
        if ((mask >> i & 1) == 1) {
          s += rank[i];
        }
      }
      if (s <= observed + 1e-9) {
        lower++;
      }
      if (s >= observed - 1e-9) {
        upper++;
      }
    }
    return Math.min(1, 2.0 * Math.min(lower, upper) / (1L << n));
  }

  /** Percentile and BCa bounds {pLo, pHi, bLo, bHi} of the mean of {@code d}. */
  static double[] pairedBootstrap(double[] d, double level, int b, long seed) {
    Random r = new Random(seed);
    double[] reps = new double[b];
    for (int k = 0; k < b; k++) {
      double s = 0;
      for (int i = 0; i < d.length; i++) {
        s += d[r.nextInt(d.length)];
      }
      reps[k] = s / d.length;
    }
    double[] jack = new double[d.length];
    double total = 0;
    for (double v : d) {
      total += v;
    }
    for (int i = 0; i < d.length; i++) {
      jack[i] = (total - d[i]) / (d.length - 1);
    }
    return intervals(reps, mean(d), acceleration(new double[][] {jack}), level);
  }

  /** Same for {@code mean(a) - mean(base)} of independent samples, resampled separately. */
  static double[] unpairedBootstrap(double[] base, double[] a, double level, int b, long seed) {
    Random r = new Random(seed);
    double[] reps = new double[b];
    for (int k = 0; k < b; k++) {
      double sb = 0;
      for (int i = 0; i < base.length; i++) {
        sb += base[r.nextInt(base.length)];
      }
      double sa = 0;
      for (int i = 0; i < a.length; i++) {
        sa += a[r.nextInt(a.length)];
      }
      reps[k] = sa / a.length - sb / base.length;
    }
    double ma = mean(a);
    double mb = mean(base);
    double[] jackBase = new double[base.length];
    for (int i = 0; i < base.length; i++) {
      jackBase[i] = ma - (mb * base.length - base[i]) / (base.length - 1);
    }
    double[] jackA = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      jackA[i] = (ma * a.length - a[i]) / (a.length - 1) - mb;
    }
    return intervals(reps, ma - mb, acceleration(new double[][] {jackBase, jackA}), level);
  }

  /** Multi-sample jackknife acceleration with influence values (n_j - 1)(mean - theta_(i)). */
  private static double acceleration(double[][] jacks) {
    double num = 0;
    double den = 0;
    for (double[] jack : jacks) {
      int n = jack.length;
      double m = mean(jack);
      for (double t : jack) {
        double u = (n - 1) * (m - t);
        num += Math.pow(u, 3) / Math.pow(n, 3);
        den += u * u / ((double) n * n);
      }
    }
    return num / (6 * Math.pow(den, 1.5));
  }

  private static double[] intervals(double[] reps, double estimate, double a, double level) {
    Arrays.sort(reps);
    double lo = (1 - level) / 2;
    double hi = (1 + level) / 2;
    double below = 0;
    for (double v : reps) {
      if (Math.abs(v - estimate) <= 1e-10 * (Math.abs(v) + Math.abs(estimate))) {
        below += 0.5;
      } else if (v < estimate) {
        below += 1;
      }
    }
    double z0 = NORMAL.inverseCumulativeProbability(below / reps.length);
    return new double[] {
      quantile(reps, lo), quantile(reps, hi),
      quantile(reps, bca(z0, a, lo)), quantile(reps, bca(z0, a, hi))
    };
  }

  private static double bca(double z0, double a, double alpha) {
    double z = z0 + NORMAL.inverseCumulativeProbability(alpha);
    return NORMAL.cumulativeProbability(z0 + z / (1 - a * z));
  }

  private static double quantile(double[] sorted, double p) {
    double h = p * (sorted.length - 1);
    int i = (int) h;
    return i + 1 < sorted.length ? sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]) : sorted[i];
  }
}
