package org.edgefilter.framework.nn;

import java.util.List;
import org.edgefilter.framework.train.EvalStep;
import org.edgefilter.framework.train.Feeds;
import org.tensorflow.Operand;
import org.tensorflow.ndarray.Shape;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/** Small helpers for building and running test graphs. */
final class Graphs {

  private Graphs() {}

  static Placeholder<TFloat32> input(Model model, long... shape) {
    return model.tf().placeholder(TFloat32.class, Placeholder.shape(Shape.of(shape)));
  }

  /** Runs {@code outputs} with {@code x} fed. */
  static float[][] eval(
      Model model,
      Placeholder<TFloat32> x,
      float[] values,
      long[] shape,
      List<Operand<TFloat32>> outputs) {
    try (Feeds feeds = Feeds.create().floats(x, values, shape)) {
      return EvalStep.of(model, outputs).run(feeds);
    }
  }

  static float[] eval(
      Model model,
      Placeholder<TFloat32> x,
      float[] values,
      long[] shape,
      Operand<TFloat32> output) {
    return eval(model, x, values, shape, List.of(output))[0];
  }
}
