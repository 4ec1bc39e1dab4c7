package org.edgefilter.framework.nn;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.nn.FusedBatchNorm;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Batch normalization over the last (channel) axis of {@code [B, C]} or {@code [B, H, W, C]} input
 * (Ioffe and Szegedy, ICML 2015, Algorithm 1), with PyTorch's running-statistics rule.
 *
 * <p>With batch statistics (modes TRAIN and ADAPT): {@code y = (x - mean) / sqrt(var + eps)}, mean
 * and biased variance over every axis but the last. In TRAIN mode the tower also records {@code
 * moving = (1 - momentum) * moving + momentum * batch} for the mean and the unbiased variance
 * ({@code var * n / (n - 1)}), as {@code torch.nn.BatchNorm2d} does, in {@link
 * ParameterRegistry#recordUpdate}; the trainer runs them with the train step. EVAL mode normalizes
 * with the moving statistics. With {@code affine}, {@code y * gamma + beta} follows.
 *
 * <p>Parameters ({@code [C]} each): {@code gamma} (GAMMA) and {@code beta} (BETA), both tagged
 * {@link Tags#NORM_AFFINE}; {@code moving_mean} (MOVING_MEAN) and {@code moving_variance}
 * (MOVING_VARIANCE), not trainable, tagged {@link Tags#NORM_STATISTICS}. Built from primitive ops
 * (mean, rsqrt, mul) because those have C++ gradients in TensorFlow Java, except 4D input with
 * batch statistics, which uses {@code FusedBatchNormV3} (its gradient is registered too; see {@link
 * Builder#optFused}).
 */
public final class BatchNorm implements Layer {

  private final ParameterScope scope;
  private final float momentum;
  private final float epsilon;
  private final boolean affine;
  private final boolean fused;
  private Parameter gamma;
  private Parameter beta;
  private Parameter movingMean;
  private Parameter movingVariance;
  private long channels = -1;

  private BatchNorm(Builder b, ParameterScope scope) {
    this.scope = scope;
    this.momentum = b.momentum;
    this.epsilon = b.epsilon;
    this.affine = b.affine;
    this.fused = b.fused;
  }

  /** Starts a batch normalization (defaults: momentum 0.1, epsilon 1e-5, affine). */
  public static Builder builder() {
    return new Builder();
  }

  /** A batch normalization with PyTorch's defaults. */
  public static BatchNorm of(ParameterScope scope) {
    return builder().build(scope);
  }

  @Override
  public synchronized Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode) {
    String who = "BatchNorm " + scope;
    Shapes.requireRankAtLeast(x, 2, who);
    long c = Shapes.lastDim(x, who);
    if (movingMean == null) {
      createParameters(c);
    }
    Shapes.requireSame(channels, c, who);
    int rank = x.shape().numDimensions();
    if (fused && affine && rank == 4 && mode.usesBatchStatistics()) {
      return fused(tf, x, mode);
    }
    Operand<TFloat32> normalized;
    if (mode.usesBatchStatistics()) {
      Operand<TInt32> reduce = tf.constant(Shapes.range(0, rank - 1));
      Operand<TFloat32> mean = tf.math.mean(x, reduce);
      Operand<TFloat32> centered = tf.math.sub(x, mean);
      Operand<TFloat32> variance = tf.math.mean(tf.math.square(centered), reduce);
      normalized =
          tf.math.mul(centered, tf.math.rsqrt(tf.math.add(variance, tf.constant(epsilon))));
      if (mode == Mode.TRAIN) {
        recordMovingAverageUpdates(tf, x, mean, variance);
      }
    } else {
      Operand<TFloat32> centered = tf.math.sub(x, movingMean.value());
      normalized =
          tf.math.mul(
              centered, tf.math.rsqrt(tf.math.add(movingVariance.value(), tf.constant(epsilon))));
    }
    if (!affine) {
      return normalized;
    }
    return tf.math.add(tf.math.mul(normalized, gamma.value()), beta.value());
  }

  /**
   * The same normalization as one {@code FusedBatchNormV3} (NHWC, training form: batch statistics),
   * whose gradient is one {@code FusedBatchNormGradV3}: the primitive-op graph and its gradient are
   * about 70 small ops per layer (a sixth of a WRN TENT step's op time). {@code batch_variance} is
   * TensorFlow's Bessel-corrected variance, PyTorch's running rule.
   */
  private Operand<TFloat32> fused(Ops tf, Operand<TFloat32> x, Mode mode) {
    Operand<TFloat32> none = tf.constant(new float[0]);
    FusedBatchNorm<TFloat32, TFloat32> bn =
        tf.nn.fusedBatchNorm(
            x,
            gamma.value(),
            beta.value(),
            none,
            none,
            FusedBatchNorm.epsilon(epsilon),
            FusedBatchNorm.isTraining(true),
            FusedBatchNorm.dataFormat("NHWC"));
    if (mode == Mode.TRAIN) {
      // batch_variance is already the unbiased (Bessel-corrected) estimate.
      recordMovingAverages(tf, bn.batchMean(), bn.batchVariance());
    }
    return bn.y();
  }

  private void recordMovingAverageUpdates(
      Ops tf, Operand<TFloat32> x, Operand<TFloat32> mean, Operand<TFloat32> variance) {
    // n values per channel; the running variance uses the unbiased estimate var * n / (n - 1).
    Operand<TFloat32> n =
        tf.math.div(tf.dtypes.cast(tf.size(x), TFloat32.class), tf.constant((float) channels));
    Operand<TFloat32> unbiased =
        tf.math.mul(
            variance,
            tf.math.div(n, tf.math.maximum(tf.math.sub(n, tf.constant(1f)), tf.constant(1f))));
    recordMovingAverages(tf, mean, unbiased);
  }

  /**
   * moving -= momentum * (moving - batch), i.e. moving = (1 - momentum) moving + momentum batch.
   */
  private void recordMovingAverages(
      Ops tf, Operand<TFloat32> batchMean, Operand<TFloat32> unbiasedVariance) {
    Operand<TFloat32> m = tf.constant(momentum);
    registry()
        .recordUpdate(
            tf.assignSub(
                movingMean.variable(),
                tf.math.mul(m, tf.math.sub(movingMean.value(), tf.stopGradient(batchMean)))));
    registry()
        .recordUpdate(
            tf.assignSub(
                movingVariance.variable(),
                tf.math.mul(
                    m, tf.math.sub(movingVariance.value(), tf.stopGradient(unbiasedVariance)))));
  }

  private void createParameters(long c) {
    channels = c;
    if (affine) {
      gamma =
          scope.create(
              ParameterSpec.of("gamma", Role.GAMMA, Initializers.ones(), c)
                  .withTags(Tags.NORM_AFFINE));
      beta =
          scope.create(
              ParameterSpec.of("beta", Role.BETA, Initializers.zeros(), c)
                  .withTags(Tags.NORM_AFFINE));
    }
    movingMean =
        scope.create(
            ParameterSpec.of("moving_mean", Role.MOVING_MEAN, Initializers.zeros(), c)
                .frozen()
                .withTags(Tags.NORM_STATISTICS));
    movingVariance =
        scope.create(
            ParameterSpec.of("moving_variance", Role.MOVING_VARIANCE, Initializers.ones(), c)
                .frozen()
                .withTags(Tags.NORM_STATISTICS));
  }

  private ParameterRegistry registry() {
    return scope.registry();
  }

  /** The parameters created so far: gamma, beta (if affine), moving mean, moving variance. */
  public synchronized List<Parameter> parameters() {
    List<Parameter> out = new ArrayList<>();
    for (Parameter p : new Parameter[] {gamma, beta, movingMean, movingVariance}) {
      if (p != null) {
        out.add(p);
      }
    }
    return out;
  }

  /** Configuration of a {@link BatchNorm}. */
  public static final class Builder {
    private float momentum = 0.1f;
    private float epsilon = 1e-5f;
    private boolean affine = true;
    // -Dedgefilter.batchnorm.primitive=true builds the primitive form (to compare the two).
    private boolean fused = !Boolean.getBoolean("edgefilter.batchnorm.primitive");

    private Builder() {}

    /** Weight of the new batch in the running statistics (PyTorch's default 0.1). */
    public Builder optMomentum(float momentum) {
      this.momentum = momentum;
      return this;
    }

    /** Added to the variance (default 1e-5). */
    public Builder optEpsilon(float epsilon) {
      this.epsilon = epsilon;
      return this;
    }

    /** Whether to learn gamma and beta (default true). */
    public Builder optAffine(boolean affine) {
      this.affine = affine;
      return this;
    }

    /**
     * Whether 4D input with batch statistics (TRAIN, ADAPT) uses TensorFlow's fused kernel (default
     * true unless the system property {@code edgefilter.batchnorm.primitive} is true; affine only).
     * The result equals the primitive-op form to float rounding; false keeps the primitive ops
     * everywhere.
     */
    public Builder optFused(boolean fused) {
      this.fused = fused;
      return this;
    }

    /** A batch normalization whose parameters will live in {@code scope}. */
    public BatchNorm build(ParameterScope scope) {
      if (!(momentum > 0 && momentum <= 1)) {
        throw new IllegalArgumentException(
            "BatchNorm " + scope + ": momentum must be in (0, 1], got " + momentum);
      }
      if (!(epsilon > 0)) {
        throw new IllegalArgumentException(
            "BatchNorm " + scope + ": epsilon must be > 0, got " + epsilon);
      }
      return new BatchNorm(this, scope);
    }
  }
}
