package org.edgefilter.framework.train;

import java.util.ArrayList;
import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Clipping by global norm, as {@code tf.clip_by_global_norm}: with {@code N = sqrt(sum_i
 * ||g_i||^2)}, every gradient is scaled by {@code c / max(N, c)}, so the direction is kept and the
 * joint norm is at most {@code c}.
 */
public final class GradientClipping {

  /**
   * @param gradients the clipped gradients, same order and shapes as the input
   * @param globalNorm the norm N before clipping, scalar
   */
  public record Clipped(List<Operand<TFloat32>> gradients, Operand<TFloat32> globalNorm) {}

  private GradientClipping() {}

  /** The global norm {@code sqrt(sum_i sum(g_i^2))} of {@code gradients}, scalar. */
  public static Operand<TFloat32> globalNorm(Ops tf, List<Operand<TFloat32>> gradients) {
    if (gradients.isEmpty()) {
      throw new IllegalArgumentException("no gradients");
    }
    Operand<TFloat32> sum = null;
    for (Operand<TFloat32> g : gradients) {
      Operand<TFloat32> squares =
          tf.reduceSum(tf.reshape(tf.math.square(g), tf.constant(new int[] {-1})), tf.constant(0));
      sum = sum == null ? squares : tf.math.add(sum, squares);
    }
    return tf.math.sqrt(sum);
  }

  /**
   * Scales {@code gradients} to a global norm of at most {@code clipNorm}.
   *
   * @param clipNorm c, > 0
   */
  public static Clipped clipByGlobalNorm(
      Ops tf, List<Operand<TFloat32>> gradients, double clipNorm) {
    if (!(clipNorm > 0)) {
      throw new IllegalArgumentException("clip norm must be > 0, got " + clipNorm);
    }
    Operand<TFloat32> norm = globalNorm(tf, gradients);
    Operand<TFloat32> c = tf.constant((float) clipNorm);
    Operand<TFloat32> scale = tf.math.div(c, tf.math.maximum(norm, c));
    List<Operand<TFloat32>> clipped = new ArrayList<>(gradients.size());
    for (Operand<TFloat32> g : gradients) {
      clipped.add(tf.math.mul(g, scale));
    }
    return new Clipped(List.copyOf(clipped), norm);
  }
}
