package org.edgefilter.nerf.model;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Stack;
import org.tensorflow.types.TFloat32;

/**
 * NeRF's positional encoding (Mildenhall et al. 2020, eq. 4) as the released code computes it
 * ({@code get_embedder} in bmild/nerf): for an input x of d coordinates and L frequencies,
 *
 * <pre>
 *   gamma(x) = [x, sin(2^0 x), cos(2^0 x), sin(2^1 x), cos(2^1 x), ..., sin(2^(L-1) x), cos(2^(L-1) x)]
 * </pre>
 *
 * where each term holds all d coordinates, so the output has {@code d (1 + 2L)} values (63 for a
 * position with L = 10, 27 for a direction with L = 4). The paper writes {@code sin(2^k pi x)}; the
 * released code (used for every published number) has no pi and keeps x itself, and so does this
 * class.
 *
 * @param frequencies L >= 0
 * @param includeInput whether x itself comes first (NeRF: yes)
 */
public record PositionalEncoding(int frequencies, boolean includeInput) {

  public PositionalEncoding {
    if (frequencies < 0) {
      throw new IllegalArgumentException("frequencies must be >= 0, got " + frequencies);
    }
    if (frequencies == 0 && !includeInput) {
      throw new IllegalArgumentException("an encoding without frequencies must include the input");
    }
  }

  /** NeRF's encoding with L frequencies, input included. */
  public static PositionalEncoding of(int frequencies) {
    return new PositionalEncoding(frequencies, true);
  }

  /**
   * Output width for {@code inputDim} coordinates: {@code d (1 + 2L)} (without the 1 if no input).
   */
  public int outputDim(int inputDim) {
    return inputDim * ((includeInput ? 1 : 0) + 2 * frequencies);
  }

  /**
   * Encodes rows of coordinates.
   *
   * @param x [M, d] with d known
   * @return [M, d (1 + 2L)] in the order of the class documentation
   */
  public Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x) {
    Shape shape = x.shape();
    if (shape.isUnknown() || shape.numDimensions() != 2 || shape.get(1) < 1) {
      throw new IllegalArgumentException(
          "positional encoding expects [M, d] with d known, got " + shape);
    }
    int d = (int) shape.get(1);
    if (frequencies == 0) {
      return tf.identity(x);
    }
    float[][] scales = new float[frequencies][1];
    for (int k = 0; k < frequencies; k++) {
      scales[k][0] = (float) Math.pow(2, k);
    }
    Operand<TFloat32> scaled =
        tf.math.mul(tf.expandDims(x, tf.constant(1)), tf.constant(scales)); // [M, L, d]
    Operand<TFloat32> pairs =
        tf.stack(List.of(tf.math.sin(scaled), tf.math.cos(scaled)), Stack.axis(2L)); // [M, L, 2, d]
    Operand<TFloat32> flat = tf.reshape(pairs, tf.constant(new long[] {-1, 2L * frequencies * d}));
    return includeInput ? tf.concat(List.of(x, flat), tf.constant(1)) : flat;
  }
}
