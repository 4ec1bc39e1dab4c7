package org.edgefilter.vision.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.edgefilter.framework.filter.FilterConfig;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.filter.LowPass;
import org.edgefilter.framework.filter.Padding;
import org.junit.jupiter.api.Test;

/**
 * What the vision classifier adds to the framework's model contract (which {@link
 * VisionModelContractTest} runs over every architecture): the filter-slot probe and the check of
 * filter positions.
 */
class ClassifierTest {

  static float[] images(int n, long seed) {
    Random r = new Random(seed);
    float[] x = new float[n * 32 * 32 * 3];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) r.nextGaussian();
    }
    return x;
  }

  @Test
  void theProbeSeesTheSlotsInputAndOutputWithTheFeatureMapsShape() {
    int n = 4;
    FilterConfig filter =
        new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 5, Padding.REFLECT, 1);
    try (Classifier c = new Classifier(ModelConfig.wrn(10, 1), filter, 32, 10, 3, 0, 0);
        Classifier base =
            new Classifier(ModelConfig.wrn(10, 1), filter.baseline(), 32, 10, 3, 0, 0)) {
      Classifier.Probe probe = c.probe(images(n, 1), n).orElseThrow();
      // WRN-10-1 after block group 1: 32x32 maps of 16 channels.
      assertArrayEquals(new long[] {n, 32, 32, 16}, probe.shape());
      assertEquals(probe.input().length, probe.output().length);
      assertFalse(Arrays.equals(probe.input(), probe.output()), "the filter changes the map");
      Classifier.Probe same = base.probe(images(n, 1), n).orElseThrow();
      assertArrayEquals(same.input(), same.output(), "the baseline's slot passes the map through");
    }
  }

  @Test
  void filterPositionsAreChecked() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Classifier(
                ModelConfig.wrn(10, 1),
                new FilterConfig(FilterMode.HIGH_PASS, LowPass.Kind.MEAN, 1, 3, Padding.REFLECT, 4),
                32,
                10,
                0,
                0,
                0));
    assertThrows(
        IllegalArgumentException.class,
        () -> ModelConfig.wrn(12, 1).build(null, 32, 10, FilterConfig.baseline(1)));
  }
}
