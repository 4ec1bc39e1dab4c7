package org.edgefilter.framework.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/** Pooling over the H and W axes of NHWC input. */
public final class Pooling {

  private Pooling() {}

  /** Mean over H and W: {@code [B, H, W, C] -> [B, C]}. */
  public static Operand<TFloat32> globalAverage(Ops tf, Operand<TFloat32> x) {
    Shapes.requireRank(x, 4, "globalAverage");
    return tf.math.mean(x, tf.constant(new int[] {1, 2}));
  }

  /**
   * Max pooling with a square window: {@code [B, H, W, C] -> [B, H', W', C]}, output sizes as for
   * {@link Conv2d}.
   */
  public static Operand<TFloat32> max(
      Ops tf, Operand<TFloat32> x, int size, int stride, Padding padding) {
    Shapes.requireRank(x, 4, "max pool");
    return tf.nn.maxPool(
        x,
        tf.constant(new int[] {1, size, size, 1}),
        tf.constant(new int[] {1, stride, stride, 1}),
        padding.name());
  }

  /**
   * Average pooling with a square window: {@code [B, H, W, C] -> [B, H', W', C]}; with SAME padding
   * border windows average only the pixels inside the image (TensorFlow's AvgPool).
   */
  public static Operand<TFloat32> average(
      Ops tf, Operand<TFloat32> x, int size, int stride, Padding padding) {
    Shapes.requireRank(x, 4, "average pool");
    return tf.nn.avgPool(
        x,
        List.of(1L, (long) size, (long) size, 1L),
        List.of(1L, (long) stride, (long) stride, 1L),
        padding.name());
  }
}
