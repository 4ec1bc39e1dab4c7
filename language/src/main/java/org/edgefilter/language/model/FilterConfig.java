package org.edgefilter.language.model;

import java.util.Objects;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;

/**
 * Where and how the encoder applies the {@link TokenEdgeFilter}.
 *
 * @param mode HIGH_PASS (the Deep Edge Filter), LOW_PASS (ablation) or IDENTITY (the baseline arm)
 * @param afterLayer the filter runs on the output of encoder layer {@code afterLayer} (1-based;
 *     0 = on the embeddings, before the first layer); at most the number of layers
 * @param kernelSize odd window along the tokens
 * @param lowPass MEAN, GAUSSIAN or DISCRETE_GAUSSIAN (MEDIAN is not linear: see {@link TokenEdgeFilter})
 * @param scale sigma of GAUSSIAN, t of DISCRETE_GAUSSIAN; ignored for MEAN
 * @param border how the window treats positions beyond the real tokens
 */
public record FilterConfig(FilterMode mode, int afterLayer, int kernelSize, LowPass.Kind lowPass,
    double scale, SequenceBorder border) {

  public FilterConfig {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(lowPass, "lowPass");
    Objects.requireNonNull(border, "border");
    if (afterLayer < 0) {
      throw new IllegalArgumentException("afterLayer must be >= 0 (0 = on the embeddings), got "
          + afterLayer);
    }
    if (lowPass == LowPass.Kind.MEDIAN) {
      throw new IllegalArgumentException("lowPass MEDIAN is not supported along tokens: the window"
          + " must leave padding out, which needs a linear filter (MEAN, GAUSSIAN, DISCRETE_GAUSSIAN)");
    }
    if (lowPass != LowPass.Kind.MEAN && !(scale > 0 && Double.isFinite(scale))) {
      throw new IllegalArgumentException(lowPass + " needs scale > 0, got " + scale);
    }
    // Checks the window now rather than when the graph is built.
    filter(mode, kernelSize, lowPass, scale, border);
  }

  /** The paper's 1D filter: HIGH_PASS mean, window {@code kernelSize}, after {@code afterLayer}. */
  public static FilterConfig highPassMean(int afterLayer, int kernelSize) {
    return new FilterConfig(FilterMode.HIGH_PASS, afterLayer, kernelSize, LowPass.Kind.MEAN, 1.0,
        SequenceBorder.RENORMALIZE);
  }

  /**
   * No filter: IDENTITY with the other fields at fixed values (on the embeddings, k = 1, mean), so
   * that every baseline of a task and preset has the same configuration, whatever filter it is
   * compared with.
   */
  public static FilterConfig none() {
    return new FilterConfig(FilterMode.IDENTITY, 0, 1, LowPass.Kind.MEAN, 1.0,
        SequenceBorder.RENORMALIZE);
  }

  /** This configuration in another mode. */
  public FilterConfig withMode(FilterMode newMode) {
    return new FilterConfig(newMode, afterLayer, kernelSize, lowPass, scale, border);
  }

  /** The filter this configuration describes. */
  public TokenEdgeFilter filter() {
    return filter(mode, kernelSize, lowPass, scale, border);
  }

  /**
   * The arm's name: {@code baseline} for IDENTITY, else the filter and its place, e.g.
   * {@code ef-mean-k3-after2}.
   */
  public String armName() {
    TokenEdgeFilter filter = filter();
    return mode == FilterMode.IDENTITY ? filter.label() : filter.label() + "-after" + afterLayer;
  }

  private static TokenEdgeFilter filter(FilterMode mode, int kernelSize, LowPass.Kind kind,
      double scale, SequenceBorder border) {
    LowPass lowPass = switch (kind) {
      case MEAN -> LowPass.mean();
      case GAUSSIAN -> LowPass.gaussian(scale);
      case DISCRETE_GAUSSIAN -> LowPass.discreteGaussian(scale);
      case MEDIAN -> LowPass.median();
    };
    return new TokenEdgeFilter(mode, kernelSize, lowPass, border);
  }
}
