package org.edgefilter.framework.train;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterScope;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Stochastic gradient descent with momentum, in {@code torch.optim.SGD}'s form (dampening 0):
 * {@code g' = g + weightDecay * theta} (coupled L2, for {@code decayed} parameters), {@code buf =
 * momentum * buf + g'}, {@code d = nesterov ? g' + momentum * buf : buf}, {@code theta -= lr * d}.
 * The buffer starts at zero, which equals PyTorch's first-step {@code buf = g'}.
 *
 * @param momentum in [0, 1); 0 keeps no buffer
 * @param nesterov Nesterov momentum (needs momentum > 0)
 * @param weightDecay L2 coefficient added to the gradient, >= 0 (WRN trains with 5e-4)
 * @param decayed which parameters get weight decay
 */
public record Sgd(
    double momentum, boolean nesterov, double weightDecay, Predicate<Parameter> decayed)
    implements Optimizer {

  /** Checks the ranges of the hyperparameters. */
  public Sgd {
    if (!(momentum >= 0 && momentum < 1)) {
      throw new IllegalArgumentException("momentum must be in [0, 1), got " + momentum);
    }
    if (nesterov && momentum == 0) {
      throw new IllegalArgumentException("Nesterov momentum needs momentum > 0");
    }
    if (!(weightDecay >= 0)) {
      throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
    }
    if (decayed == null) {
      throw new IllegalArgumentException("decayed must not be null");
    }
  }

  /** Plain gradient descent. */
  public static Sgd plain() {
    return new Sgd(0, false, 0, p -> true);
  }

  /** Momentum SGD with weight decay on every parameter. */
  public static Sgd momentum(double momentum, boolean nesterov, double weightDecay) {
    return new Sgd(momentum, nesterov, weightDecay, p -> true);
  }

  @Override
  public Op applyGradients(
      Ops tf,
      List<Parameter> parameters,
      List<Operand<TFloat32>> gradients,
      Operand<TFloat32> learningRate,
      ParameterScope state) {
    List<Op> updates = new ArrayList<>();
    Operand<TFloat32> mu = tf.constant((float) momentum);
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      Operand<TFloat32> theta = p.variable();
      Operand<TFloat32> g = gradients.get(i);
      if (weightDecay > 0 && decayed.test(p)) {
        g = tf.math.add(g, tf.math.mul(tf.constant((float) weightDecay), theta));
      }
      Operand<TFloat32> direction = g;
      if (momentum > 0) {
        Parameter buffer = OptimizerState.slot(state, p, "momentum");
        Operand<TFloat32> newBuffer =
            tf.assign(buffer.variable(), tf.math.add(tf.math.mul(mu, buffer.variable()), g));
        direction = nesterov ? tf.math.add(g, tf.math.mul(mu, newBuffer)) : newBuffer;
      }
      updates.add(tf.assignSub(theta, tf.math.mul(learningRate, direction)));
    }
    return tf.withControlDependencies(updates).noOp();
  }
}
