package org.edgefilter.framework.analysis;

import java.util.Arrays;

/**
 * A divergence between two kernel distributions, in the manner of the CNN Filter DB (Gavrikov and
 * Keuper, CVPR 2022), which compares sets of trained 3x3 filters through the distributions of their
 * principal-component coefficients and a KL divergence between them: both sets are projected on a
 * PCA basis fitted on the reference set, each of the 9 coefficient distributions is estimated by a
 * Gaussian kernel density (Silverman's rule-of-thumb bandwidth, linear binning on a common grid of
 * {@value #GRID} points), and
 *
 * <pre>D(P || Q) = sum_j r_j KL(p_j || q_j)</pre>
 *
 * with {@code r_j} the reference basis's explained-variance ratio, so components that carry the
 * reference's structure count in proportion to it (the weighting is this project's choice). The KL
 * divergence is the natural one for "how unlike the reference is this set": it is zero for equal
 * distributions and grows when the tested set puts mass where the reference has little. Each grid
 * cell gets a floor mass of {@value #FLOOR} before normalization, which keeps the divergence finite
 * for disjoint supports. It is not symmetric; the tested set comes first.
 */
public final class CoefficientDivergence {

  static final int GRID = 512;
  static final double FLOOR = 1e-9;

  private CoefficientDivergence() {}

  /** {@code D(tested || reference)} in the basis of {@code reference} (nats). */
  public static double of(KernelSet tested, KernelSet reference) {
    return of(tested, reference, KernelPca.fit(reference));
  }

  /** {@code D(tested || reference)} in {@code basis} (weights: its explained-variance ratio). */
  public static double of(KernelSet tested, KernelSet reference, KernelPca basis) {
    if (tested.size() < 2 || reference.size() < 2) {
      throw new IllegalArgumentException(
          "a divergence needs at least 2 kernels per set, got "
              + tested.size()
              + " and "
              + reference.size());
    }
    double[][] a = basis.project(tested);
    double[][] b = basis.project(reference);
    double[] weights = basis.explainedVarianceRatio();
    double sum = 0;
    for (int j = 0; j < KernelSet.K; j++) {
      if (weights[j] > 0) {
        sum += weights[j] * kl(a[j], b[j]);
      }
    }
    return sum;
  }

  /** {@code KL(p || q)} of the kernel density estimates of two samples on a common grid. */
  static double kl(double[] p, double[] q) {
    double hp = bandwidth(p);
    double hq = bandwidth(q);
    double lo = Math.min(min(p), min(q));
    double hi = Math.max(max(p), max(q));
    double pad = 4 * Math.max(hp, hq);
    lo -= pad;
    hi += pad;
    if (!(hi > lo)) {
      return 0; // both sets are one and the same point
    }
    double[] mp = masses(p, lo, hi, hp);
    double[] mq = masses(q, lo, hi, hq);
    double kl = 0;
    for (int i = 0; i < GRID; i++) {
      kl += mp[i] * Math.log(mp[i] / mq[i]);
    }
    return Math.max(0, kl);
  }

  /** Silverman's rule: {@code 0.9 min(sd, IQR / 1.34) n^(-1/5)}, or sd alone if the IQR is 0. */
  static double bandwidth(double[] x) {
    int n = x.length;
    double mean = Arrays.stream(x).average().orElse(0);
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    double sd = Math.sqrt(ss / Math.max(1, n - 1));
    double[] sorted = x.clone();
    Arrays.sort(sorted);
    double iqr = quantile(sorted, 0.75) - quantile(sorted, 0.25);
    double spread = iqr > 0 ? Math.min(sd, iqr / 1.34) : sd;
    return 0.9 * spread * Math.pow(n, -0.2);
  }

  /** Probability masses of the grid cells: linear binning, Gaussian smoothing, floor, normalize. */
  private static double[] masses(double[] x, double lo, double hi, double h) {
    double dx = (hi - lo) / (GRID - 1);
    double[] counts = new double[GRID];
    for (double v : x) {
      double pos = (v - lo) / dx;
      int i = (int) Math.floor(pos);
      double frac = pos - i;
      if (i >= GRID - 1) {
        counts[GRID - 1] += 1;
      } else {
        counts[i] += 1 - frac;
        counts[i + 1] += frac;
      }
    }
    double[] smooth;
    if (h <= 0 || h < dx / 4) {
      smooth = counts; // narrower than a cell: the binned counts are the estimate
    } else {
      int half = (int) Math.ceil(4 * h / dx);
      double[] kernel = new double[2 * half + 1];
      for (int k = -half; k <= half; k++) {
        double z = k * dx / h;
        kernel[k + half] = Math.exp(-0.5 * z * z);
      }
      smooth = new double[GRID];
      for (int i = 0; i < GRID; i++) {
        if (counts[i] == 0) {
          continue;
        }
        for (int k = -half; k <= half; k++) {
          int j = i + k;
          if (j >= 0 && j < GRID) {
            smooth[j] += counts[i] * kernel[k + half];
          }
        }
      }
    }
    double total = 0;
    for (double v : smooth) {
      total += v;
    }
    double[] out = new double[GRID];
    double sum = 0;
    for (int i = 0; i < GRID; i++) {
      out[i] = smooth[i] / total + FLOOR;
      sum += out[i];
    }
    for (int i = 0; i < GRID; i++) {
      out[i] /= sum;
    }
    return out;
  }

  private static double quantile(double[] sorted, double q) {
    double pos = q * (sorted.length - 1);
    int i = (int) Math.floor(pos);
    int j = Math.min(sorted.length - 1, i + 1);
    return sorted[i] + (pos - i) * (sorted[j] - sorted[i]);
  }

  private static double min(double[] x) {
    return Arrays.stream(x).min().orElse(0);
  }

  private static double max(double[] x) {
    return Arrays.stream(x).max().orElse(0);
  }
}
