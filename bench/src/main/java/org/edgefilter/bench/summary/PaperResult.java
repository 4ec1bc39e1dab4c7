package org.edgefilter.bench.summary;

import java.util.Objects;

/**
 * One number pair the paper reports: the baseline's and the filter's value of a metric.
 *
 * @param key how a study refers to it, e.g. {@code audio-urbansound8k}
 * @param setting the paper's setting in words (model, data, training)
 * @param baseline the baseline's value in the paper's units; null when not found
 * @param filter the filter's value; null when not found
 * @param source where the numbers come from (paper section or table, and where this project quotes
 *     them); for a number not found, what was searched
 */
public record PaperResult(
    String key, String setting, Double baseline, Double filter, String source) {

  public PaperResult {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(setting, "setting");
    Objects.requireNonNull(source, "source");
    if ((baseline == null) != (filter == null)) {
      throw new IllegalArgumentException(key + ": give both numbers or neither");
    }
  }

  /** True when both numbers were found. */
  public boolean found() {
    return baseline != null;
  }

  /** {@code filter - baseline}; NaN when not found. */
  public double delta() {
    return found() ? filter - baseline : Double.NaN;
  }
}
