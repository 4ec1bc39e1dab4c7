package org.edgefilter.audio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;

/**
 * Where the CNN applies the 2D EdgeFilter over (time, frequency), and which filter.
 *
 * <p>Positions: 0 filters the log-mel input itself, before block 1; {@code i} in 1..blocks
 * filters the output of block {@code i}, after its max-pool. The baseline arm keeps the filter's
 * place in the graph with mode {@link FilterMode#IDENTITY}, so both arms run the same model code
 * and have the same parameters. Default: after block 1, mean k=3 REFLECT HIGH_PASS (the paper's
 * filter; its audio experiment places one filter in a three-block CNN, and block 1 mirrors the
 * early placement it uses for the WRN).
 *
 * @param position 0 (on the input) or 1..blocks (after that block)
 * @param mode HIGH_PASS (the filter), LOW_PASS (ablation) or IDENTITY (baseline)
 * @param lowPass the low-pass kind
 * @param scale sigma for GAUSSIAN, t for DISCRETE_GAUSSIAN; ignored by MEAN and MEDIAN
 * @param kernelSize odd window size along time and along frequency
 * @param padding border handling
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record FilterConfig(
    int position, FilterMode mode, LowPass.Kind lowPass, double scale, int kernelSize, Padding padding) {

  public FilterConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(lowPass, "lowPass");
    Objects.requireNonNull(padding, "padding");
    if (position < 0) {
      throw new IllegalArgumentException("filter position must be >= 0, got " + position);
    }
    if ((lowPass == LowPass.Kind.GAUSSIAN || lowPass == LowPass.Kind.DISCRETE_GAUSSIAN)
        && !(scale > 0)) {
      throw new IllegalArgumentException(
          "a " + lowPass + " low-pass needs scale > 0, got " + scale);
    }
    // Checks kernel size and the rest once, here, instead of at graph-build time.
    toSpec(mode, lowPass, scale, kernelSize, padding);
  }

  /** The default: after block 1, mean k=3 REFLECT, HIGH_PASS. */
  public static FilterConfig defaults() {
    return new FilterConfig(1, FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1.0, 3, Padding.REFLECT);
  }

  /** This configuration with another mode (IDENTITY for the baseline arm). */
  public FilterConfig withMode(FilterMode newMode) {
    return new FilterConfig(position, newMode, lowPass, scale, kernelSize, padding);
  }

  /** The framework's 2D filter specification. */
  public EdgeFilterSpec spec() {
    return toSpec(mode, lowPass, scale, kernelSize, padding);
  }

  private static EdgeFilterSpec toSpec(
      FilterMode mode, LowPass.Kind kind, double scale, int kernelSize, Padding padding) {
    LowPass low =
        switch (kind) {
          case MEAN -> LowPass.mean();
          case MEDIAN -> LowPass.median();
          case GAUSSIAN -> LowPass.gaussian(scale);
          case DISCRETE_GAUSSIAN -> LowPass.discreteGaussian(scale);
        };
    return EdgeFilterSpec.builder()
        .dims(2)
        .kernelSize(kernelSize)
        .lowPass(low)
        .padding(padding)
        .mode(mode)
        .build();
  }
}
