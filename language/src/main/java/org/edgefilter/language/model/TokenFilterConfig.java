package org.edgefilter.language.model;

import java.util.Objects;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.FilterPositions;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;

/**
 * Where and how the encoder applies the {@link TokenEdgeFilter}: the shared {@link FilterConfig}
 * ({@code filter.*}) plus the language-only {@code filter.border}.
 *
 * <p>Positions ({@code filter.position}): 0 filters the embeddings, before the first layer; {@code
 * i} in 1..layers filters the output of encoder layer {@code i}. Along tokens the window must leave
 * padding out, so the low-pass is linear (MEAN, GAUSSIAN, DISCRETE_GAUSSIAN; not MEDIAN) and the
 * border handling is {@code border}, not {@code filter.padding} (which must stay at its default,
 * reflect).
 *
 * @param shared the shared filter settings
 * @param border how the window treats positions beyond the real tokens
 */
public record TokenFilterConfig(FilterConfig shared, SequenceBorder border) {

  public TokenFilterConfig {
    Objects.requireNonNull(shared, "filter");
    Objects.requireNonNull(border, "filter.border");
    if (shared.kind() == LowPass.Kind.MEDIAN) {
      throw new IllegalArgumentException(
          "filter.kind median is not supported along tokens: the"
              + " window must leave padding out, which needs a linear filter (mean, gaussian,"
              + " discrete-gaussian)");
    }
    if (shared.padding() != Padding.REFLECT) {
      throw new IllegalArgumentException(
          "filter.padding does not apply along tokens; set how"
              + " the window treats the sequence's ends with filter.border (renormalize or zero)");
    }
  }

  /** The filter slots of an encoder with {@code layers} layers. */
  public static FilterPositions positions(int layers) {
    return new FilterPositions(
        "the " + layers + "-layer encoder",
        0,
        layers,
        "0 = on the embeddings, i = after encoder layer i");
  }

  /** The paper's 1D filter: HIGH_PASS mean, window {@code kernelSize}, at {@code position}. */
  public static TokenFilterConfig highPassMean(int position, int kernelSize) {
    return new TokenFilterConfig(
        FilterConfig.highPassMean(kernelSize, position), SequenceBorder.RENORMALIZE);
  }

  /** A filter of {@code kind} with {@code scale} in {@code mode} at {@code position}. */
  public static TokenFilterConfig of(
      FilterMode mode,
      int position,
      int kernelSize,
      LowPass.Kind kind,
      double scale,
      SequenceBorder border) {
    return new TokenFilterConfig(
        new FilterConfig(mode, kind, scale, kernelSize, Padding.REFLECT, position), border);
  }

  /**
   * No filter: IDENTITY with the other fields at fixed values (on the embeddings, k = 1, mean), so
   * that every baseline of a task and preset has the same configuration, whatever filter it is
   * compared with.
   */
  public static TokenFilterConfig none() {
    return new TokenFilterConfig(FilterConfig.baseline(0), SequenceBorder.RENORMALIZE);
  }

  /** The slot: 0 on the embeddings, i after layer i. */
  public int position() {
    return shared.position();
  }

  /** The filter's mode. */
  public FilterMode mode() {
    return shared.mode();
  }

  /** This configuration in another mode. */
  public TokenFilterConfig withMode(FilterMode newMode) {
    return new TokenFilterConfig(shared.withMode(newMode), border);
  }

  /** The filter this configuration describes. */
  public TokenEdgeFilter filter() {
    return new TokenEdgeFilter(shared.mode(), shared.kernelSize(), shared.lowPass(), border);
  }

  /**
   * The arm's name: the shared rule ({@link FilterConfig#armName()}), with {@code -border-zero}
   * appended for the ZERO border, e.g. {@code ef-mean-k3-p2}, {@code baseline}.
   */
  public String armName() {
    String name = shared.armName();
    return shared.enabled() && border == SequenceBorder.ZERO ? name + "-border-zero" : name;
  }
}
