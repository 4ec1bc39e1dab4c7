package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.op.Op;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

class BatchNormTest {

  private static final int B = 3, H = 2, W = 2, C = 4;
  private static final long[] SHAPE = {B, H, W, C};

  @Test
  void trainTowerNormalizesWithBatchStatisticsAndUpdatesMovingAverages() {
    try (Model model = new Model(2)) {
      Placeholder<TFloat32> x = Graphs.input(model, -1, H, W, C);
      BatchNorm bn = BatchNorm.builder().optMomentum(0.1f).optEpsilon(1e-3f).build(model.params().child("bn"));
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

  @Test
  void parametersCarryRolesAndTags() {
    try (Model model = new Model(2)) {
      BatchNorm bn = BatchNorm.of(model.params().child("block1").child("bn1"));
      bn.apply(model.tf(), Graphs.input(model, -1, 2, 2, 3), Mode.TRAIN);
      ParameterRegistry r = model.registry();
      assertEquals(List.of("block1/bn1/gamma", "block1/bn1/beta"),
          r.withTag(Tags.NORM_AFFINE).stream().map(Parameter::name).toList());
      assertEquals(Role.MOVING_VARIANCE, r.get("block1/bn1/moving_variance").role());
      assertTrue(!r.get("block1/bn1/moving_mean").trainable());
      assertEquals(2, r.trainable().size());
      assertArrayEquals(new long[] {3}, r.get("block1/bn1/gamma").shape());
    }
  }
}
