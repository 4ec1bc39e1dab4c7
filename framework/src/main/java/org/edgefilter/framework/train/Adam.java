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
 * Adam (Kingma and Ba, ICLR 2015, Algorithm 1) in {@code torch.optim.AdamW}'s form, with optional
 * decoupled weight decay (Loshchilov and Hutter, ICLR 2019, Algorithm 2). At step t (from 1):
 * {@code m = b1 m + (1 - b1) g}, {@code v = b2 v + (1 - b2) g^2}, {@code mHat = m / (1 - b1^t)},
 * {@code vHat = v / (1 - b2^t)}, then {@code theta = theta (1 - lr * weightDecay) - lr * mHat /
 * (sqrt(vHat) + epsilon)}, the decay only for {@code decayed} parameters. With weight decay 0 this
 * is plain Adam.
 *
 * @param beta1 first-moment decay, in [0, 1)
 * @param beta2 second-moment decay, in [0, 1)
 * @param epsilon added to {@code sqrt(vHat)}, > 0
 * @param weightDecay decoupled decay coefficient, >= 0
 * @param decayed which parameters are decayed (BERT: not biases and LayerNorm parameters)
 */
public record Adam(
    double beta1, double beta2, double epsilon, double weightDecay, Predicate<Parameter> decayed)
    implements Optimizer {

  /** Checks the ranges of the hyperparameters. */
  public Adam {
    if (!(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1)) {
      throw new IllegalArgumentException("betas must be in [0, 1), got " + beta1 + ", " + beta2);
    }
    if (!(epsilon > 0)) {
      throw new IllegalArgumentException("epsilon must be > 0, got " + epsilon);
    }
    if (!(weightDecay >= 0)) {
      throw new IllegalArgumentException("weight decay must be >= 0, got " + weightDecay);
    }
    if (decayed == null) {
      throw new IllegalArgumentException("decayed must not be null");
    }
  }

  /** Adam with the paper's defaults: betas 0.9 and 0.999, epsilon 1e-8, no weight decay. */
  public static Adam defaults() {
    return new Adam(0.9, 0.999, 1e-8, 0, p -> true);
  }

  /**
   * AdamW with the defaults and decoupled weight decay on the parameters {@code decayed} selects.
   */
  public static Adam adamW(double weightDecay, Predicate<Parameter> decayed) {
    return new Adam(0.9, 0.999, 1e-8, weightDecay, decayed);
  }

  @Override
  public Op applyGradients(
      Ops tf,
      List<Parameter> parameters,
      List<Operand<TFloat32>> gradients,
      Operand<TFloat32> learningRate,
      ParameterScope state) {
    Parameter stepCounter = OptimizerState.scalar(state, "step");
    Operand<TFloat32> t = tf.assignAdd(stepCounter.variable(), tf.constant(1f));
    Operand<TFloat32> b1 = tf.constant((float) beta1);
    Operand<TFloat32> b2 = tf.constant((float) beta2);
    Operand<TFloat32> one = tf.constant(1f);
    Operand<TFloat32> correction1 = tf.math.sub(one, tf.math.pow(b1, t));
    Operand<TFloat32> correction2 = tf.math.sub(one, tf.math.pow(b2, t));
    Operand<TFloat32> decayFactor =
        tf.math.sub(one, tf.math.mul(learningRate, tf.constant((float) weightDecay)));
    List<Op> updates = new ArrayList<>();
    for (int i = 0; i < parameters.size(); i++) {
      Parameter p = parameters.get(i);
      Operand<TFloat32> g = gradients.get(i);
      Parameter m = OptimizerState.slot(state, p, "m");
      Parameter v = OptimizerState.slot(state, p, "v");
      Operand<TFloat32> newM =
          tf.assign(
              m.variable(),
              tf.math.add(tf.math.mul(b1, m.variable()), tf.math.mul(tf.math.sub(one, b1), g)));
      Operand<TFloat32> newV =
          tf.assign(
              v.variable(),
              tf.math.add(
                  tf.math.mul(b2, v.variable()),
                  tf.math.mul(tf.math.sub(one, b2), tf.math.square(g))));
      Operand<TFloat32> mHat = tf.math.div(newM, correction1);
      Operand<TFloat32> vHat = tf.math.div(newV, correction2);
      Operand<TFloat32> step =
          tf.math.mul(
              learningRate,
              tf.math.div(mHat, tf.math.add(tf.math.sqrt(vHat), tf.constant((float) epsilon))));
      Operand<TFloat32> theta = p.variable();
      if (weightDecay > 0 && decayed.test(p)) {
        updates.add(tf.assign(theta, tf.math.sub(tf.math.mul(theta, decayFactor), step)));
      } else {
        updates.add(tf.assignSub(theta, step));
      }
    }
    return tf.withControlDependencies(updates).noOp();
  }
}
