package org.edgefilter.framework.train;

import java.util.List;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterScope;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Turns gradients into variable updates. Implementations add plain ops on the (reference) variables
 * and keep their state (moments, momentum buffers, step counters) in parameters of role {@code
 * OPTIMIZER_STATE}, which are therefore checkpointed and restored with the model.
 */
public interface Optimizer {

  /**
   * Adds the ops of one update; called once when an {@link UpdateStep} is built.
   *
   * @param tf op factory whose control dependencies already include every gradient, so no variable
   *     changes before all gradients are computed
   * @param parameters the parameters to update
   * @param gradients their gradients, same order and shapes
   * @param learningRate scalar, fed every step
   * @param state the scope in which to create this optimizer's state parameters
   * @return the op that applies the update when run
   */
  Op applyGradients(
      Ops tf,
      List<Parameter> parameters,
      List<Operand<TFloat32>> gradients,
      Operand<TFloat32> learningRate,
      ParameterScope state);
}
