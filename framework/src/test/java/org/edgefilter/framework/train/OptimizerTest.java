package org.edgefilter.framework.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.edgefilter.framework.nn.Initializers;
import org.edgefilter.framework.nn.Model;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSpec;
import org.edgefilter.framework.nn.Role;
import org.edgefilter.framework.nn.Tags;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Ops;
import org.tensorflow.types.TFloat32;

/**
 * Optimizers on loss(theta) = sum(c * theta + theta^2 / 2), whose gradient is c + theta, against
 * the update rules written out by hand in double precision.
 */
class OptimizerTest {

  private static final float[] C = {1.0f, -2.0f, 0.5f};
  private static final float[] THETA0 = {0.3f, -0.7f, 2.0f};
  private static final double[] RATES = {0.1, 0.05, 0.2};

  /** Runs {@code RATES.length} steps of {@code optimizer} and returns theta after each. */
  private static float[][] run(Optimizer optimizer) {
    try (Model model = new Model(0)) {
      Parameter theta =
          model.params().create(ParameterSpec.of("theta", Role.WEIGHT, Initializers.zeros(), 3));
      Ops tf = model.tf();
      Operand<TFloat32> loss =
          tf.reduceSum(
              tf.math.add(
                  tf.math.mul(tf.constant(C), theta.value()),
                  tf.math.mul(tf.constant(0.5f), tf.math.square(theta.value()))),
              tf.constant(0));
      UpdateStep step = UpdateStep.builder(model).setLoss(loss).setOptimizer(optimizer).build();
      model.initialize();
      model.write(theta, THETA0);
      float[][] out = new float[RATES.length][];
      for (int s = 0; s < RATES.length; s++) {
        try (Feeds none = Feeds.create()) {
          step.run(none, RATES[s], s);
        }
        out[s] = model.read(theta);
      }
      assertEquals(
          optimizer instanceof Adam ? 1 + 2 * 1 : ((Sgd) optimizer).momentum() > 0 ? 1 : 0,
          step.optimizerState().size());
      step.optimizerState().forEach(p -> assertEquals(true, p.hasTag(Tags.OPTIMIZER)));
      return out;
    }
  }

  private static void assertClose(double[] expected, float[] actual) {
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], 1e-6 * Math.max(1, Math.abs(expected[i])), "index " + i);
    }
  }

  @Test
  void adamMatchesHandComputedSteps() {
    double b1 = 0.9, b2 = 0.999, eps = 1e-8;
    float[][] got = run(Adam.defaults());
    double[] theta = {THETA0[0], THETA0[1], THETA0[2]};
    double[] m = new double[3];
    double[] v = new double[3];
    for (int t = 1; t <= RATES.length; t++) {
      for (int i = 0; i < 3; i++) {
        double g = C[i] + theta[i];
        m[i] = b1 * m[i] + (1 - b1) * g;
        v[i] = b2 * v[i] + (1 - b2) * g * g;
        double mHat = m[i] / (1 - Math.pow(b1, t));
        double vHat = v[i] / (1 - Math.pow(b2, t));
        theta[i] -= RATES[t - 1] * mHat / (Math.sqrt(vHat) + eps);
      }
      assertClose(theta, got[t - 1]);
    }
    // First Adam step moves every coordinate by the learning rate against the gradient's sign.
    assertEquals(THETA0[0] - 0.1, got[0][0], 1e-6);
    assertEquals(THETA0[1] + 0.1, got[0][1], 1e-6);
  }

  @Test
  void adamWDecaysTheWeightsDecoupled() {
    double wd = 0.1;
    float[][] got = run(Adam.adamW(wd, p -> true));
    double[] theta = {THETA0[0], THETA0[1], THETA0[2]};
    double[] m = new double[3];
    double[] v = new double[3];
    for (int t = 1; t <= RATES.length; t++) {
      double lr = RATES[t - 1];
      for (int i = 0; i < 3; i++) {
        double g = C[i] + theta[i];
        m[i] = 0.9 * m[i] + 0.1 * g;
        v[i] = 0.999 * v[i] + 0.001 * g * g;
        double update =
            lr
                * (m[i] / (1 - Math.pow(0.9, t)))
                / (Math.sqrt(v[i] / (1 - Math.pow(0.999, t))) + 1e-8);
        theta[i] = theta[i] * (1 - lr * wd) - update;
      }
      assertClose(theta, got[t - 1]);
    }
  }

  @Test
  void sgdWithMomentumWeightDecayAndNesterov() {
    for (boolean nesterov : new boolean[] {false, true}) {
      double mu = 0.9, wd = 0.01;
      float[][] got = run(Sgd.momentum(mu, nesterov, wd));
      double[] theta = {THETA0[0], THETA0[1], THETA0[2]};
      double[] buf = new double[3];
      for (int s = 0; s < RATES.length; s++) {
        for (int i = 0; i < 3; i++) {
          double g = C[i] + theta[i] + wd * theta[i];
          buf[i] = mu * buf[i] + g;
          double d = nesterov ? g + mu * buf[i] : buf[i];
          theta[i] -= RATES[s] * d;
        }
        assertClose(theta, got[s]);
      }
    }
  }

  @Test
  void plainSgdIsGradientDescent() {
    float[][] got = run(Sgd.plain());
    float[] expected = new float[3];
    for (int i = 0; i < 3; i++) {
      expected[i] = (float) (THETA0[i] - 0.1 * (C[i] + THETA0[i]));
    }
    assertArrayEquals(expected, got[0], 1e-6f);
  }

  @Test
  void resetOptimizerStateZeroesMoments() {
    try (Model model = new Model(0)) {
      Parameter theta =
          model.params().create(ParameterSpec.of("theta", Role.WEIGHT, Initializers.ones(), 3));
      Ops tf = model.tf();
      UpdateStep step =
          UpdateStep.builder(model)
              .setName("adapt")
              .setLoss(tf.reduceSum(tf.math.square(theta.value()), tf.constant(0)))
              .setOptimizer(Adam.defaults())
              .optParameters(List.of(theta))
              .build();
      model.initialize();
      try (Feeds none = Feeds.create()) {
        step.run(none, 0.1, 0);
      }
      assertEquals("optimizer/adapt/step", step.optimizerState().get(0).name());
      assertArrayEquals(new float[] {1f}, model.read(step.optimizerState().get(0)));
      step.resetOptimizerState();
      for (Parameter p : step.optimizerState()) {
        assertArrayEquals(new float[p.size()], model.read(p));
      }
    }
  }
}
