package org.edgefilter.nerf.metrics;

import java.util.OptionalDouble;

/**
 * The outcome of a metric that may not be computable here: either a value, or an explicit "not
 * computed" with the reason. Never a placeholder number.
 *
 * @param metric the metric's name, e.g. {@code lpips_alex}
 * @param value the value when computed, empty otherwise
 * @param note why it was not computed, or empty when it was
 */
public record PerceptualScore(String metric, OptionalDouble value, String note) {

  /** A computed value. */
  public static PerceptualScore computed(String metric, double value) {
    return new PerceptualScore(metric, OptionalDouble.of(value), "");
  }

  /** An explicit "not computed" with its reason. */
  public static PerceptualScore notComputed(String metric, String reason) {
    return new PerceptualScore(metric, OptionalDouble.empty(), reason);
  }

  /** Whether a value is present. */
  public boolean isComputed() {
    return value.isPresent();
  }
}
