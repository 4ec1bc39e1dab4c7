package org.edgefilter.audio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.train.Adam;
import org.junit.jupiter.api.Test;
import org.tensorflow.GraphOperation;

/**
 * The audio CNN at every filter position, with and without the filter, beyond the framework's model
 * contract (which {@link AudioModelContractTest} runs): slot shapes, parameter counts, equal
 * starting weights of both arms, the filter against a plain-loop reference, training.
 */
class AudioCnnTest {

  private static final int FRAMES = 21;
  private static final int MELS = 12;
  private static final int CLASSES = 10;
  private static final long[] SHAPE = {FRAMES, MELS, 1};

  private static CnnConfig config(int position, FilterMode mode) {
    return new CnnConfig(
        List.of(4, 8, 8),
        0.0,
        new FilterConfig(mode, LowPass.Kind.MEAN, 1.0, 3, Padding.REFLECT, position));
  }

  private static float[] noise(int n, long seed) {
    Random rng = new Random(seed);
    float[] x = new float[n * FRAMES * MELS];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) rng.nextGaussian();
    }
    return x;
  }

  @Test
  void logitsHaveTheBatchByClassesShapeAndFiniteValuesAtEveryPosition() {
    for (int position = 0; position <= 3; position++) {
      try (AudioClassifier c =
          AudioClassifier.forInference(
              config(position, FilterMode.HIGH_PASS), SHAPE, CLASSES, 1, 1)) {
        c.model().initialize();
        float[] logits = c.logits(noise(5, position), 5);
        assertEquals(5 * CLASSES, logits.length, "position " + position);
        for (float v : logits) {
          assertTrue(Float.isFinite(v), "position " + position + ": " + v);
        }
        FilterMaps maps = c.filterMaps(noise(2, 7), 2);
        long[] expected = c.cnn().filterInputShape(FRAMES, MELS);
        assertArrayEquals(
            expected,
            new long[] {maps.time(), maps.freq(), maps.channels()},
            "position " + position);
      }
    }
    // 21 frames halve (rounding up) to 11, 6, 3; 12 mel bands to 6, 3, 2 (SAME max-pool).
    CnnConfig after3 = config(3, FilterMode.HIGH_PASS);
    assertArrayEquals(
        new long[] {3, 2, 8}, new AudioCnn(after3, CLASSES, dummyScope()).filterInputShape(21, 12));
  }

  private static org.edgefilter.framework.nn.ParameterScope dummyScope() {
    return new org.edgefilter.framework.nn.ParameterRegistry(new org.tensorflow.Graph(), 0).root();
  }

  @Test
  void everyPositionAndKindHasTheHandCountedParametersAndNoOtherVariables() {
    // The model contract (AudioModelContractTest) compares both arms at one slot and kind; this
    // covers every slot and every low-pass kind against a hand count.
    List<int[]> cases = new ArrayList<>();
    for (int position = 0; position <= 3; position++) {
      cases.add(new int[] {position, LowPass.Kind.MEAN.ordinal()});
    }
    for (LowPass.Kind kind : LowPass.Kind.values()) {
      if (kind != LowPass.Kind.MEAN) {
        cases.add(new int[] {1, kind.ordinal()});
      }
    }
    for (int[] c : cases) {
      int position = c[0];
      LowPass.Kind kind = LowPass.Kind.values()[c[1]];
      CnnConfig filtered =
          new CnnConfig(
              List.of(4, 8, 8),
              0.0,
              new FilterConfig(FilterMode.HIGH_PASS, kind, 1.0, 3, Padding.REFLECT, position));
      try (AudioClassifier withFilter =
          AudioClassifier.forInference(filtered, SHAPE, CLASSES, 1, 1)) {
        String where = "position " + position + ", " + kind;
        // Hand count for channels 4-8-8 and 10 classes: conv kernels 3*3*1*4 + 3*3*4*8 +
        // 3*3*8*8 = 36 + 288 + 576, BatchNorm gamma and beta 2*(4 + 8 + 8) = 40, dense 8*10 + 10.
        assertEquals(
            36 + 288 + 576 + 40 + 90, withFilter.model().registry().trainableValueCount(), where);
        // Every variable op of the graph is a registered parameter: the filter's taps are
        // constants.
        assertEquals(withFilter.model().registry().size(), variableOps(withFilter), where);
      }
    }
  }

  private static int variableOps(AudioClassifier c) {
    int count = 0;
    Iterator<GraphOperation> ops = c.model().graph().operations();
    while (ops.hasNext()) {
      String type = ops.next().type();
      if (type.startsWith("Variable")) {
        count++;
      }
    }
    return count;
  }

  @Test
  void bothArmsStartFromTheSameWeightsForTheSameSeed() {
    try (AudioClassifier a =
            AudioClassifier.forInference(config(1, FilterMode.HIGH_PASS), SHAPE, CLASSES, 9, 1);
        AudioClassifier b =
            AudioClassifier.forInference(config(1, FilterMode.IDENTITY), SHAPE, CLASSES, 9, 1)) {
      a.model().initialize();
      b.model().initialize();
      List<Parameter> pa = a.modelParameters();
      List<Parameter> pb = b.modelParameters();
      assertEquals(pa.size(), pb.size());
      for (int i = 0; i < pa.size(); i++) {
        assertArrayEquals(a.model().read(pa.get(i)), b.model().read(pb.get(i)), pa.get(i).name());
      }
    }
  }

  @Test
  void theFilterOutputIsItsInputMinusTheReflectPaddedThreeByThreeMean() {
    try (AudioClassifier c =
            AudioClassifier.forInference(config(1, FilterMode.HIGH_PASS), SHAPE, CLASSES, 4, 1);
        AudioClassifier id =
            AudioClassifier.forInference(config(2, FilterMode.IDENTITY), SHAPE, CLASSES, 4, 1)) {
      c.model().initialize();
      FilterMaps maps = c.filterMaps(noise(2, 11), 2);
      for (int b = 0; b < 2; b++) {
        for (int ch = 0; ch < maps.channels(); ch++) {
          float[] in = maps.channel(maps.input(), b, ch);
          float[] out = maps.channel(maps.output(), b, ch);
          float[] expected = highPassReference(in, maps.time(), maps.freq());
          for (int i = 0; i < in.length; i++) {
            assertEquals(expected[i], out[i], 1e-5, "example " + b + " channel " + ch + " at " + i);
          }
        }
      }
      id.model().initialize();
      FilterMaps same = id.filterMaps(noise(2, 11), 2);
      assertArrayEquals(same.input(), same.output(), "IDENTITY passes the map through");
    }
  }

  /**
   * h - mean3x3(h) with REFLECT borders (index -1 maps to 1, n maps to n - 2, as numpy's
   * pad(mode='reflect')), written as a plain loop independent of the framework's separable code.
   */
  static float[] highPassReference(float[] h, int rows, int cols) {
    float[] out = new float[h.length];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        double sum = 0;
        for (int dr = -1; dr <= 1; dr++) {
          for (int dc = -1; dc <= 1; dc++) {
            sum += h[reflect(r + dr, rows) * cols + reflect(c + dc, cols)];
          }
        }
        out[r * cols + c] = (float) (h[r * cols + c] - sum / 9);
      }
    }
    return out;
  }

  private static int reflect(int i, int n) {
    return i < 0 ? -i : i >= n ? 2 * (n - 1) - i : i;
  }

  @Test
  void aFilterPositionPastTheLastBlockIsRejectedWithTheValidRange() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> config(4, FilterMode.HIGH_PASS));
    assertTrue(e.getMessage().contains("valid 0..3"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1.0, 4, Padding.REFLECT, 1));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new FilterConfig(
                FilterMode.HIGH_PASS, LowPass.Kind.GAUSSIAN, 0.0, 3, Padding.REFLECT, 1));
  }

  @Test
  void bothArmsLearnASeparableToyProblem() {
    // Class k lights up mel bands [3k, 3k + 3) over all frames, under unit noise: separable by
    // where the energy is in frequency, which a 3x3 high-pass keeps (band edges are
    // high-frequency).
    int n = 32;
    int classes = 4;
    Random rng = new Random(5);
    float[] x = new float[n * FRAMES * MELS];
    int[] y = new int[n];
    for (int i = 0; i < n; i++) {
      y[i] = i % classes;
      for (int t = 0; t < FRAMES; t++) {
        for (int m = 0; m < MELS; m++) {
          boolean on = m >= 3 * y[i] && m < 3 * y[i] + 3;
          x[(i * FRAMES + t) * MELS + m] = (on ? 2f : 0f) + (float) (0.5 * rng.nextGaussian());
        }
      }
    }
    for (FilterMode mode : new FilterMode[] {FilterMode.IDENTITY, FilterMode.HIGH_PASS}) {
      List<Double> losses = new ArrayList<>();
      try (AudioClassifier c =
          AudioClassifier.forTraining(config(1, mode), SHAPE, classes, 3, 1, Adam.defaults())) {
        c.model().initialize();
        for (int step = 0; step < 30; step++) {
          try (var feeds = c.inputFeeds(x, n).ints(c.labels(), y, n)) {
            losses.add(c.step().run(feeds, 0.01, step).loss());
          }
        }
        double last = losses.get(losses.size() - 1);
        // Chance is ln 4 = 1.386.
        assertTrue(losses.get(0) > 1.2 && last < 0.3, mode + ": losses " + losses);
      }
    }
  }

  @Test
  void reestimationMovesOnlyTheBatchNormStatisticsToThoseOfTheCurrentWeights() {
    // Every example identical: every batch has the same statistics, so after 100 updates with
    // momentum 0.1 the moving mean of block 1 is that statistic up to 0.9^100 = 3e-5 of the start.
    float[] one = noise(1, 21);
    int n = 8;
    float[] x = new float[n * one.length];
    for (int i = 0; i < n; i++) {
      System.arraycopy(one, 0, x, i * one.length, one.length);
    }
    org.edgefilter.framework.data.ArrayDataset data =
        new org.edgefilter.framework.data.ArrayDataset(x, new int[] {FRAMES, MELS, 1}, new int[n]);
    try (AudioClassifier c =
        AudioClassifier.forTraining(
            config(1, FilterMode.HIGH_PASS), SHAPE, CLASSES, 6, 1, Adam.defaults())) {
      c.model().initialize();
      java.util.Map<String, float[]> before = new java.util.HashMap<>();
      for (Parameter p : c.model().registry().all()) {
        before.put(p.name(), c.model().read(p));
      }
      c.reestimateBatchNorm(data, 100, 4, 0);
      for (Parameter p : c.model().registry().all()) {
        boolean statistic = p.name().contains("/moving_");
        boolean changed = !java.util.Arrays.equals(before.get(p.name()), c.model().read(p));
        assertEquals(statistic, changed, p.name());
      }
      // Independent reference: block 1's 3x3 SAME convolution (zero padding 1, no bias) of the
      // example, averaged per output channel over every position.
      float[] kernel = c.model().read(c.model().registry().get("block1/conv/kernel")); // [3,3,1,4]
      float[] movingMean = c.model().read(c.model().registry().get("block1/bn/moving_mean"));
      for (int ch = 0; ch < 4; ch++) {
        double sum = 0;
        for (int t = 0; t < FRAMES; t++) {
          for (int m = 0; m < MELS; m++) {
            for (int dt = -1; dt <= 1; dt++) {
              for (int dm = -1; dm <= 1; dm++) {
                int tt = t + dt;
                int mm = m + dm;
                if (tt >= 0 && tt < FRAMES && mm >= 0 && mm < MELS) {
                  sum += one[tt * MELS + mm] * kernel[((dt + 1) * 3 + (dm + 1)) * 4 + ch];
                }
              }
            }
          }
        }
        assertEquals(sum / (FRAMES * MELS), movingMean[ch], 1e-4, "channel " + ch);
      }
    }
  }
}
