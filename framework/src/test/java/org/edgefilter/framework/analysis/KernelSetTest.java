package org.edgefilter.framework.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelSetTest {

  private static float[] filled(float v) {
    float[] k = new float[9];
    java.util.Arrays.fill(k, v);
    return k;
  }

  @Test
  void degenerateShareAndSparsityOnAPlantedSet() {
    List<float[]> kernels = new ArrayList<>();
    float[] peak = filled(0.5f);
    peak[4] = -2f; // the layer's max |w| = 2, threshold 0.02
    kernels.add(peak);
    kernels.add(filled(0.001f)); // sparse
    kernels.add(filled(-0.0199f)); // sparse: every |w| < 0.02
    float[] oneLarge = filled(0f);
    oneLarge[0] = 0.03f; // one weight above the threshold: not sparse
    kernels.add(oneLarge);
    kernels.add(filled(1f));
    KernelSet set = new KernelSet(kernels);
    assertEquals(2.0, set.maxAbs(), 0);
    assertArrayEquals(new boolean[] {false, true, true, false, false}, set.sparseMask());
    assertEquals(2.0 / 5, set.degenerateShare(), 1e-12);
    // Small weights: 9 + 9 (two sparse kernels) + 8 zeros of oneLarge = 26 of 45.
    assertEquals(26.0 / 45, set.weightSparsity(), 1e-12);
    assertEquals(3, set.withoutSparse().size());
  }

  @Test
  void hwioLayoutPutsEachChannelPairInOneKernel() {
    int cin = 2;
    int cout = 3;
    float[] w = new float[9 * cin * cout];
    for (int p = 0; p < 9; p++) {
      for (int c = 0; c < cin; c++) {
        for (int o = 0; o < cout; o++) {
          w[(p * cin + c) * cout + o] = 100 * c + 10 * o + p;
        }
      }
    }
    KernelSet set = KernelSet.fromHwio(w, new long[] {3, 3, cin, cout});
    assertEquals(6, set.size());
    float[] k = set.kernel(1 * cout + 2); // c = 1, o = 2
    for (int p = 0; p < 9; p++) {
      assertEquals(120 + p, k[p], 0);
    }
  }

  @Test
  void varianceEntropyIsLowForOneDirectionAndHighForNoise() {
    Random rng = new Random(1);
    List<float[]> line = new ArrayList<>();
    List<float[]> noise = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      float a = (float) rng.nextGaussian();
      float[] k = new float[9];
      float[] n = new float[9];
      for (int p = 0; p < 9; p++) {
        k[p] = a * (p - 4) + 1e-4f * (float) rng.nextGaussian();
        n[p] = (float) rng.nextGaussian();
      }
      line.add(k);
      noise.add(n);
    }
    assertTrue(new KernelSet(line).varianceEntropy() < 0.05);
    assertTrue(new KernelSet(noise).varianceEntropy() > 0.95);
  }

  @Test
  void pcaBasisIsOrthonormalAndItsSpectrumIsTheExplainedVariance() {
    Random rng = new Random(2);
    List<float[]> kernels = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      float[] k = new float[9];
      for (int p = 0; p < 9; p++) {
        k[p] = (float) (rng.nextGaussian() * (p + 1));
      }
      kernels.add(k);
    }
    KernelSet set = new KernelSet(kernels);
    KernelPca pca = KernelPca.fit(set);
    for (int a = 0; a < 9; a++) {
      for (int b = 0; b < 9; b++) {
        double dot = 0;
        for (int p = 0; p < 9; p++) {
          dot += pca.component(a)[p] * pca.component(b)[p];
        }
        assertEquals(a == b ? 1 : 0, dot, 1e-9);
      }
    }
    assertArrayEquals(pca.explainedVarianceRatio(), pca.spectrum(set), 1e-9);
    double[] r = pca.explainedVarianceRatio();
    for (int j = 1; j < 9; j++) {
      assertTrue(r[j] <= r[j - 1]);
    }
  }

  @Test
  void divergenceOfASetWithItselfIsZero() {
    Random rng = new Random(4);
    KernelSet a = randomSet(rng, 600, 1.0, 0);
    assertEquals(0.0, CoefficientDivergence.of(a, a), 1e-12);
  }

  @Test
  void divergenceGrowsWithTheShift() {
    Random rng = new Random(5);
    KernelSet ref = randomSet(rng, 2000, 1.0, 0);
    KernelSet same = randomSet(rng, 2000, 1.0, 0);
    KernelSet shifted = randomSet(rng, 2000, 1.0, 2.0);
    KernelSet farther = randomSet(rng, 2000, 1.0, 6.0);
    double d0 = CoefficientDivergence.of(same, ref);
    double d1 = CoefficientDivergence.of(shifted, ref);
    double d3 = CoefficientDivergence.of(farther, ref);
    assertTrue(d0 < 0.05, "same distribution: " + d0);
    assertTrue(d1 > 3 * d0 && d3 > d1, d0 + " < " + d1 + " < " + d3);
  }

  private static KernelSet randomSet(Random rng, int n, double sd, double shift) {
    List<float[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      float[] k = new float[9];
      for (int p = 0; p < 9; p++) {
        k[p] = (float) (sd * rng.nextGaussian() * (1 + p % 3) + (p == 4 ? shift : 0));
      }
      out.add(k);
    }
    return new KernelSet(out);
  }
}
