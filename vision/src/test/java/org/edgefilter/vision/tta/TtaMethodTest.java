package org.edgefilter.vision.tta;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.nn.ParameterSnapshot;
import org.edgefilter.framework.nn.Tags;
import org.edgefilter.vision.model.Classifier;
import org.edgefilter.vision.model.ModelConfig;
import org.junit.jupiter.api.Test;

class TtaMethodTest {

  static float[] shifted(int n, long seed, float shift) {
    Random r = new Random(seed);
    float[] x = new float[n * 32 * 32 * 3];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian() * 0.5f + shift;
    }
    return x;
  }

  @Test
  void tentChangesOnlyNormalizationAffineParametersAndResetRestoresThem() {
    try (Classifier c =
        new Classifier(
            ModelConfig.wrn(10, 1),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 3, Padding.REFLECT, 1),
            32,
            10,
            5,
            0,
            0)) {
      List<Parameter> all = c.model().registry().all();
      ParameterSnapshot before = c.model().snapshot(all);
      Tent tent = new Tent(c, 1e-2, "tent");
      float[] batch = shifted(8, 1, 0.7f);
      float[] first = tent.predict(batch, 8);
      assertEquals(80, first.length);
      tent.predict(batch, 8);
      assertEquals(2, tent.entropyTrajectory().length);
      for (Parameter p : all) {
        boolean changed = !Arrays.equals(before.values(p), c.model().read(p));
        boolean adaptable = p.tags().contains(Tags.NORM_AFFINE);
        if (adaptable) {
          assertTrue(changed, p.name() + " should adapt");
        } else if (!p.role().name().equals("OPTIMIZER_STATE")) {
          assertFalse(changed, p.name() + " must not change");
        }
      }
      // The first prediction equals BN-Norm's: TENT predicts from the pre-update forward pass.
      tent.reset();
      assertArrayEquals(new BnNorm(c).predict(batch, 8), tent.predict(batch, 8), 1e-5f);
      tent.reset();
      for (Parameter p : all) {
        if (!p.role().name().equals("OPTIMIZER_STATE") || p.tags().contains(Tags.NORM_AFFINE)) {
          assertArrayEquals(before.values(p), c.model().read(p), 0f, p.name() + " restored");
        }
      }
      assertEquals(0, tent.entropyTrajectory().length);
    }
  }

  @Test
  void entropyFallsOverRepeatedTentStepsOnOneShiftedBatch() {
    try (Classifier c =
        new Classifier(ModelConfig.wrn(10, 1), FilterConfig.baseline(1), 32, 10, 7, 0, 0)) {
      Tent tent = new Tent(c, 5e-3, "tent");
      float[] batch = shifted(16, 2, 1.5f);
      for (int i = 0; i < 15; i++) {
        tent.predict(batch, 16);
      }
      double[] h = tent.entropyTrajectory();
      assertTrue(h[h.length - 1] < h[0], "entropy should fall: " + Arrays.toString(h));
    }
  }

  @Test
  void sourceUsesMovingStatisticsAndBnNormTheBatchStatistics() {
    try (Classifier c =
        new Classifier(ModelConfig.wrn(10, 1), FilterConfig.baseline(1), 32, 10, 9, 0, 0)) {
      float[] a = shifted(4, 3, 2f);
      float[] source = new Source(c).predict(a, 4);
      float[] bn = new BnNorm(c).predict(a, 4);
      assertFalse(Arrays.equals(source, bn));
      // BN-Norm's output for an image depends on the rest of its batch; Source's does not.
      float[] b = shifted(4, 4, -1f);
      float[] mixed = new float[a.length];
      System.arraycopy(a, 0, mixed, 0, a.length / 2);
      System.arraycopy(b, a.length / 2, mixed, a.length / 2, a.length / 2);
      assertArrayEquals(
          Arrays.copyOf(source, 20), Arrays.copyOf(new Source(c).predict(mixed, 4), 20), 1e-5f);
      assertFalse(
          Arrays.equals(Arrays.copyOf(bn, 20), Arrays.copyOf(new BnNorm(c).predict(mixed, 4), 20)));
    }
  }
}
