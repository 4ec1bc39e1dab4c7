package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.Output;
import org.tensorflow.op.Op;
import org.tensorflow.op.Ops;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt32;

class BatchNormTest {

  private static final int B = 3, H = 2, W = 2, C = 4;
  private static final long[] SHAPE = {B, H, W, C};

  @Test
  void trainTowerNormalizesWithBatchStatisticsAndUpdatesMovingAverages() {
    try (Model model = new Model(2)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, H, W, C);
      BatchNorm bn =
          BatchNorm.builder().optMomentum(0.1f).optEpsilon(1e-3f).build(model.params().child("bn"));
      Operand<TFloat32> train = bn.apply(model.tf().withSubScope("train"), x, Mode.TRAIN);
      List<Op> updates = model.registry().takeUpdateOps();
      Operand<TFloat32> eval = bn.apply(model.tf().withSubScope("eval"), x, Mode.EVAL);
      assertEquals(2, updates.size(), "moving mean and variance updates");
      assertTrue(model.registry().takeUpdateOps().isEmpty(), "EVAL records nothing");
      model.initialize();
      Parameter gamma = model.registry().get("bn/gamma");
      Parameter beta = model.registry().get("bn/beta");
      float[] g = {1f, 2f, 0.5f, -1f};
      float[] be = {0f, 1f, -1f, 0.25f};
      model.write(gamma, g);
      model.write(beta, be);
      float[] input = Reference.random(B * H * W * C, 7);
      for (int i = 0; i < input.length; i++) {
        input[i] = input[i] * (1 + i % C) + i % C; // channels with different scales and offsets
      }

      float[] y = Graphs.eval(model, x, input, SHAPE, train);
      double[] mean = Reference.channelMean(input, C);
      double[] var = Reference.channelVariance(input, C);
      float[] expected = new float[input.length];
      for (int i = 0; i < input.length; i++) {
        int c = i % C;
        expected[i] = (float) ((input[i] - mean[c]) / Math.sqrt(var[c] + 1e-3) * g[c] + be[c]);
      }
      assertArrayEquals(expected, y, 1e-4f);

      // Run the updates once, as the train step would.
      try (Feeds feeds = Feeds.create().floats(x, input, SHAPE)) {
        var runner = model.session().runner();
        feeds.applyTo(runner);
        updates.forEach(runner::addTarget);
        runner.run().close();
      }
      int n = B * H * W;
      float[] movingMean = model.read(model.registry().get("bn/moving_mean"));
      float[] movingVar = model.read(model.registry().get("bn/moving_variance"));
      float[] evalOut = Graphs.eval(model, x, input, SHAPE, eval);
      for (int c = 0; c < C; c++) {
        // PyTorch: running = 0.9 running + 0.1 batch, variance unbiased (n / (n - 1)).
        assertEquals(0.1 * mean[c], movingMean[c], 1e-5);
        assertEquals(0.9 + 0.1 * var[c] * n / (n - 1), movingVar[c], 1e-4);
      }
      for (int i = 0; i < input.length; i++) {
        int c = i % C;
        double e = (input[i] - movingMean[c]) / Math.sqrt(movingVar[c] + 1e-3) * g[c] + be[c];
        assertEquals(e, evalOut[i], 1e-4, "eval uses the moving statistics");
      }
    }
  }

  @Test
  void adaptTowerUsesBatchStatisticsWithoutRecordingUpdates() {
    try (Model model = new Model(2)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, C);
      BatchNorm bn = BatchNorm.of(model.params().child("bn"));
      Operand<TFloat32> adapt = bn.apply(model.tf(), x, Mode.ADAPT);
      assertTrue(model.registry().takeUpdateOps().isEmpty());
      model.initialize();
      float[] input = Reference.random(6 * C, 3);
      float[] y = Graphs.eval(model, x, input, new long[] {6, C}, adapt);
      double[] mean = Reference.channelMean(y, C);
      double[] var = Reference.channelVariance(y, C);
      for (int c = 0; c < C; c++) {
        assertEquals(0, mean[c], 1e-5);
        assertEquals(1, var[c], 1e-3);
      }
    }
  }

  /**
   * The fused form (the default for 4D input with batch statistics) against the plain-Java
   * batch-norm backward, {@code dx = gamma rstd / n (n dy - sum dy - xhat sum(dy xhat))}, {@code
   * dgamma = sum(dy xhat)}, {@code dbeta = sum dy} (Ioffe and Szegedy, 2015, Section 3), and
   * against the primitive-op form, in the TRAIN and ADAPT towers.
   */
  @Test
  void fusedFormMatchesTheReferenceGradientsAndThePrimitiveForm() {
    try (Model model = new Model(2)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, H, W, C);
      BatchNorm fused = BatchNorm.builder().optEpsilon(1e-3f).build(model.params().child("f"));
      BatchNorm primitive =
          BatchNorm.builder().optEpsilon(1e-3f).optFused(false).build(model.params().child("p"));
      float[] weights = Reference.random(B * H * W * C, 11);
      Operand<TFloat32> w =
          model
              .tf()
              .constant(
                  org.tensorflow.ndarray.Shape.of(SHAPE),
                  org.tensorflow.ndarray.buffer.DataBuffers.of(weights, true, false));
      Operand<TInt32> all = model.tf().constant(new int[] {0, 1, 2, 3});
      List<Operand<TFloat32>> outputs = new ArrayList<>();
      List<Parameter> params = new ArrayList<>();
      for (Mode mode : new Mode[] {Mode.TRAIN, Mode.ADAPT}) {
        for (BatchNorm bn : new BatchNorm[] {fused, primitive}) {
          Ops tf = model.tf().withSubScope(mode.name().toLowerCase(java.util.Locale.ROOT));
          Operand<TFloat32> y = bn.apply(tf, x, mode);
          Operand<TFloat32> loss = tf.sum(tf.math.mul(y, w), all);
          List<Parameter> ps = bn.parameters();
          Output<?>[] grads =
              model
                  .graph()
                  .addGradients(
                      "grad_" + outputs.size(),
                      new Output<?>[] {loss.asOutput()},
                      new Output<?>[] {
                        x.asOutput(),
                        ps.get(0).variable().asOutput(),
                        ps.get(1).variable().asOutput()
                      },
                      null);
          outputs.add(y);
          for (Output<?> g : grads) {
            outputs.add(g.expect(TFloat32.class));
          }
          params.addAll(ps.subList(0, 2));
        }
      }
      model.registry().takeUpdateOps();
      model.initialize();
      float[] g = {1f, 2f, 0.5f, -1f};
      float[] be = {0f, 1f, -1f, 0.25f};
      for (Parameter p : params) {
        model.write(p, p.role() == Role.GAMMA ? g : be);
      }
      float[] input = Reference.random(B * H * W * C, 7);
      for (int i = 0; i < input.length; i++) {
        input[i] = input[i] * (1 + i % C) + i % C;
      }
      float[][] got = Graphs.eval(model, x, input, SHAPE, outputs);

      int n = B * H * W;
      double[] mean = Reference.channelMean(input, C);
      double[] var = Reference.channelVariance(input, C);
      double[] sumDy = new double[C];
      double[] sumDyXhat = new double[C];
      double[] xhat = new double[input.length];
      for (int i = 0; i < input.length; i++) {
        int c = i % C;
        xhat[i] = (input[i] - mean[c]) / Math.sqrt(var[c] + 1e-3);
        sumDy[c] += weights[i];
        sumDyXhat[c] += weights[i] * xhat[i];
      }
      float[] y = new float[input.length];
      float[] dx = new float[input.length];
      for (int i = 0; i < input.length; i++) {
        int c = i % C;
        y[i] = (float) (xhat[i] * g[c] + be[c]);
        dx[i] =
            (float)
                (g[c]
                    / Math.sqrt(var[c] + 1e-3)
                    / n
                    * (n * weights[i] - sumDy[c] - xhat[i] * sumDyXhat[c]));
      }
      float[] dGamma = new float[C];
      float[] dBeta = new float[C];
      for (int c = 0; c < C; c++) {
        dGamma[c] = (float) sumDyXhat[c];
        dBeta[c] = (float) sumDy[c];
      }
      for (int k = 0; k < 4; k++) {
        String which = (k < 2 ? "TRAIN " : "ADAPT ") + (k % 2 == 0 ? "fused" : "primitive");
        assertArrayEquals(y, got[4 * k], 1e-4f, which + " y");
        assertArrayEquals(dx, got[4 * k + 1], 1e-4f, which + " dx");
        assertArrayEquals(dGamma, got[4 * k + 2], 1e-4f, which + " dgamma");
        assertArrayEquals(dBeta, got[4 * k + 3], 1e-4f, which + " dbeta");
      }
    }
  }

  @Test
  void parametersCarryRolesAndTags() {
    try (Model model = new Model(2)) {
      BatchNorm bn = BatchNorm.of(model.params().child("block1").child("bn1"));
      bn.apply(model.tf(), Graphs.input(model, -1, 2, 2, 3), Mode.TRAIN);
      ParameterRegistry r = model.registry();
      assertEquals(
          List.of("block1/bn1/gamma", "block1/bn1/beta"),
          r.withTag(Tags.NORM_AFFINE).stream().map(Parameter::name).toList());
      assertEquals(Role.MOVING_VARIANCE, r.get("block1/bn1/moving_variance").role());
      assertTrue(!r.get("block1/bn1/moving_mean").trainable());
      assertEquals(2, r.trainable().size());
      assertArrayEquals(new long[] {3}, r.get("block1/bn1/gamma").shape());
    }
  }
}
