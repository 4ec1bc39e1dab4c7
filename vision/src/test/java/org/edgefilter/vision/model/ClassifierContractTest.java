package org.edgefilter.vision.model;

import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.FilterMode;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.edgefilter.framework.filter.Padding;
import org.edgefilter.framework.nn.Parameter;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.StepResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Contract tests over every registered architecture, with and without the filter. */
class ClassifierContractTest {

  @TempDir Path dir;

  static Stream<Arguments> models() {
    return Stream.of(
        Arguments.of(ModelConfig.wrn(10, 1), new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 5, Padding.REFLECT, 1)),
        Arguments.of(new ModelConfig("resnet18", 0, 0, 4, 0, 4, 16, 2, 2, 32),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.GAUSSIAN, 1, 3, Padding.ZERO, 2)),
        Arguments.of(new ModelConfig("vit", 0, 0, 4, 0.1, 8, 16, 2, 2, 32),
            new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 3, Padding.REFLECT, 2)));
  }

  static float[] images(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * 32 * 32 * 3];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return x;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void contract(ModelConfig config, FilterConfig filter) {
    int n = 4;
    float[] x = images(n, 1);
    int[] labels = {0, 1, 2, 3};
    try (Classifier c = new Classifier(config, filter, 32, 10, 3, 0, 0)) {
      // The filter is constants only: no parameter lives under its scope (the baseline's count is
      // compared in filterAddsNoParameters).
      assertTrue(c.model().registry().all().stream().noneMatch(p -> p.name().contains("edge_filter")));
      float[] logits = c.evalLogits(x, n);
      assertEquals(n * 10, logits.length, "output shape [n, classes]");
      for (float v : logits) {
        assertTrue(Float.isFinite(v));
      }
      // Every trainable parameter moves after one training step (its gradient is non-zero).
      List<Parameter> trainable = c.model().registry().trainable();
      var before = c.model().snapshot(trainable);
      try (Feeds f = Feeds.create().floats(c.images(), x, n, 32, 32, 3).ints(c.labels(), labels, n)) {
        StepResult r = c.trainStep().run(f, 1e-3, 0);
        assertTrue(Double.isFinite(r.loss()));
      }
      for (Parameter p : trainable) {
        assertFalse(java.util.Arrays.equals(before.values(p), c.model().read(p)),
            p.name() + " did not change: no gradient reaches it");
      }
      // Save and restore round trip: save, train on, restore, same outputs as at the save.
      float[] trained = c.evalLogits(x, n);
      c.model().saveVariables(dir.resolve("ckpt"));
      try (Feeds f = Feeds.create().floats(c.images(), x, n, 32, 32, 3).ints(c.labels(), labels, n)) {
        c.trainStep().run(f, 1e-2, 1);
      }
      assertNotEquals(trained[0], c.evalLogits(x, n)[0]);
      c.model().restoreVariables(dir.resolve("ckpt"));
      assertArrayEquals(trained, c.evalLogits(x, n), 0f);
      // The probe sees the slot's input and output with the feature map's shape.
      Classifier.Probe probe = c.probe(x, n).orElseThrow();
      assertEquals(n, probe.shape()[0]);
      assertEquals(probe.input().length, probe.output().length);
      assertFalse(java.util.Arrays.equals(probe.input(), probe.output()), "the filter changes the map");
    }
  }

  @Test
  void filterAddsNoParameters() {
    ModelConfig config = ModelConfig.wrn(10, 1);
    try (Classifier base = new Classifier(config, FilterConfig.baseline(1), 32, 10, 3, 0, 0);
        Classifier filtered = new Classifier(config, new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEDIAN, 1, 3, Padding.REFLECT, 1), 32, 10, 3, 0, 0)) {
      assertEquals(base.model().registry().trainableValueCount(), filtered.model().registry().trainableValueCount());
      assertEquals(base.model().registry().all().size(), filtered.model().registry().all().size());
    }
  }

  @Test
  void filterPositionsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> new Classifier(ModelConfig.wrn(10, 1),
        new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 3, Padding.REFLECT, 4), 32, 10, 0, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> ModelConfig.wrn(12, 1).build(null, 32, 10, FilterConfig.baseline(1)));
  }
}
