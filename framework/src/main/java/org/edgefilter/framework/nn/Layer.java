package org.edgefilter.framework.nn;

import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * A float tensor to float tensor block. Implementations create their parameters on the first {@code
 * apply} and reuse them afterwards, so every tower built from one layer shares its weights. A
 * lambda is a parameter-free layer: {@code Layer relu = (tf, x, mode) -> tf.nn.relu(x);}
 */
@FunctionalInterface
public interface Layer {

  /**
   * Adds the layer's computation to the graph.
   *
   * @param tf op factory of the tower being built (its name scope and control dependencies apply)
   * @param x the input; each layer's javadoc states the shape it accepts
   * @param mode training, evaluation or adaptation behaviour
   * @return the output
   */
  Operand<TFloat32> apply(Ops tf, Operand<TFloat32> x, Mode mode);
}
