package org.edgefilter.framework.filter;

import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * The 1D EdgeFilter along the <em>last</em> axis of a tensor, as one {@code MatMul} with the {@code
 * length x length} matrix of the low-pass filter (its padding folded in).
 *
 * <p>A linear low-pass with a fixed padding is a linear map of each length-{@code n} vector, so
 * {@code LPF(h) = h M}. When the filtered axis is short and the rest is huge, as for the hidden
 * features of an MLP evaluated at many points ({@code [points, width]}), this runs as one dense
 * product instead of an {@code AvgPool} or a depthwise convolution over {@code points} sequences of
 * one channel, which TensorFlow's CPU kernels handle poorly. The result equals {@link
 * EdgeFilter#apply} on {@code x} viewed as {@code [rows, length, 1]} (tested against it); the cost
 * is {@code O(rows * length^2)}, so the operator is only worth it for short axes (a few hundred).
 * MEDIAN is not linear and has no matrix: use {@link EdgeFilter#apply}.
 */
public final class DenseEdgeFilter {

  private DenseEdgeFilter() {}

  /**
   * Applies a linear 1D {@code spec} along the last axis of {@code x}.
   *
   * @param x any rank >= 1 with the last dimension known
   * @return {@code x - stopGradient(x M)} for HIGH_PASS, {@code x M} for LOW_PASS, {@code
   *     stopGradient(x M)} for LOW_PASS_NO_GRAD, {@code x} for IDENTITY; the shape of {@code x}
   * @throws IllegalArgumentException for a 2D or MEDIAN spec, an unknown last dimension, or a
   *     REFLECT pad that does not fit it
   */
  public static Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, EdgeFilterSpec spec) {
    Shape shape = x.shape();
    if (shape.isUnknown() || shape.numDimensions() < 1 || shape.get(-1) == Shape.UNKNOWN_SIZE) {
      throw new IllegalArgumentException(
          "DenseEdgeFilter needs the last dimension known at graph-build time, got shape " + shape);
    }
    Ops scoped = tf.withSubScope("dense_edge_filter");
    if (spec.mode() == FilterMode.IDENTITY) {
      return scoped.identity(x);
    }
    int length = Math.toIntExact(shape.get(-1));
    float[][] m = matrix(spec, length);
    Operand<TFloat32> rows =
        shape.numDimensions() == 2
            ? x
            : scoped.reshape(x, scoped.constant(new long[] {-1, length}));
    Operand<TFloat32> lowRows = scoped.linalg.matMul(rows, scoped.constant(m));
    Operand<TFloat32> low =
        shape.numDimensions() == 2 ? lowRows : scoped.reshape(lowRows, scoped.shape(x));
    return EdgeFilter.byMode(scoped, x, low, spec.mode());
  }

  /**
   * The low-pass operator of a linear 1D {@code spec} on vectors of {@code length}: {@code
   * LPF(h)[i] = sum_j h[j] M[j][i]}, with the padding's border rule folded into the border rows.
   *
   * @throws IllegalArgumentException for a 2D or MEDIAN spec, or a REFLECT pad that does not fit
   */
  public static float[][] matrix(EdgeFilterSpec spec, int length) {
    if (spec.dims() != 1) {
      throw new IllegalArgumentException("DenseEdgeFilter is 1D, got a " + spec.dims() + "D spec");
    }
    if (!spec.lowPass().isLinear()) {
      throw new IllegalArgumentException(
          "DenseEdgeFilter needs a linear low-pass (MEAN, GAUSSIAN, DISCRETE_GAUSSIAN), got "
              + spec.lowPass().kind()
              + "; use EdgeFilter.apply");
    }
    EdgeFilter.validate(Shape.of(1, length, 1), spec);
    int k = spec.kernelSize();
    int p = spec.pad();
    double[] taps = spec.lowPass().taps(k);
    double[][] m = new double[length][length];
    for (int i = 0; i < length; i++) {
      for (int t = 0; t < k; t++) {
        int j = source(i + t - p, length, spec.padding());
        if (j >= 0) {
          m[j][i] += taps[t];
        }
      }
    }
    float[][] out = new float[length][length];
    for (int j = 0; j < length; j++) {
      for (int i = 0; i < length; i++) {
        out[j][i] = (float) m[j][i];
      }
    }
    return out;
  }

  /** The index read for padded position {@code i} of a length-{@code n} axis; -1 for a zero pad. */
  private static int source(int i, int n, Padding padding) {
    if (i >= 0 && i < n) {
      return i;
    }
    return switch (padding) {
      case ZERO -> -1;
      case REPLICATE -> i < 0 ? 0 : n - 1;
      case REFLECT -> i < 0 ? -i : 2 * (n - 1) - i;
    };
  }
}
