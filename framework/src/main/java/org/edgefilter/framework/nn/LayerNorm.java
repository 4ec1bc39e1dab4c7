package org.edgefilter.framework.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.math.Mean;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Layer normalization over the last axis (Ba, Kiros and Hinton, 2016, eq. 4): {@code y = (x - mean)
 * / sqrt(var + eps) * gamma + beta}, mean and biased variance over the last axis of {@code [...,
 * D]}; output shape equals input shape. Parameters {@code gamma [D]} (GAMMA) and {@code beta [D]}
 * (BETA), tagged {@link Tags#NORM_AFFINE}. Behaves the same in every mode.
 */
public final class LayerNorm implements Layer {

  private final ParameterScope scope;
  private final float epsilon;
  private Parameter gamma;
  private Parameter beta;
  private long features = -1;

  /**
   * @param scope where gamma and beta live
   * @param epsilon added to the variance (PyTorch 1e-5, ViT 1e-6, BERT 1e-12)
   */
  public LayerNorm(ParameterScope scope, float epsilon) {
    if (!(epsilon > 0)) {
      throw new IllegalArgumentException(
          "LayerNorm " + scope + ": epsilon must be > 0, got " + epsilon);
    }
    this.scope = scope;
    this.epsilon = epsilon;
  }

  /** A layer normalization with PyTorch's default epsilon 1e-5. */
  public static LayerNorm of(ParameterScope scope) {
    return new LayerNorm(scope, 1e-5f);
  }

  @Override
  public synchronized Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
    String who = "LayerNorm " + scope;
    Shapes.requireRankAtLeast(x, 1, who);
    long d = Shapes.lastDim(x, who);
    if (gamma == null) {
      features = d;
      gamma =
          scope.create(
              ParameterSpec.of("gamma", Role.GAMMA, Initializers.ones(), d)
                  .withTags(Tags.NORM_AFFINE));
      beta =
          scope.create(
              ParameterSpec.of("beta", Role.BETA, Initializers.zeros(), d)
                  .withTags(Tags.NORM_AFFINE));
    }
    Shapes.requireSame(features, d, who);
    Operand<TInt32> last = tf.constant(-1);
    Operand<TFloat32> mean = tf.math.mean(x, last, Mean.keepDims(true));
    Operand<TFloat32> centered = tf.math.sub(x, mean);
    Operand<TFloat32> variance = tf.math.mean(tf.math.square(centered), last, Mean.keepDims(true));
    Operand<TFloat32> normalized =
        tf.math.mul(centered, tf.math.rsqrt(tf.math.add(variance, tf.constant(epsilon))));
    return tf.math.add(tf.math.mul(normalized, gamma.value()), beta.value());
  }

  /** gamma and beta once created. */
  public synchronized List<Parameter> parameters() {
    return gamma == null ? List.of() : List.of(gamma, beta);
  }
}
