package org.edgefilter.nerf.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.edgefilter.framework.filter.FilterMode;
import org.edgefilter.framework.train.Feeds;
import org.edgefilter.framework.train.StepResult;
import org.edgefilter.nerf.geometry.Rays;
import org.junit.jupiter.api.Test;

/** The coarse + fine model: training lowers the loss, chunked rendering is consistent. */
class NerfModelTest {

  private static final NerfModelConfig TINY =
      new NerfModelConfig(
          new MlpConfig(16, 2, 1, 4, 2, DensityActivation.RELU),
          NerfFilterConfig.highPass(FilterAxis.FEATURES, 2, 3),
          new SamplingConfig(8, 8, 2, 6));

  /** n rays from z = 4 towards the origin region, directions with camera-space z = -1. */
  private static Rays rays(int n, long seed) {
    Random random = new Random(seed);
    float[] o = new float[3 * n];
    float[] d = new float[3 * n];
    for (int k = 0; k < n; k++) {
      o[3 * k + 2] = 4;
      d[3 * k] = (float) (0.4 * random.nextDouble() - 0.2);
      d[3 * k + 1] = (float) (0.4 * random.nextDouble() - 0.2);
      d[3 * k + 2] = -1;
    }
    return new Rays(o, d, n);
  }

  @Test
  void trainingStepsLowerTheLossOnAConstantColor() {
    for (FilterMode mode : new FilterMode[] {FilterMode.IDENTITY, FilterMode.HIGH_PASS}) {
      NerfModelConfig config =
          new NerfModelConfig(TINY.mlp(), TINY.filter().withMode(mode), TINY.sampling());
      try (NerfModel nerf = NerfModel.build(config, 1, 0)) {
        nerf.model().initialize();
        int n = 128;
        Rays r = rays(n, 2);
        float[] target = new float[3 * n];
        for (int k = 0; k < n; k++) {
          target[3 * k] = 0.2f;
          target[3 * k + 1] = 0.5f;
          target[3 * k + 2] = 0.8f;
        }
        Random random = new Random(3);
        double first = Double.NaN;
        double last = Double.NaN;
        for (int step = 0; step < 60; step++) {
          float[] tc = config.sampling().coarse(n, random);
          float[] w = nerf.coarseWeights(n, r.origins(), r.directions(), tc);
          float[] tf = config.sampling().fine(n, tc, w, random);
          try (Feeds feeds = nerf.trainingFeeds(n, r.origins(), r.directions(), target, tc, tf)) {
            StepResult result = nerf.trainStep().run(feeds, 1e-2, step);
            assertTrue(Double.isFinite(result.loss()), "finite loss at step " + step);
            assertTrue(
                result.outputs()[0][0] <= result.loss() + 1e-6, "fine loss is part of the total");
            first = step == 0 ? result.loss() : first;
            last = result.loss();
          }
        }
        assertTrue(last < 0.3 * first, mode + ": loss " + first + " -> " + last);
      }
    }
  }

  @Test
  void chunkedRenderingMatchesOneChunkAndIsDeterministic() {
    try (NerfModel nerf = NerfModel.build(TINY, 4, 0)) {
      nerf.model().initialize();
      Rays r = rays(50, 5);
      RayColors whole = nerf.render(r, 1000);
      RayColors chunked = nerf.render(r, 7);
      assertArrayEquals(whole.rgb(), chunked.rgb(), 1e-5f);
      assertArrayEquals(whole.opacity(), chunked.opacity(), 1e-5f);
      assertArrayEquals(whole.rgb(), nerf.render(r, 1000).rgb(), 0f);
      for (int k = 0; k < 50; k++) {
        assertTrue(whole.opacity()[k] >= 0 && whole.opacity()[k] <= 1 + 1e-6);
        assertTrue(whole.depth()[k] >= 0 && whole.depth()[k] <= 6 * whole.opacity()[k] + 1e-4);
      }
      assertEquals(150, whole.rgb().length);
    }
  }
}
