package org.edgefilter.vision.model;

import java.util.Optional;
import org.edgefilter.framework.filter.EdgeFilter;
import org.edgefilter.framework.filter.EdgeFilterSpec;
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

  FilterSlot(FilterConfig config, int dims, int maxPosition, int minPosition) {
    if (config.position() < minPosition || config.position() > maxPosition) {
      throw new IllegalArgumentException(
          "filter.position must be in " + minPosition + ".." + maxPosition + " for this model, got "
              + config.position());
    }
    this.config = config;
    this.spec = config.spec(dims);
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
