package org.edgefilter.framework.filter;

import java.util.function.BiFunction;
import org.tensorflow.Graph;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.Result;
import org.tensorflow.Session;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.ndarray.buffer.DataBuffers;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Builds a one-input graph, feeds a float array and returns fetched float arrays (test helper). */
final class TfRunner {

  private TfRunner() {}

  /** Runs {@code f(tf, x)} on {@code data} fed into a placeholder of {@code placeholderShape}. */
  static float[] run(
      Shape placeholderShape,
      Shape dataShape,
      float[] data,
      BiFunction<Ops, Operand<TFloat32>, Operand<TFloat32>> f) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(placeholderShape));
      Operand<TFloat32> y = f.apply(tf, x);
      try (Session s = new Session(g);
          TFloat32 in = TFloat32.tensorOf(dataShape, DataBuffers.of(data));
          Result r = s.runner().feed(x, in).fetch(y).run()) {
        return toArray((TFloat32) r.get(0));
      }
    }
  }

  /** Gradient of {@code sum(weights * f(x))} with respect to x, at {@code data}. */
  static float[] gradient(
      Shape shape,
      float[] data,
      float[] weights,
      BiFunction<Ops, Operand<TFloat32>, Operand<TFloat32>> f) {
    try (Graph g = new Graph()) {
      Ops tf = Ops.create(g);
      Placeholder<TFloat32> x = tf.placeholder(TFloat32.class, Placeholder.shape(shape));
      Operand<TFloat32> y = f.apply(tf, x);
      Operand<TFloat32> w = tf.reshape(tf.constant(weights), tf.constant(shape.asArray()));
      Operand<TFloat32> objective = tf.sum(tf.math.mul(w, y), tf.constant(allAxes(shape)));
      Output<?>[] grads = g.addGradients(objective.asOutput(), new Output<?>[] {x.asOutput()});
      try (Session s = new Session(g);
          TFloat32 in = TFloat32.tensorOf(shape, DataBuffers.of(data));
          Result r = s.runner().feed(x, in).fetch(grads[0]).run()) {
        return toArray((TFloat32) r.get(0));
      }
    }
  }

  static float[] toArray(TFloat32 t) {
    float[] out = new float[(int) t.shape().size()];
    t.copyTo(DataBuffers.of(out, false, false));
    return out;
  }

  private static int[] allAxes(Shape shape) {
    int[] axes = new int[shape.numDimensions()];
    for (int i = 0; i < axes.length; i++) {
      axes[i] = i;
    }
    return axes;
  }
}
