package org.edgefilter.nerf.model;

import java.util.Objects;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;

/**
 * Where and how the 1D EdgeFilter sits in a NeRF MLP (both the coarse and the fine network).
 *
 * @param mode HIGH_PASS (the filter arm), LOW_PASS (ablation) or IDENTITY (the baseline arm)
 * @param axis the axis filtered: hidden features of each sample or samples along each ray
 * @param afterLayer the 1-based hidden layer whose ReLU output is filtered (before a skip
 *     concatenation at that layer)
 * @param kernelSize odd window k
 * @param lowPass the low-pass kind subtracted (the paper's default: MEAN)
 * @param scale sigma for GAUSSIAN, t for DISCRETE_GAUSSIAN; ignored otherwise
 * @param padding border handling along the filtered axis
 */
public record FilterConfig(
    FilterMode mode,
    FilterAxis axis,
    int afterLayer,
    int kernelSize,
    LowPass.Kind lowPass,
    double scale,
    Padding padding) {

  public FilterConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(axis, "axis");
    Objects.requireNonNull(lowPass, "lowPass");
    Objects.requireNonNull(padding, "padding");
    if (afterLayer < 1) {
      throw new IllegalArgumentException("filter afterLayer is 1-based, got " + afterLayer);
    }
    new EdgeFilterSpec(1, kernelSize, lowPassOf(lowPass, scale), padding, mode);
  }

  /** The paper's filter: HIGH_PASS mean, REFLECT, along {@code axis} after {@code afterLayer}. */
  public static FilterConfig highPass(FilterAxis axis, int afterLayer, int kernelSize) {
    return new FilterConfig(
        FilterMode.HIGH_PASS, axis, afterLayer, kernelSize, LowPass.Kind.MEAN, 1.0, Padding.REFLECT);
  }

  /** This placement with another mode (IDENTITY gives the baseline arm). */
  public FilterConfig withMode(FilterMode newMode) {
    return new FilterConfig(newMode, axis, afterLayer, kernelSize, lowPass, scale, padding);
  }

  /** One line for logs, e.g. {@code HIGH_PASS MEAN k=3 REFLECT along FEATURES after layer 4}. */
  public String describe() {
    if (mode == FilterMode.IDENTITY) {
      return "none (identity after layer " + afterLayer + ")";
    }
    String kind = switch (lowPass) {
      case GAUSSIAN -> "GAUSSIAN(sigma=" + scale + ")";
      case DISCRETE_GAUSSIAN -> "DISCRETE_GAUSSIAN(t=" + scale + ")";
      default -> lowPass.name();
    };
    return mode + " " + kind + " k=" + kernelSize + " " + padding + " along " + axis
        + " after layer " + afterLayer;
  }

  /** The framework spec: 1D, this window, low-pass, padding and mode. */
  public EdgeFilterSpec spec() {
    return new EdgeFilterSpec(1, kernelSize, lowPassOf(lowPass, scale), padding, mode);
  }

  private static LowPass lowPassOf(LowPass.Kind kind, double scale) {
    return switch (kind) {
      case MEAN -> LowPass.mean();
      case MEDIAN -> LowPass.median();
      case GAUSSIAN -> LowPass.gaussian(scale);
      case DISCRETE_GAUSSIAN -> LowPass.discreteGaussian(scale);
    };
  }
}
