package org.edgefilter.framework.filter;

import java.util.Arrays;
import java.util.Objects;

/**
 * The low-pass filter whose output an {@link EdgeFilter} subtracts. An immutable value: a kind and,
 * for the Gaussian kinds, its scale.
 *
 * <ul>
 *   <li>{@link #mean()}: the box filter, taps {@code 1/k}.
 *   <li>{@link #gaussian(double)}: the sampled Gaussian {@code exp(-n^2 / (2 sigma^2))} on the
 *       {@code k} taps {@code n = -k/2 .. k/2}, normalized to sum 1.
 *   <li>{@link #median()}: the median of the {@code k} (1D) or {@code k x k} (2D) window.
 *   <li>{@link #discreteGaussian(double)}: Lindeberg's discrete analogue of the Gaussian, {@code
 *       T(n; t) = exp(-t) I_n(t)} with {@code I_n} the modified Bessel function of the first kind
 *       (Lindeberg, "Scale-space for discrete signals", IEEE TPAMI 12(3), 1990), truncated to the
 *       {@code k} taps and renormalized to sum 1. Its untruncated taps sum to 1 and have variance
 *       {@code t}.
 * </ul>
 */
public final class LowPass {

  /** The kinds of low-pass filter. */
  public enum Kind {
    /** The box filter, taps {@code 1/k}. */
    MEAN,
    /** The sampled Gaussian, normalized to sum 1. */
    GAUSSIAN,
    /** The window median (not linear). */
    MEDIAN,
    /** Lindeberg's discrete Gaussian, normalized to sum 1. */
    DISCRETE_GAUSSIAN
  }

  private static final LowPass MEAN = new LowPass(Kind.MEAN, Double.NaN);
  private static final LowPass MEDIAN = new LowPass(Kind.MEDIAN, Double.NaN);

  private final Kind kind;
  private final double scale;

  private LowPass(Kind kind, double scale) {
    this.kind = kind;
    this.scale = scale;
  }

  /** The box (mean) filter. */
  public static LowPass mean() {
    return MEAN;
  }

  /** The sampled, normalized Gaussian with standard deviation {@code sigma} in samples. */
  public static LowPass gaussian(double sigma) {
    checkArgument(
        sigma > 0 && Double.isFinite(sigma),
        "Gaussian sigma must be positive and finite: %s",
        sigma);
    return new LowPass(Kind.GAUSSIAN, sigma);
  }

  /** The sampled Gaussian with {@code sigma = 1}, the default of the Gaussian kind. */
  public static LowPass gaussian() {
    return gaussian(1.0);
  }

  /** The window median. */
  public static LowPass median() {
    return MEDIAN;
  }

  /** Lindeberg's discrete Gaussian with variance (scale) {@code t} in samples squared. */
  public static LowPass discreteGaussian(double t) {
    checkArgument(
        t > 0 && Double.isFinite(t),
        "discrete Gaussian scale t must be positive and finite: %s",
        t);
    return new LowPass(Kind.DISCRETE_GAUSSIAN, t);
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** Sigma for {@link Kind#GAUSSIAN}, t for {@link Kind#DISCRETE_GAUSSIAN}, NaN otherwise. */
  public double scale() {
    return scale;
  }

  /** Whether the filter is linear (a convolution with {@link #taps(int)} along each axis). */
  public boolean isLinear() {
    return kind != Kind.MEDIAN;
  }

  /**
   * The 1D taps of a linear kind for an odd window {@code k}, index {@code i} for offset {@code i -
   * k/2}; they sum to 1. A 2D filter applies them along each axis (the kernel is their outer
   * product).
   *
   * @throws IllegalStateException for {@link Kind#MEDIAN}, which has no taps
   */
  public double[] taps(int k) {
    checkArgument(k > 0 && k % 2 == 1, "kernel size must be odd and positive: %s", k);
    int half = k / 2;
    double[] taps = new double[k];
    switch (kind) {
      case MEAN -> Arrays.fill(taps, 1.0 / k);
      case GAUSSIAN -> {
        for (int i = 0; i < k; i++) {
          double n = i - half;
          taps[i] = Math.exp(-n * n / (2 * scale * scale));
        }
      }
      case DISCRETE_GAUSSIAN -> {
        for (int i = 0; i < k; i++) {
          taps[i] = discreteGaussianTap(i - half, scale);
        }
      }
      case MEDIAN -> throw new IllegalStateException("the median filter is not linear: no taps");
    }
    double sum = Arrays.stream(taps).sum();
    for (int i = 0; i < k; i++) {
      taps[i] /= sum;
    }
    return taps;
  }

  /**
   * The untruncated discrete Gaussian tap {@code T(n; t) = exp(-t) I_|n|(t)}, from the power series
   * {@code I_n(t) = sum_m (t/2)^(2m+n) / (m! (m+n)!)}, summed in log space so that large {@code n}
   * and {@code t} neither overflow nor underflow early.
   */
  public static double discreteGaussianTap(int n, double t) {
    checkArgument(t > 0, "t must be positive: %s", t);
    int order = Math.abs(n);
    double logHalfT = Math.log(t / 2);
    double sum = 0;
    // Terms grow until m is about t/2 and then fall faster than geometrically.
    double logFactM = 0; // log m!
    double logFactMn = logFactorial(order); // log (m + n)!
    for (int m = 0; m < 10_000; m++) {
      if (m > 0) {
        logFactM += Math.log(m);
        logFactMn += Math.log(m + order);
      }
      double logTerm = (2 * m + order) * logHalfT - logFactM - logFactMn - t;
      double term = Math.exp(logTerm);
      sum += term;
      if (m > t && term < 1e-18 * sum) {
        break;
      }
    }
    return sum;
  }

  private static double logFactorial(int n) {
    double s = 0;
    for (int i = 2; i <= n; i++) {
      s += Math.log(i);
    }
    return s;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LowPass other
        && kind == other.kind
        && Double.compare(scale, other.scale) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, scale);
  }

  @Override
  public String toString() {
    return switch (kind) {
      case MEAN -> "mean";
      case MEDIAN -> "median";
      case GAUSSIAN -> "gaussian(sigma=" + scale + ")";
      case DISCRETE_GAUSSIAN -> "discrete-gaussian(t=" + scale + ")";
    };
  }

  /** Guava's {@code checkArgument} without Guava: the op artifact depends on TensorFlow only. */
  private static void checkArgument(boolean ok, String template, Object value) {
    if (!ok) {
      throw new IllegalArgumentException(template.replace("%s", String.valueOf(value)));
    }
  }
}
