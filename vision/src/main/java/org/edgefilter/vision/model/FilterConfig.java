package org.edgefilter.vision.model;

import java.util.Optional;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;

/**
 * Where a vision model puts its EdgeFilter and which one.
 *
 * @param kind {@code none} (the baseline arm), {@code mean}, {@code gaussian}, {@code median},
 *     {@code discrete-gaussian}, or {@code low-pass-mean} (the ablation: the low-pass part only)
 * @param k odd window size
 * @param position the slot after which the filter runs; each architecture documents its slots
 *     (WRN: 0 after the stem conv, 1..3 after block group 1..3; ResNet18: 0 after the stem, 1..4
 *     after layer 1..4; ViT: 1..depth after encoder block i, before the final LayerNorm)
 * @param padding border handling
 * @param scale sigma for {@code gaussian}, t for {@code discrete-gaussian}; ignored otherwise
 */
public record FilterConfig(String kind, int k, int position, Padding padding, double scale) {

  public FilterConfig {
    switch (kind) {
      case "none", "mean", "gaussian", "median", "discrete-gaussian", "low-pass-mean" -> { }
      default -> throw new IllegalArgumentException(
          "filter.kind must be one of none, mean, gaussian, median, discrete-gaussian,"
              + " low-pass-mean; got '" + kind + "'");
    }
  }

  /** No filter: the baseline arm. */
  public static FilterConfig none(int position) {
    return new FilterConfig("none", 3, position, Padding.REFLECT, 1.0);
  }

  /** Whether a filter is present. */
  public boolean enabled() {
    return !kind.equals("none");
  }

  /** The filter's spec for a {@code dims}-dimensional feature map, empty for {@code none}. */
  public Optional<EdgeFilterSpec> spec(int dims) {
    if (!enabled()) {
      return Optional.empty();
    }
    LowPass lowPass =
        switch (kind) {
          case "gaussian" -> LowPass.gaussian(scale);
          case "median" -> LowPass.median();
          case "discrete-gaussian" -> LowPass.discreteGaussian(scale);
          default -> LowPass.mean();
        };
    FilterMode mode = kind.equals("low-pass-mean") ? FilterMode.LOW_PASS : FilterMode.HIGH_PASS;
    return Optional.of(
        EdgeFilterSpec.builder().dims(dims).kernelSize(k).lowPass(lowPass).padding(padding)
            .mode(mode).build());
  }

  /** A short arm name such as {@code baseline} or {@code ef-mean-k11-pos1}. */
  public String armName() {
    if (!enabled()) {
      return "baseline";
    }
    String pad = padding == Padding.REFLECT ? "" : "-" + padding.name().toLowerCase();
    return "ef-" + kind + "-k" + k + "-pos" + position + pad;
  }
}
