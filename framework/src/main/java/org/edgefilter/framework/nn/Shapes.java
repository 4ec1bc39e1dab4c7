package org.edgefilter.framework.nn;

import java.util.List;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.index.Indices;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TInt32;

/** Static shape checks and dynamic shape arithmetic shared by the layers. */
final class Shapes {

  private Shapes() {}

  /** Fails unless {@code x} has a known rank of exactly {@code rank}. */
  static void requireRank(Operand<?> x, int rank, String who) {
    Shape s = x.shape();
    if (s.isUnknown() || s.numDimensions() != rank) {
      throw new IllegalArgumentException(
          who + " expects a rank-" + rank + " input, got shape " + s);
    }
  }

  /** Fails unless {@code x} has a known rank of at least {@code rank}. */
  static void requireRankAtLeast(Operand<?> x, int rank, String who) {
    Shape s = x.shape();
    if (s.isUnknown() || s.numDimensions() < rank) {
      throw new IllegalArgumentException(
          who + " expects an input of rank >= " + rank + ", got shape " + s);
    }
  }

  /** The statically known size of the last dimension. */
  static long lastDim(Operand<?> x, String who) {
    Shape s = x.shape();
    long d = s.isUnknown() ? -1 : s.get(s.numDimensions() - 1);
    if (d <= 0) {
      throw new IllegalArgumentException(
          who
              + " needs the last dimension of its input to be known when the graph is built, got"
              + " shape "
              + s);
    }
    return d;
  }

  /** Fails if a layer built for {@code expected} inputs features receives {@code actual}. */
  static void requireSame(long expected, long actual, String who) {
    if (expected != actual) {
      throw new IllegalArgumentException(
          who + " was built for inputs with " + expected + " features, got " + actual);
    }
  }

  /** {@code shape(x)[0 : rank-1] ++ [last]}: x's dynamic shape with the last dimension replaced. */
  static Operand<TInt32> withLastDim(Ops tf, Operand<?> x, long last) {
    int rank = x.shape().numDimensions();
    Operand<TInt32> leading = tf.stridedSlice(tf.shape(x), Indices.slice(0, rank - 1));
    return tf.concat(List.of(leading, tf.constant(new int[] {(int) last})), tf.constant(0));
  }

  static int[] range(int from, int to) {
    int[] r = new int[to - from];
    for (int i = from; i < to; i++) {
      r[i - from] = i;
    }
    return r;
  }
}
