package org.edgefilter.framework.nn;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.OneHot;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

/**
 * Scalar losses built from ops that have C++ gradients: cross-entropy goes through {@code
 * LogSoftmax} with dense one-hot targets because {@code SparseSoftmaxCrossEntropyWithLogits} has no
 * gradient in TensorFlow Java.
 */
public final class Losses {

  private Losses() {}

  /**
   * Mean cross-entropy of integer labels: {@code -mean_b log softmax(logits_b)[label_b]}.
   *
   * @param logits {@code [B, K]}, K known statically
   * @param labels {@code [B]} in {@code [0, K)}; an out-of-range label gives a zero one-hot row
   * @return scalar
   */
  public static Operand<TFloat32> softmaxCrossEntropy(
      Ops tf, Operand<TFloat32> logits, Operand<TInt32> labels) {
    Shapes.requireRank(logits, 2, "softmaxCrossEntropy");
    long classes = Shapes.lastDim(logits, "softmaxCrossEntropy");
    OneHot<TFloat32> targets =
        tf.oneHot(labels, tf.constant((int) classes), tf.constant(1f), tf.constant(0f));
    return softmaxCrossEntropyWithTargets(tf, logits, targets);
  }

  /**
   * Mean cross-entropy against target distributions (soft labels): {@code -mean_b sum_k targets_bk
   * log softmax(logits_b)_k}.
   *
   * @param logits {@code [B, K]}
   * @param targets {@code [B, K]}, rows summing to 1
   * @return scalar
   */
  public static Operand<TFloat32> softmaxCrossEntropyWithTargets(
      Ops tf, Operand<TFloat32> logits, Operand<TFloat32> targets) {
    Operand<TFloat32> perExample =
        tf.reduceSum(tf.math.mul(targets, tf.nn.logSoftmax(logits)), tf.constant(-1));
    return tf.math.neg(tf.math.mean(perExample, tf.constant(0)));
  }

  /**
   * Mean Shannon entropy of the softmax predictions, {@code -mean_b sum_k p_bk log p_bk}: TENT's
   * test-time objective (Wang et al., ICLR 2021, eq. 1).
   *
   * @param logits {@code [B, K]}
   * @return scalar
   */
  public static Operand<TFloat32> softmaxEntropy(Ops tf, Operand<TFloat32> logits) {
    Operand<TFloat32> logP = tf.nn.logSoftmax(logits);
    Operand<TFloat32> perExample =
        tf.reduceSum(tf.math.mul(tf.math.exp(logP), logP), tf.constant(-1));
    return tf.math.neg(tf.math.mean(perExample, tf.constant(0)));
  }

  /** Mean of {@code (a - b)^2} over every element; shapes must broadcast. Scalar. */
  public static Operand<TFloat32> meanSquaredError(
      Ops tf, Operand<TFloat32> a, Operand<TFloat32> b) {
    Operand<TFloat32> sq = tf.math.square(tf.math.sub(a, b));
    return tf.math.mean(tf.reshape(sq, tf.constant(new int[] {-1})), tf.constant(0));
  }
}
