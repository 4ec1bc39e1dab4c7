package org.edgefilter.nerf.model;

import java.util.Objects;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.FilterPositions;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;

/**
 * Where and how the 1D EdgeFilter sits in a NeRF MLP (both the coarse and the fine network): the
 * shared {@link FilterConfig} ({@code filter.*}) plus the NeRF-only {@code filter.axis}.
 *
 * <p>Positions ({@code filter.position}): {@code i} in 1..depth filters the ReLU output of hidden
 * layer {@code i} (before a skip concatenation at that layer).
 *
 * @param shared the shared filter settings
 * @param axis the axis filtered: hidden features of each sample or samples along each ray
 */
public record NerfFilterConfig(FilterConfig shared, FilterAxis axis) {

  public NerfFilterConfig {
    Objects.requireNonNull(shared, "filter");
    Objects.requireNonNull(axis, "filter.axis");
    shared.spec(1);
  }

  /** The filter slots of an MLP with {@code depth} hidden layers. */
  public static FilterPositions positions(int depth) {
    return new FilterPositions(
        "the " + depth + "-layer MLP", 1, depth, "i = after hidden layer i's ReLU");
  }

  /**
   * The paper's filter: HIGH_PASS mean, REFLECT, along {@code axis} after layer {@code position}.
   */
  public static NerfFilterConfig highPass(FilterAxis axis, int position, int kernelSize) {
    return new NerfFilterConfig(FilterConfig.highPassMean(kernelSize, position), axis);
  }

  /** Any filter: the shared fields and the axis. */
  public static NerfFilterConfig of(
      FilterMode mode,
      FilterAxis axis,
      int position,
      int kernelSize,
      LowPass.Kind kind,
      double scale,
      Padding padding) {
    return new NerfFilterConfig(
        new FilterConfig(mode, kind, scale, kernelSize, padding, position), axis);
  }

  /** The filter's mode. */
  public FilterMode mode() {
    return shared.mode();
  }

  /** The hidden layer (1-based) whose output is filtered. */
  public int position() {
    return shared.position();
  }

  /** This placement with another mode (IDENTITY gives the baseline arm). */
  public NerfFilterConfig withMode(FilterMode newMode) {
    return new NerfFilterConfig(shared.withMode(newMode), axis);
  }

  /** One line for logs, e.g. {@code high-pass mean k=3 reflect at position 4 along features}. */
  public String describe() {
    return shared.describe() + " along " + FilterConfig.valueName(axis);
  }

  /** The framework spec: 1D, this window, low-pass, padding and mode. */
  public EdgeFilterSpec spec() {
    return shared.spec(1);
  }

  /** The arm's name: the shared rule, with {@code -samples} for the samples axis. */
  public String armName() {
    String name = shared.armName();
    return shared.enabled() && axis == FilterAxis.SAMPLES ? name + "-samples" : name;
  }
}
