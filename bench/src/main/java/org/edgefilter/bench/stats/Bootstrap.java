package org.edgefilter.bench.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * Nonparametric bootstrap confidence intervals, percentile and BCa (Efron and Tibshirani 1993, An
 * Introduction to the Bootstrap, ch. 13-14), seeded so a report is reproducible.
 *
 * <p>Percentile: the {@code (1-level)/2} and {@code (1+level)/2} quantiles of the B bootstrap
 * replicates (type-7 interpolation between order statistics). BCa (E&amp;T eq. 14.9-14.15): {@code
 * alpha_i = Phi(z0 + (z0 + z_i) / (1 - a (z0 + z_i)))} with {@code z0 = Phi^-1(#{theta* <
 * theta-hat} / B)} (ties with theta-hat count one half, which matters only for the discrete
 * bootstrap distributions of tiny samples) and the jackknife acceleration {@code a = sum(u_i^3) /
 * (6 (sum(u_i^2))^(3/2))}, {@code u_i = mean(theta_(.)) - theta_(i)}. For two independent samples
 * the resampling is stratified (each sample resampled within itself) and the acceleration sums the
 * jackknife influence values of both samples, {@code a = sum_j sum_i U_ji^3 / n_j^3 / (6 (sum_j
 * sum_i U_ji^2 / n_j^2)^(3/2))}, {@code U_ji = (n_j - 1)(mean_i theta_(j,i) - theta_(j,i))} (the
 * multi-sample form of Davison and Hinkley 1997, Bootstrap Methods and their Application, ch. 3 and
 * 5; also what SciPy's {@code bootstrap} uses), which reduces to the one-sample formula for one
 * sample.
 */
public final class Bootstrap {

  /** A statistic of one sample. */
  @FunctionalInterface
  public interface Statistic {
    /** The statistic of {@code sample} (length n; do not modify it). */
    double of(double[] sample);
  }

  /** A statistic of two independent samples. */
  @FunctionalInterface
  public interface TwoSampleStatistic {
    /** The statistic of samples {@code a} (length n_a) and {@code b} (length n_b). */
    double of(double[] a, double[] b);
  }

  /** The mean of one sample (for paired differences). */
  public static final Statistic MEAN = Summary::mean;

  /** {@code mean(b) - mean(a)}. */
  public static final TwoSampleStatistic MEAN_DIFFERENCE =
      (a, b) -> Summary.mean(b) - Summary.mean(a);

  /**
   * Below this sample size a bootstrap interval is too narrow (its resamples cannot spread wider
   * than the few observed values), and a note says so.
   */
  public static final int SMALL_N = 10;

  private static final NormalDistribution NORMAL = new NormalDistribution(null, 0, 1);

  private final int resamples;
  private final long seed;

  /**
   * @param resamples number of bootstrap resamples B, at least 100
   * @param seed seed of the resampling; the same seed gives the same interval
   */
  public Bootstrap(int resamples, long seed) {
    if (resamples < 100) {
      throw new IllegalArgumentException("need at least 100 bootstrap resamples, got " + resamples);
    }
    this.resamples = resamples;
    this.seed = seed;
  }

  /**
   * Interval for {@code statistic} of one sample (for paired data: of the differences).
   *
   * @param x the sample, length n; n &gt;= 2 for an interval
   * @param statistic the statistic
   * @param level confidence level in (0, 1)
   */
  public BootstrapInterval oneSample(double[] x, Statistic statistic, double level) {
    checkLevel(level);
    double estimate = x.length == 0 ? Double.NaN : statistic.of(x);
    if (x.length < 2) {
      return BootstrapInterval.unavailable(
          estimate, level, "n = " + x.length + ": a bootstrap interval needs at least 2 values");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] replicates = new double[resamples];
    double[] sample = new double[x.length];
    for (int b = 0; b < resamples; b++) {
      resample(x, sample, random);
      replicates[b] = statistic.of(sample);
    }
    return interval(estimate, replicates, acceleration(x, statistic), level, x.length);
  }

  /**
   * Interval for {@code statistic} of two independent samples, resampled within each sample.
   *
   * @param a first sample (the baseline), length n_a &gt;= 2
   * @param b second sample, length n_b &gt;= 2
   * @param statistic e.g. {@link #MEAN_DIFFERENCE}
   * @param level confidence level in (0, 1)
   */
  public BootstrapInterval twoSample(
      double[] a, double[] b, TwoSampleStatistic statistic, double level) {
    checkLevel(level);
    double estimate = a.length == 0 || b.length == 0 ? Double.NaN : statistic.of(a, b);
    if (a.length < 2 || b.length < 2) {
      return BootstrapInterval.unavailable(
          estimate,
          level,
          "a two-sample bootstrap interval needs at least 2 runs per arm (have "
              + a.length
              + " and "
              + b.length
              + ")");
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] replicates = new double[resamples];
    double[] sa = new double[a.length];
    double[] sb = new double[b.length];
    for (int r = 0; r < resamples; r++) {
      resample(a, sa, random);
      resample(b, sb, random);
      replicates[r] = statistic.of(sa, sb);
    }
    return interval(
        estimate, replicates, acceleration(a, b, statistic), level, Math.min(a.length, b.length));
  }

  /**
   * The jackknife acceleration of E&amp;T eq. 14.15; 0 when every leave-one-out value is equal.
   *
   * @param x sample, length n &gt;= 2
   */
  public static double acceleration(double[] x, Statistic statistic) {
    double[] jack = jackknife(x, statistic);
    double mean = Summary.mean(jack);
    double num = 0;
    double den = 0;
    for (double t : jack) {
      double u = mean - t;
      num += u * u * u;
      den += u * u;
    }
    return den == 0 ? 0 : num / (6 * Math.pow(den, 1.5));
  }

  /** The two-sample jackknife acceleration described in the class comment. */
  public static double acceleration(double[] a, double[] b, TwoSampleStatistic statistic) {
    double[] jackA = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      jackA[i] = statistic.of(leaveOut(a, i), b);
    }
    double[] jackB = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      jackB[i] = statistic.of(a, leaveOut(b, i));
    }
    double[] moments = new double[2];
    addInfluenceMoments(jackA, moments);
    addInfluenceMoments(jackB, moments);
    return moments[1] == 0 ? 0 : moments[0] / (6 * Math.pow(moments[1], 1.5));
  }

  private static void addInfluenceMoments(double[] jack, double[] moments) {
    int n = jack.length;
    double mean = Summary.mean(jack);
    for (double t : jack) {
      double u = (n - 1) * (mean - t);
      moments[0] += u * u * u / ((double) n * n * n);
      moments[1] += u * u / ((double) n * n);
    }
  }

  static double[] jackknife(double[] x, Statistic statistic) {
    double[] jack = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      jack[i] = statistic.of(leaveOut(x, i));
    }
    return jack;
  }

  private static double[] leaveOut(double[] x, int skip) {
    double[] out = new double[x.length - 1];
    System.arraycopy(x, 0, out, 0, skip);
    System.arraycopy(x, skip + 1, out, skip, x.length - skip - 1);
    return out;
  }

  private static void resample(double[] from, double[] into, SplittableRandom random) {
    for (int i = 0; i < into.length; i++) {
      into[i] = from[random.nextInt(from.length)];
    }
  }

  private BootstrapInterval interval(
      double estimate, double[] replicates, double acceleration, double level, int n) {
    Arrays.sort(replicates);
    List<String> notes = new ArrayList<>();
    if (n < SMALL_N) {
      notes.add(
          "n = "
              + n
              + ": bootstrap intervals of small samples are too narrow (the resamples cannot vary"
              + " more than the few observed values); read them as rough");
    }
    double alphaLow = (1 - level) / 2;
    double alphaHigh = (1 + level) / 2;
    double lowest = replicates[0];
    double highest = replicates[replicates.length - 1];
    double tol = 1e-10 * (Math.abs(lowest) + Math.abs(highest) + Math.abs(estimate));
    if (highest - lowest <= tol) {
      notes.add("every resample gives the same value (zero variance): the interval is a point");
      return new BootstrapInterval(
          estimate,
          level,
          resamples,
          lowest,
          highest,
          lowest,
          highest,
          Double.NaN,
          acceleration,
          null,
          notes);
    }
    double percentileLow = quantile(replicates, alphaLow);
    double percentileHigh = quantile(replicates, alphaHigh);

    int below = 0;
    int equal = 0;
    for (double r : replicates) {
      if (Math.abs(r - estimate) <= tol) {
        equal++;
      } else if (r < estimate) {
        below++;
      }
    }
    double share = (below + 0.5 * equal) / replicates.length;
    if (share <= 0 || share >= 1) {
      notes.add("BCa undefined: the estimate lies outside the bootstrap distribution");
      return new BootstrapInterval(
          estimate,
          level,
          resamples,
          percentileLow,
          percentileHigh,
          Double.NaN,
          Double.NaN,
          Double.NaN,
          acceleration,
          null,
          notes);
    }
    double z0 = NORMAL.inverseCumulativeProbability(share);
    double bcaLow = quantile(replicates, bcaLevel(z0, acceleration, alphaLow));
    double bcaHigh = quantile(replicates, bcaLevel(z0, acceleration, alphaHigh));
    return new BootstrapInterval(
        estimate,
        level,
        resamples,
        percentileLow,
        percentileHigh,
        bcaLow,
        bcaHigh,
        z0,
        acceleration,
        null,
        notes);
  }

  /** E&amp;T eq. 14.10: the replicate quantile BCa reads instead of alpha. */
  static double bcaLevel(double z0, double a, double alpha) {
    double z = z0 + NORMAL.inverseCumulativeProbability(alpha);
    double adjusted = NORMAL.cumulativeProbability(z0 + z / (1 - a * z));
    return Math.min(1, Math.max(0, adjusted));
  }

  /** Type-7 quantile of sorted values: linear interpolation at position p (n - 1). */
  static double quantile(double[] sorted, double p) {
    double h = p * (sorted.length - 1);
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  private static void checkLevel(double level) {
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
  }
}
