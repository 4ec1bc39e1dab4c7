package org.edgefilter.bench.compare;

import java.util.Objects;

/**
 * The plain-words conclusion of one comparison.
 *
 * @param kind the category
 * @param text one sentence, e.g. "ef-k3 better than baseline by 1.2 (95% t CI 0.4..2.0), p_adj =
 *     0.03" or "no detectable difference with n = 3 (...)"
 * @param ciMethod the interval the sentence quotes, or would quote where it exists: never {@link
 *     CiMethod#AUTO}, and {@link CiMethod#PERCENTILE} where BCa was asked for but is undefined
 */
public record Verdict(Kind kind, String text, CiMethod ciMethod) {

  public Verdict {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(ciMethod, "ciMethod");
    if (ciMethod == CiMethod.AUTO) {
      throw new IllegalArgumentException("a verdict names the interval it quotes, not AUTO");
    }
  }

  /** The category of a verdict. */
  public enum Kind {
    /** The arm is better in the metric's direction, Holm-adjusted p below alpha. */
    BETTER,
    /** The arm is worse, Holm-adjusted p below alpha. */
    WORSE,
    /** The adjusted p-value is not below alpha. */
    NO_DETECTABLE_DIFFERENCE,
    /** No test could be computed (n = 1, zero variance). */
    NOT_TESTABLE
  }
}
