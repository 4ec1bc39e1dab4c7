package org.edgefilter.nerf.model;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** How the density head's raw output becomes a density sigma >= 0. */
public enum DensityActivation {
  /** {@code max(raw, 0)}: NeRF ({@code raw2outputs}). */
  RELU,
  /**
   * {@code log(1 + exp(raw))}: mip-NeRF's choice; never exactly zero, so a density that starts
   * negative everywhere still gets a gradient.
   */
  SOFTPLUS;

  /** Applies the activation element-wise. */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> raw) {
    return switch (this) {
      case RELU -> tf.nn.relu(raw);
      case SOFTPLUS -> tf.math.softplus(raw);
    };
  }
}
