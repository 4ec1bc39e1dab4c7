package org.edgefilter.nerf.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.edgefilter.nerf.geometry.SceneBounds;
import org.junit.jupiter.api.Test;

class SamplersTest {

  private static final SceneBounds BOUNDS = SceneBounds.BLENDER;

  @Test
  void stratifiedWithoutJitterIsLinspace() {
    float[] t = new StratifiedSampler(BOUNDS, 5).sample(2, null);
    assertArrayEquals(new float[] {2, 3, 4, 5, 6, 2, 3, 4, 5, 6}, t, 1e-6f);
  }

  @Test
  void stratifiedJitterStaysInItsStratumAndIsSeeded() {
    int s = 64;
    StratifiedSampler sampler = new StratifiedSampler(BOUNDS, s);
    float[] t = sampler.sample(100, new Random(1));
    double step = 4.0 / (s - 1);
    for (int n = 0; n < 100; n++) {
      for (int i = 0; i < s; i++) {
        double grid = 2 + i * step;
        double v = t[n * s + i];
        assertTrue(v >= Math.max(2, grid - step / 2) - 1e-6, "below stratum");
        assertTrue(v <= Math.min(6, grid + step / 2) + 1e-6, "above stratum");
        if (i > 0) {
          assertTrue(v >= t[n * s + i - 1]);
        }
      }
    }
    assertArrayEquals(t, sampler.sample(100, new Random(1)));
    assertTrue(!Arrays.equals(t, sampler.sample(100, new Random(2))));
  }

  @Test
  void samplePdfMatchesHandComputedInverseCdf() {
    // Edges [0, 1, 2], weights [1, 3] -> pdf ~[0.25, 0.75], cdf [0, 0.25, 1]. u = 0, .25, .5, .75,
    // 1
    // map to 0, ~1 (end of bin 0), 1 + .25/.75, 1 + .5/.75, 2.
    float[] out =
        HierarchicalSampler.samplePdf(1, new float[] {0, 1, 2}, new float[] {1, 3}, 5, null);
    assertArrayEquals(new float[] {0, 1, 4f / 3, 5f / 3, 2}, out, 1e-4f);
  }

  @Test
  void samplePdfConcentratesWhereTheWeightIs() {
    int bins = 32;
    int rays = 50;
    int k = 128;
    float[] edges = new float[rays * (bins + 1)];
    float[] weights = new float[rays * bins];
    for (int n = 0; n < rays; n++) {
      for (int b = 0; b <= bins; b++) {
        edges[n * (bins + 1) + b] = 2 + 4f * b / bins;
      }
      weights[n * bins + (n % bins)] = 0.9f;
    }
    float[] out = HierarchicalSampler.samplePdf(rays, edges, weights, k, new Random(5));
    for (int n = 0; n < rays; n++) {
      float lo = edges[n * (bins + 1) + n % bins];
      float hi = edges[n * (bins + 1) + n % bins + 1];
      int inside = 0;
      for (int i = 0; i < k; i++) {
        float v = out[n * k + i];
        assertTrue(v >= 2 && v <= 6);
        if (i > 0) {
          assertTrue(v >= out[n * k + i - 1], "sorted");
        }
        if (v >= lo && v <= hi) {
          inside++;
        }
      }
      assertTrue(inside >= k - 2, "only " + inside + " of " + k + " samples in the heavy bin");
    }
  }

  @Test
  void samplePdfWithEqualWeightsIsUniform() {
    int bins = 10;
    float[] edges = new float[bins + 1];
    float[] weights = new float[bins];
    for (int b = 0; b <= bins; b++) {
      edges[b] = 2 + 0.4f * b;
    }
    Arrays.fill(weights, 0.3f);
    int k = 20000;
    float[] out = HierarchicalSampler.samplePdf(1, edges, weights, k, new Random(9));
    double mean = 0;
    int[] counts = new int[bins];
    for (float v : out) {
      mean += v / k;
      counts[Math.min(bins - 1, (int) ((v - 2) / 0.4f))]++;
    }
    assertEquals(4.0, mean, 0.03);
    for (int c : counts) {
      assertEquals(k / bins, c, 0.1 * k / bins);
    }
  }

  @Test
  void fineSamplesMergeSortedInsideBounds() {
    int rays = 8;
    int s = 16;
    int fine = 32;
    Random random = new Random(11);
    float[] coarse = new StratifiedSampler(BOUNDS, s).sample(rays, random);
    float[] w = new float[rays * s];
    for (int k = 0; k < w.length; k++) {
      w[k] = random.nextFloat();
    }
    float[] merged = HierarchicalSampler.fineSamples(rays, coarse, w, fine, random);
    assertEquals(rays * (s + fine), merged.length);
    for (int n = 0; n < rays; n++) {
      float[] row = Arrays.copyOfRange(merged, n * (s + fine), (n + 1) * (s + fine));
      float[] sorted = row.clone();
      Arrays.sort(sorted);
      assertArrayEquals(sorted, row);
      assertTrue(row[0] >= 2 && row[row.length - 1] <= 6);
      for (int i = 0; i < s; i++) {
        assertTrue(Arrays.binarySearch(row, coarse[n * s + i]) >= 0, "coarse sample kept");
      }
    }
  }
}
