package org.edgefilter.bench.compare;

import org.edgefilter.bench.stats.WilcoxonSignedRank;

/** Which confidence interval of the mean difference a verdict quotes (all are always reported). */
public enum CiMethod {
  /**
   * The interval that matches the test deciding the verdict: {@link #T} when it is a t-test (paired
   * or Welch), {@link #BCA} when it is the Wilcoxon signed-rank test.
   */
  AUTO,
  /** The Student-t interval of the paired t-test (paired designs) or of Welch's test (unpaired). */
  T,
  /** The bootstrap BCa interval, the percentile interval where BCa is undefined. */
  BCA,
  /** The bootstrap percentile interval. */
  PERCENTILE;

  /**
   * The method a verdict on a comparison decided by {@code primaryTest} quotes: {@link #AUTO}
   * resolved, any other method itself.
   *
   * @param primaryTest the name of the deciding test (e.g. {@link WilcoxonSignedRank#NAME})
   */
  public CiMethod resolve(String primaryTest) {
    if (this != AUTO) {
      return this;
    }
    return WilcoxonSignedRank.NAME.equals(primaryTest) ? BCA : T;
  }

  /** True for the two bootstrap intervals. */
  public boolean isBootstrap() {
    return this == BCA || this == PERCENTILE;
  }

  /** How the interval is named in a sentence: "t", "BCa", "percentile"; "auto" for AUTO. */
  public String label() {
    return switch (this) {
      case AUTO -> "auto";
      case T -> "t";
      case BCA -> "BCa";
      case PERCENTILE -> "percentile";
    };
  }
}
