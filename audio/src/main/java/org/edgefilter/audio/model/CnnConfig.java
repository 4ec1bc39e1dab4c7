package org.edgefilter.audio.model;

import java.util.List;
import java.util.Objects;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterPositions;

/**
 * The CNN's graph: its shape and where the EdgeFilter sits in it.
 *
 * <p>Filter positions ({@code filter.position}): 0 filters the log-mel input itself, before block
 * 1; {@code i} in 1..blocks filters the output of block {@code i}, after its max-pool. The baseline
 * arm keeps the filter's place in the graph with mode IDENTITY, so both arms run the same model
 * code and have the same parameters.
 *
 * @param shape the blocks and the dropout
 * @param filter where the EdgeFilter sits (2D, over time and frequency) and what it computes
 */
public record CnnConfig(CnnShape shape, FilterConfig filter) {

  public CnnConfig {
    Objects.requireNonNull(shape, "shape");
    positions(shape).check(Objects.requireNonNull(filter, "filter"));
  }

  /** The filter slots of a CNN of {@code shape}. */
  public static FilterPositions positions(CnnShape shape) {
    return new FilterPositions(
        "the " + shape.channels().size() + "-block CNN",
        0,
        shape.channels().size(),
        "0 = on the log-mel input, i = after block i");
  }

  /** A CNN with these block widths and dropout, and {@code filter}. */
  public CnnConfig(List<Integer> channels, double dropout, FilterConfig filter) {
    this(new CnnShape(channels, dropout), filter);
  }

  /** Output channels of each block. */
  public List<Integer> channels() {
    return shape.channels();
  }

  /** Drop probability before the classifier. */
  public double dropout() {
    return shape.dropout();
  }

  /** Number of convolutional blocks. */
  public int blocks() {
    return shape.channels().size();
  }

  /** This configuration with another filter. */
  public CnnConfig withFilter(FilterConfig newFilter) {
    return new CnnConfig(shape, newFilter);
  }
}
