package org.edgefilter.framework.nn;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Element-wise activations; output shape equals input shape. */
public final class Activations {

  private static final float INV_SQRT2 = (float) (1.0 / Math.sqrt(2.0));

  private Activations() {}

  /** {@code max(x, 0)}. */
  public static Operand<TFloat32> relu(Ops tf, Operand<TFloat32> x) {
    return tf.nn.relu(x);
  }

  /**
   * The exact GELU {@code x * Phi(x) = 0.5 x (1 + erf(x / sqrt 2))} (Hendrycks and Gimpel, 2016,
   * section 2), not the tanh approximation; BERT and ViT use this form.
   */
  public static Operand<TFloat32> gelu(Ops tf, Operand<TFloat32> x) {
    Operand<TFloat32> phi =
        tf.math.mul(
            tf.constant(0.5f),
            tf.math.add(tf.constant(1f), tf.math.erf(tf.math.mul(x, tf.constant(INV_SQRT2)))));
    return tf.math.mul(x, phi);
  }

  /** ReLU as a parameter-free {@link Layer}. */
  public static Layer reluLayer() {
    return (tf, x, mode) -> relu(tf, x);
  }

  /** GELU as a parameter-free {@link Layer}. */
  public static Layer geluLayer() {
    return (tf, x, mode) -> gelu(tf, x);
  }
}
