package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Role;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

class GradientClippingTest {

  @Test
  void scalesJointlyToTheClipNorm() {
    try (Model model = new Model(0)) {
      Ops tf = model.tf();
      // Global norm sqrt(3^2 + 4^2 + 12^2) = 13.
      List<Operand<TFloat32>> grads =
          List.of(tf.constant(new float[] {3f, 4f}), tf.constant(new float[][] {{12f}}));
      GradientClipping.Clipped clipped = GradientClipping.clipByGlobalNorm(tf, grads, 6.5);
      GradientClipping.Clipped untouched = GradientClipping.clipByGlobalNorm(tf, grads, 20);
      try (Result r =
          model
              .session()
              .runner()
              .fetch(clipped.globalNorm())
              .fetch(clipped.gradients().get(0))
              .fetch(clipped.gradients().get(1))
              .fetch(untouched.gradients().get(0))
              .run()) {
        assertEquals(13f, ((TFloat32) r.get(0)).getFloat(), 1e-5f);
        assertArrayEquals(new float[] {1.5f, 2f}, UpdateStep.copy((TFloat32) r.get(1)), 1e-6f);
        assertArrayEquals(new float[] {6f}, UpdateStep.copy((TFloat32) r.get(2)), 1e-6f);
        assertArrayEquals(new float[] {3f, 4f}, UpdateStep.copy((TFloat32) r.get(3)), 1e-6f);
      }
    }
  }

  @Test
  void updateStepAppliesClippedGradients() {
    try (Model model = new Model(0)) {
      Parameter w =
          model.params().create(ParameterSpec.of("w", Role.WEIGHT, Initializers.zeros(), 2));
      Ops tf = model.tf();
      // loss = 3 w0 + 4 w1: gradient (3, 4), norm 5; clipped to norm 1 -> (0.6, 0.8).
      Operand<TFloat32> loss =
          tf.reduceSum(tf.math.mul(tf.constant(new float[] {3f, 4f}), w.value()), tf.constant(0));
      UpdateStep step =
          UpdateStep.builder(model)
              .setLoss(loss)
              .setOptimizer(Sgd.plain())
              .optClipNorm(1.0)
              .build();
      model.initialize();
      try (Feeds none = Feeds.create()) {
        step.run(none, 1.0, 0);
      }
      assertArrayEquals(new float[] {-0.6f, -0.8f}, model.read(w), 1e-6f);
    }
  }
}
