package org.edgefilter.framework.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and the 95% Student-t interval of an arm-minus-baseline difference over
 * seeds: paired by seed when at least two seeds are shared (the arms then start from the same
 * initialization), else Welch's interval.
 *
 * @param mean the arm's mean over seeds
 * @param sd its sample standard deviation
 * @param n seeds
 * @param diff mean difference arm minus baseline (NaN for the baseline itself)
 * @param low lower end of the 95% interval of {@code diff}
 * @param high upper end
 * @param paired whether the interval is paired by seed
 */
public record SeedStats(
    double mean, double sd, int n, double diff, double low, double high, boolean paired) {

  /** The statistics of {@code arm} against {@code baseline} (seed -> value; NaNs dropped). */
  public static SeedStats of(Map<Long, Double> arm, Map<Long, Double> baseline) {
    List<Double> a = finite(arm.values());
    double mean = mean(a);
    double sd = sd(a);
    if (arm == baseline) {
      return new SeedStats(mean, sd, a.size(), Double.NaN, Double.NaN, Double.NaN, false);
    }
    List<Double> d = new ArrayList<>();
    for (Map.Entry<Long, Double> e : arm.entrySet()) {
      Double b = baseline.get(e.getKey());
      if (b != null && Double.isFinite(b) && Double.isFinite(e.getValue())) {
        d.add(e.getValue() - b);
      }
    }
    if (d.size() >= 2) {
      double m = mean(d);
      double half = t(d.size() - 1) * sd(d) / Math.sqrt(d.size());
      return new SeedStats(mean, sd, a.size(), m, m - half, m + half, true);
    }
    List<Double> b = finite(baseline.values());
    double diff = mean - mean(b);
    if (a.size() < 2 || b.size() < 2) {
      return new SeedStats(mean, sd, a.size(), diff, Double.NaN, Double.NaN, false);
    }
    double va = sd * sd / a.size();
    double vb = sd(b) * sd(b) / b.size();
    double se = Math.sqrt(va + vb);
    double df = (va + vb) * (va + vb) / (va * va / (a.size() - 1) + vb * vb / (b.size() - 1));
    double half = se == 0 ? 0 : t(df) * se;
    return new SeedStats(mean, sd, a.size(), diff, diff - half, diff + half, false);
  }

  /** Whether the 95% interval excludes 0. */
  public boolean detectable() {
    return Double.isFinite(low) && (low > 0 || high < 0);
  }

  private static double t(double df) {
    return new TDistribution(null, df).inverseCumulativeProbability(0.975);
  }

  private static List<Double> finite(java.util.Collection<Double> values) {
    return values.stream().filter(Double::isFinite).toList();
  }

  private static double mean(List<Double> x) {
    return x.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  private static double sd(List<Double> x) {
    if (x.size() < 2) {
      return Double.NaN;
    }
    double m = mean(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return Math.sqrt(s / (x.size() - 1));
  }
}
