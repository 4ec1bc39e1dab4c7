package org.edgefilter.audio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The CNN's shape ({@code --set model.*}): one convolutional block per entry of {@code channels},
 * then global average pooling, dropout and a dense classifier. The filter is configured beside it
 * ({@code filter.*}); {@link CnnConfig} joins the two for the graph.
 *
 * @param channels output channels of each block, in order (the paper's CNN has three blocks)
 * @param dropout drop probability before the classifier, in [0, 1)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CnnShape(List<Integer> channels, double dropout) {

  public CnnShape {
    channels = List.copyOf(channels);
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
  }
}
