package org.edgefilter.bench.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.edgefilter.bench.stats.WilcoxonSignedRank.ZeroMethod;

/**
 * How arms are compared.
 *
 * @param baseline the reference arm every other arm is compared with
 * @param arms the arms to compare with the baseline; empty for every other arm
 * @param metrics metrics to compare; empty for every metric except {@code probe/...}
 * @param axes metric families paired by their varying segment; null to detect them ({@link
 *     AxisPattern#detect})
 * @param alpha family-wise significance level of the Holm-adjusted verdicts
 * @param level confidence level of the bootstrap intervals
 * @param resamples bootstrap resamples B
 * @param bootstrapSeed seed of the bootstrap (same seed, same intervals)
 * @param zeroMethod zero-difference convention of the Wilcoxon test
 * @param primaryTest the test whose p-value is adjusted and decides the verdict
 * @param verdictCi the interval a verdict quotes; {@link CiMethod#AUTO} (the default) quotes the
 *     one that matches the primary test
 * @param holmFamily which comparisons are Holm-adjusted together (default: per study)
 */
public record ComparisonSettings(
    String baseline,
    List<String> arms,
    List<MetricGlob> metrics,
    List<AxisPattern> axes,
    double alpha,
    double level,
    int resamples,
    long bootstrapSeed,
    ZeroMethod zeroMethod,
    PrimaryTest primaryTest,
    CiMethod verdictCi,
    HolmFamily holmFamily) {

  /** Prefix of diagnostic metrics (densities, spectra) that are plotted, not tested. */
  public static final String PROBE_PREFIX = "probe/";

  public ComparisonSettings {
    Objects.requireNonNull(baseline, "baseline");
    arms = List.copyOf(arms);
    metrics = List.copyOf(metrics);
    axes = axes == null ? null : List.copyOf(axes);
    Objects.requireNonNull(zeroMethod, "zeroMethod");
    Objects.requireNonNull(primaryTest, "primaryTest");
    Objects.requireNonNull(verdictCi, "verdictCi");
    Objects.requireNonNull(holmFamily, "holmFamily");
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha must be in (0, 1), got " + alpha);
    }
    if (!(level > 0 && level < 1)) {
      throw new IllegalArgumentException("confidence level must be in (0, 1), got " + level);
    }
  }

  /** True when {@code metric} is selected for comparison (probes never are). */
  public boolean selects(String metric) {
    if (metric.startsWith(PROBE_PREFIX)) {
      return false;
    }
    return metrics.isEmpty() || metrics.stream().anyMatch(g -> g.matches(metric));
  }

  /**
   * Defaults: baseline {@code baseline}, alpha 0.05, 95% CIs, 10,000 resamples, seed 1, Wilcoxon's
   * zero convention, the t-test as primary test, verdicts quoting the interval of the primary test,
   * one Holm family per study.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ComparisonSettings}; every option has a default. */
  public static final class Builder {
    private String baseline = "baseline";
    private final List<String> arms = new ArrayList<>();
    private final List<MetricGlob> metrics = new ArrayList<>();
    private List<AxisPattern> axes;
    private double alpha = 0.05;
    private double level = 0.95;
    private int resamples = 10_000;
    private long bootstrapSeed = 1;
    private ZeroMethod zeroMethod = ZeroMethod.WILCOXON;
    private PrimaryTest primaryTest = PrimaryTest.T_TEST;
    private CiMethod verdictCi = CiMethod.AUTO;
    private HolmFamily holmFamily = HolmFamily.STUDY;

    private Builder() {}

    public Builder optBaseline(String baseline) {
      this.baseline = baseline;
      return this;
    }

    public Builder optArm(String arm) {
      arms.add(arm);
      return this;
    }

    public Builder optMetric(String glob) {
      metrics.add(new MetricGlob(glob));
      return this;
    }

    /** Adds an explicit axis pattern; once any is given, automatic detection is off. */
    public Builder optAxis(String pattern) {
      if (axes == null) {
        axes = new ArrayList<>();
      }
      axes.add(new AxisPattern(pattern));
      return this;
    }

    /** Turns automatic axis detection off without naming any axis. */
    public Builder optNoAxes() {
      axes = new ArrayList<>();
      return this;
    }

    public Builder optAlpha(double alpha) {
      this.alpha = alpha;
      return this;
    }

    public Builder optLevel(double level) {
      this.level = level;
      return this;
    }

    public Builder optResamples(int resamples) {
      this.resamples = resamples;
      return this;
    }

    public Builder optBootstrapSeed(long seed) {
      this.bootstrapSeed = seed;
      return this;
    }

    public Builder optZeroMethod(ZeroMethod zeroMethod) {
      this.zeroMethod = zeroMethod;
      return this;
    }

    public Builder optPrimaryTest(PrimaryTest primaryTest) {
      this.primaryTest = primaryTest;
      return this;
    }

    public Builder optVerdictCi(CiMethod verdictCi) {
      this.verdictCi = verdictCi;
      return this;
    }

    public Builder optHolmFamily(HolmFamily holmFamily) {
      this.holmFamily = holmFamily;
      return this;
    }

    public ComparisonSettings build() {
      return new ComparisonSettings(
          baseline,
          arms,
          metrics,
          axes,
          alpha,
          level,
          resamples,
          bootstrapSeed,
          zeroMethod,
          primaryTest,
          verdictCi,
          holmFamily);
    }
  }
}
