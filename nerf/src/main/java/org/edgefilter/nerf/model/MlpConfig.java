package org.edgefilter.nerf.model;

import java.util.Objects;

/**
 * The shape of a NeRF MLP (Mildenhall et al. 2020, fig. 7): {@code depth} ReLU layers of {@code
 * width} units on the encoded position, the encoded position concatenated again after layer {@code
 * skipAfter}, a linear density head, a linear {@code width}-unit feature, and a color head (the
 * feature with the encoded view direction, one ReLU layer of {@code width / 2}, a sigmoid to RGB).
 *
 * @param width units per hidden layer (NeRF: 256)
 * @param depth hidden layers before the heads (NeRF: 8)
 * @param skipAfter the 1-based layer after which the encoded position is concatenated to the
 *     activation (NeRF: 5, its {@code skips=[4]}); 0 for none; below {@code depth}
 * @param positionFrequencies L of the position encoding (NeRF: 10)
 * @param directionFrequencies L of the view-direction encoding (NeRF: 4)
 * @param density the density activation (NeRF: RELU)
 */
public record MlpConfig(
    int width,
    int depth,
    int skipAfter,
    int positionFrequencies,
    int directionFrequencies,
    DensityActivation density) {

  /** NeRF's MLP: 8 layers of 256, skip after layer 5, L = 10 and 4, ReLU density. */
  public static final MlpConfig NERF = new MlpConfig(256, 8, 5, 10, 4, DensityActivation.RELU);

  public MlpConfig {
    if (width < 2) {
      throw new IllegalArgumentException("MLP width must be >= 2, got " + width);
    }
    if (depth < 1) {
      throw new IllegalArgumentException("MLP depth must be >= 1, got " + depth);
    }
    if (skipAfter < 0 || skipAfter >= depth) {
      throw new IllegalArgumentException(
          "skipAfter must be 0 (none) or a layer in 1.." + (depth - 1) + ", got " + skipAfter);
    }
    if (positionFrequencies < 0 || directionFrequencies < 0) {
      throw new IllegalArgumentException("encoding frequencies must be >= 0");
    }
    Objects.requireNonNull(density, "density");
  }
}
