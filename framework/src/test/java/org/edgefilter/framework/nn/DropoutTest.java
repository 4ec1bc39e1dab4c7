package org.edgefilter.framework.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Arrays;
import org.edgefilter.framework.train.Feeds;
import org.junit.jupiter.api.Test;
import org.tensorflow.Operand;
import org.tensorflow.Result;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;
import org.tensorflow.types.TInt64;

class DropoutTest {

  private static final int N = 4000;

  private static float[] runWithStep(
      Model model, Placeholder<TFloat32> x, Operand<TFloat32> y, long step) {
    float[] ones = new float[N];
    Arrays.fill(ones, 1f);
    try (Feeds feeds = Feeds.create().floats(x, ones, N);
        TInt64 seed = TInt64.vectorOf(model.seed(), step)) {
      var runner = model.session().runner();
      feeds.applyTo(runner);
      runner.feed(model.registry().stepSeed(), seed).fetch(y);
      try (Result r = runner.run()) {
        float[] out = new float[N];
        ((TFloat32) r.get(0))
            .copyTo(org.tensorflow.ndarray.buffer.DataBuffers.of(out, false, false));
        return out;
      }
    }
  }

  @Test
  void trainingDropsAtTheRateAndRescales() {
    try (Model model = new Model(8)) {
      Placeholder<TFloat32> x = Graphs.input(model, N);
      Dropout dropout = new Dropout(model.params().child("drop"), 0.25f);
      Operand<TFloat32> y = dropout.apply(model.tf(), x, Mode.TRAIN);
      float[] a = runWithStep(model, x, y, 0);
      int dropped = 0;
      for (float v : a) {
        if (v == 0f) {
          dropped++;
        } else {
          assertEquals(1f / 0.75f, v, 1e-6f);
        }
      }
      // Binomial(4000, 0.25): standard deviation ~27; allow five.
      assertEquals(1000, dropped, 140);
      assertArrayEquals(a, runWithStep(model, x, y, 0), "same step, same mask");
      assertFalse(Arrays.equals(a, runWithStep(model, x, y, 1)), "next step, new mask");
    }
  }

  @Test
  void evaluationAndAdaptationPassThrough() {
    try (Model model = new Model(8)) {
      Placeholder<TFloat32> x = Graphs.input(model, N);
      Dropout dropout = new Dropout(model.params().child("drop"), 0.5f);
      assertSame(x, dropout.apply(model.tf(), x, Mode.EVAL));
      assertSame(x, dropout.apply(model.tf(), x, Mode.ADAPT));
    }
  }
}
