package org.edgefilter.audio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Objects;

/**
 * The CNN's shape: one convolutional block per entry of {@code channels}, then global average
 * pooling, dropout and a dense classifier.
 *
 * @param channels output channels of each block, in order (the paper's CNN has three blocks)
 * @param dropout drop probability before the classifier, in [0, 1)
 * @param filter where the EdgeFilter sits and what it computes
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CnnConfig(List<Integer> channels, double dropout, FilterConfig filter) {

  public CnnConfig {
    channels = List.copyOf(channels);
    Objects.requireNonNull(filter, "filter");
    if (channels.isEmpty()) {
      throw new IllegalArgumentException("the CNN needs at least one block");
    }
    for (int c : channels) {
      if (c < 1) {
        throw new IllegalArgumentException("block channels must be >= 1, got " + channels);
      }
    }
    if (!(dropout >= 0 && dropout < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + dropout);
    }
    if (filter.position() > channels.size()) {
      throw new IllegalArgumentException(
          "filter position "
              + filter.position()
              + " is past the last block; valid: 0 (input) .. "
              + channels.size()
              + " (after block "
              + channels.size()
              + ")");
    }
  }

  /** Number of convolutional blocks. */
  public int blocks() {
    return channels.size();
  }

  /** This configuration with another filter. */
  public CnnConfig withFilter(FilterConfig newFilter) {
    return new CnnConfig(channels, dropout, newFilter);
  }
}
