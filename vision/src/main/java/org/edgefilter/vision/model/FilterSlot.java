package org.edgefilter.vision.model;

import java.util.Optional;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterPositions;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The injected filter slot of a network (timm-style): a network calls {@link #at} after each of its
 * numbered positions, and the slot applies the configured filter at the configured one.
 */
final class FilterSlot {

  private final FilterConfig config;
  private final Optional<EdgeFilterSpec> spec;

  FilterSlot(FilterConfig config, int dims, FilterPositions positions) {
    this.config = positions.check(config);
    this.spec = config.enabled() ? Optional.of(config.spec(dims)) : Optional.empty();
  }

  /** Applies the filter if {@code position} is the configured one; records the taps there. */
  Operand<TFloat32> at(Ops tf, Operand<TFloat32> x, int position, FilterTaps taps) {
    if (position != config.position()) {
      return x;
    }
    Operand<TFloat32> y = spec.isPresent() ? EdgeFilter.apply(tf, x, spec.get()) : x;
    if (taps != null) {
      taps.record(x, y);
    }
    return y;
  }
}
